using System.Text;

namespace WindowScoring.Import;

/// <summary>
/// Reads lines (LF, CRLF or CR) from a <see cref="TextReader"/> with bounded memory and bounded reading: a line
/// longer than the limit is returned cut at the limit and reported as overlong, and the rest of it is not read
/// (a line that never ends must not be read to its end), so the caller stops there.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, int maxLineLength)
{
    private readonly StringBuilder _line = new();
    private readonly char[] _buffer = new char[16 * 1024];
    private int _position;
    private int _length;
    private bool _read;           // the buffer was used up and refilled since the line began (a refill of 0 is the end)
    private bool _any;            // the current line has a character (or ended with a break)
    private bool _skipLineFeed;   // the last line ended with CR: a LF next is part of that break
    private bool _overlong;

    /// <summary>The longest line kept, in characters.</summary>
    internal int MaxLineLength => maxLineLength;

    /// <summary>The 1-based number of the line last returned.</summary>
    internal int LineNumber { get; private set; }

    /// <summary>
    /// Reads the next line; null at the end. <paramref name="overlong"/> is true when the line was cut at the limit; the
    /// rest of that line is left unread, so the caller must not read further lines.
    /// </summary>
    internal string? ReadLine(out bool overlong)
    {
        _line.Clear();
        bool? found;
        while ((found = Scan()) is null)
        {
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
        }

        return Line(found.Value, out overlong);
    }

    /// <summary>Reads the next line as <see cref="ReadLine"/> does, reading the text asynchronously.</summary>
    internal async ValueTask<(string? Line, bool Overlong)> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        bool? found;
        while ((found = Scan()) is null)
        {
            _length = await reader.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
            _position = 0;
        }

        var line = Line(found.Value, out var overlong);
        return (line, overlong);
    }

    // Takes the buffered characters of the current line into _line: true at its end (a line break, the limit, or the end of
    // the text after the last read), false at the end of the text with no line, null when the buffer is used up.
    private bool? Scan()
    {
        if (_length == 0 && _position == 0 && _read)
        {
            return _any; // the last read returned nothing: the end (of a last line without a break, or of the text)
        }

        while (_position < _length)
        {
            var c = _buffer[_position++];
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (c == '\n')
                {
                    continue; // the LF of a CRLF cut by the buffer's end
                }
            }

            _any = true;
            if (c is '\n' or '\r')
            {
                _skipLineFeed = c == '\r';
                return true;
            }

            if (_line.Length == maxLineLength)
            {
                _overlong = true;
                return true;
            }

            _line.Append(c);
        }

        _read = true;
        _length = 0;
        _position = 0;
        return null;
    }

    private string? Line(bool found, out bool overlong)
    {
        overlong = _overlong;
        _overlong = false;
        _read = false;
        if (!found)
        {
            return null;
        }

        _any = false;
        LineNumber++;
        return _line.ToString();
    }
}
