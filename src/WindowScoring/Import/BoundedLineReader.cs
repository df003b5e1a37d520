using System.Text;

namespace WindowScoring.Import;

/// <summary>
/// Reads lines (LF, CRLF or CR) from a <see cref="TextReader"/> with bounded memory: a line longer than
/// the limit is skipped to its end and reported as overlong, and reading stops after a total character
/// budget.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly TextReader _reader;
    private readonly int _maxLineLength;

    private readonly long _maxChars;
    private readonly StringBuilder _line = new();
    private readonly char[] _buffer = new char[16 * 1024];
    private int _position;
    private int _length;
    private long _charsRead;

    internal BoundedLineReader(TextReader reader, int maxLineLength, long maxChars)
    {
        _reader = reader;
        _maxLineLength = maxLineLength;
        _maxChars = maxChars;
    }

    /// <summary>The longest line kept, in characters.</summary>
    internal int MaxLineLength => _maxLineLength;

    /// <summary>The 1-based number of the line last returned.</summary>
    internal int LineNumber { get; private set; }

    /// <summary>True when the character budget ran out (the last line may be cut).</summary>
    internal bool BudgetExceeded { get; private set; }

    /// <summary>Reads the next line; null at the end. <paramref name="overlong"/> is true when the line was cut at the limit.</summary>
    internal string? ReadLine(out bool overlong)
    {
        overlong = false;
        _line.Clear();
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                if (BudgetExceeded || !Fill())
                {
                    if (!any)
                    {
                        return null;
                    }

                    LineNumber++;
                    return _line.ToString();
                }
            }

            any = true;
            var c = _buffer[_position++];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && (_position < _length || Fill()) && _buffer[_position] == '\n')
                {
                    _position++;
                }

                LineNumber++;
                return _line.ToString();
            }

            if (_line.Length < _maxLineLength)
            {
                _line.Append(c);
            }
            else
            {
                overlong = true;
            }
        }
    }

    private bool Fill()
    {
        if (_charsRead >= _maxChars)
        {
            BudgetExceeded = _reader.Peek() >= 0 || _reader.Read() >= 0;
            return false;
        }

        var want = (int)Math.Min(_buffer.Length, _maxChars - _charsRead);
        _length = _reader.Read(_buffer, 0, want);
        _position = 0;
        _charsRead += _length;
        return _length > 0;
    }
}
