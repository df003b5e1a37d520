namespace WindowScoring.OpenXml;

/// <summary>
/// A workbook's shared-string table, held compactly: the characters of every string in one buffer and where each one
/// starts, so it costs two bytes a character and four a string (a list of strings costs some thirty bytes more a string,
/// which a table of millions of one-letter strings turns into hundreds of megabytes). A cell's text is made when the cell
/// is read. At most <see cref="MaxChars"/> characters in all: a workbook with more is refused (WS100), so a zip bomb of
/// shared strings cannot take more than about 64 MB here.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>The most characters the table holds (32 Mi: 64 MB), some thousand times what a hall's table needs.</summary>
    internal const int MaxChars = 32 * 1024 * 1024;

    private char[] _chars = new char[4096];
    private int[] _ends = new int[256];

    /// <summary>The number of strings.</summary>
    internal int Count { get; private set; }

    /// <summary>The text of string <paramref name="index"/> (0-based, below <see cref="Count"/>).</summary>
    internal string this[int index]
    {
        get
        {
            var start = index == 0 ? 0 : _ends[index - 1];
            return new string(_chars, start, _ends[index] - start);
        }
    }

    /// <summary>Adds a string; false (and nothing added) when the table would pass <see cref="MaxChars"/>.</summary>
    internal bool Add(string text)
    {
        var length = Count == 0 ? 0 : _ends[Count - 1];
        if ((long)length + text.Length > MaxChars)
        {
            return false;
        }

        if (length + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, (int)Math.Min(MaxChars, Math.Max((long)_chars.Length * 2, length + text.Length)));
        }

        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        text.CopyTo(0, _chars, length, text.Length);
        _ends[Count++] = length + text.Length;
        return true;
    }
}
