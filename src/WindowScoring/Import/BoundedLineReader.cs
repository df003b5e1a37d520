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
        overlong = false;
        _line.Clear();
        var any = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (!any)
                {
                    return null;
                }

                LineNumber++;
                return _line.ToString();
            }

            any = true;
            var c = _buffer[_position++];
            if (c is '\n' or '\r')
            {
                if (c == '\r' && (_position < _length || Fill()) && _buffer[_position] == '\n')
                {
                    _position++;
                }

                LineNumber++;
                return _line.ToString();
            }

            if (_line.Length == maxLineLength)
            {
                overlong = true;
                LineNumber++;
                return _line.ToString();
            }

            _line.Append(c);
        }
    }

    private bool Fill()
    {
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
