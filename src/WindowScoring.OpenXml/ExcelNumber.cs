using System.Globalization;

namespace WindowScoring.OpenXml;

/// <summary>
/// Turns the text of a number cell (an IEEE double as a program wrote it) into the decimal text Excel displays.
/// </summary>
/// <remarks>
/// Excel keeps 15 significant digits: a double is rounded to 15 significant digits, then written as a plain invariant
/// decimal (no exponent, no trailing zeros). So <c>114.49999999999999</c> (what some writers store for 114.5) reads as
/// <c>114.5</c>, and <c>114.5</c> stays <c>114.5</c>. A short plain number (a minus, digits with at most 15 significant, a
/// point) is taken as written, trailing zeros included (<c>1.50</c>, the same value as <c>1.5</c>). A value beyond
/// decimal's range is passed through as written (the row parser then rejects it).
/// </remarks>
internal static class ExcelNumber
{
    private const int Digits = 15;

    internal static (string Text, string? Problem) ToDecimalText(string raw)
    {
        var text = raw.AsSpan().Trim();
        if (IsShortPlain(text))
        {
            return (text.Length == raw.Length ? raw : text.ToString(), null);
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
        {
            return (raw, null); // not a number at all: the row parser says so, as for any text in a number column
        }

        // Never a silent change: a number a decimal cannot hold, one that rounds to 0 at Excel's 15 digits, or one whose
        // integer part is longer than the 15 digits Excel keeps (the digits after are already lost) is an error.
        if (Math.Abs(d) >= 1e15)
        {
            return (raw, Math.Abs(d) >= 7.9e28 ? NumberTooLarge : NumberInexact);
        }

        var g = d.ToString("G15", CultureInfo.InvariantCulture);
        if (!decimal.TryParse(g, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) || (m == 0m && d != 0d))
        {
            return (raw, NumberTooSmall);
        }

        return (m == 0m ? "0" : m.ToString("0.############################", CultureInfo.InvariantCulture), null);
    }

    /// <summary>The message key of a number too large for a decimal.</summary>
    internal const string NumberTooLarge = OpenXmlMessages.NumberTooLarge;

    /// <summary>A number too close to zero for a decimal at Excel's 15 digits.</summary>
    internal const string NumberTooSmall = OpenXmlMessages.NumberTooSmall;

    /// <summary>A number with more integer digits than the 15 Excel keeps (the code's own text).</summary>
    internal const string NumberInexact = OpenXmlDiagnosticCodes.NumberNotExact;

    // Already what Excel displays: an optional minus, digits, an optional point and digits, at most 15 significant digits.
    private static bool IsShortPlain(ReadOnlySpan<char> s)
    {
        var i = 0;
        if (s.Length > 0 && s[0] == '-')
        {
            i++;
        }

        var significant = 0;
        var digits = 0;
        var point = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.' && !point)
            {
                point = true;
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            digits++;
            if (significant > 0 || c != '0')
            {
                significant++;
            }
        }

        return digits > 0 && significant <= Digits;
    }
}
