using System.Globalization;
using System.Numerics;

namespace WindowScoring;

/// <summary>
/// Formats and parses scores as published tables print them: invariant, exact, shortest form
/// (<c>120</c>, <c>114.5</c>, <c>-0.5</c>, <c>0</c>, <c>100.9167</c>). No rounding is ever applied.
/// </summary>
/// <remarks>Stateless and safe to use from any thread.</remarks>
public static class ScoreText
{
    private const NumberStyles Strict = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Formats a score in its shortest exact invariant form: trailing zeros removed, no exponent, no group separators.</summary>
    /// <param name="value">The score.</param>
    /// <returns>E.g. <c>114.5</c> for 114.50m; <c>0</c> for zero (never <c>-0</c>).</returns>
    public static string Format(decimal value) =>
        value == 0m ? "0" : value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a score strictly and culture-invariantly: an optional leading <c>-</c> or <c>+</c>, digits,
    /// and an optional <c>.</c> with digits. Full-width digits, signs and points (<c>－０．５</c>) are accepted
    /// and folded. Group separators (<c>1,000</c>), decimal commas (<c>5,5</c>), exponents (<c>1e3</c>),
    /// <c>NaN</c>, infinity, inner white space, values beyond <see cref="decimal"/> range and values with more
    /// digits than <see cref="decimal"/> holds exactly (which <c>decimal.Parse</c> would round) are rejected.
    /// Surrounding white space is ignored.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The parsed value, or zero.</param>
    /// <returns>True when <paramref name="text"/> is a number in that form.</returns>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        if (text is null)
        {
            return false;
        }

        if (TryParseShort(text.AsSpan().Trim(), out value))
        {
            return true;
        }

        var s = TextFolding.Fold(text).AsSpan().Trim();
        if (!IsPlainNumber(s) || s.Length > 64)
        {
            return false;
        }

        // decimal.Parse rounds digits beyond decimal's precision silently: accept only exact results.
        if (!decimal.TryParse(s, Strict, CultureInfo.InvariantCulture, out value) || !Format(value).AsSpan().SequenceEqual(Canonical(s)))
        {
            value = 0m;
            return false;
        }

        return true;
    }

    /// <summary>True when the text has the shape of a plain number (as <see cref="TryParse"/> accepts), whatever its size.</summary>
    /// <param name="text">The text to test.</param>
    /// <returns>Whether it is sign, digits and at most one point.</returns>
    internal static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        var i = text[0] is '-' or '+' ? 1 : 0;
        var digits = 0;
        var points = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c == '.' && points == 0)
            {
                points++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>
    /// Parses the common short form exactly and without allocating: an ASCII sign, at most 18 ASCII digits and at most one
    /// point, with no surrounding white space; UTF-16 text or UTF-8 bytes. False for anything else (which may still be a
    /// number for <see cref="TryParse"/>: full-width digits, more digits, surrounding white space).
    /// </summary>
    internal static bool TryParseShort<T>(ReadOnlySpan<T> s, out decimal value)
        where T : unmanaged, IBinaryInteger<T>
    {
        // At most a sign, 18 digits and a point: 20 units. Digits beyond 18 (possible only without a sign or a point) are
        // caught by the count below; the mantissa may wrap before then, but is not used.
        value = default;
        if (s.IsEmpty || s.Length > 20)
        {
            return false;
        }

        var i = 0;
        var negative = IsChar(s[0], '-');
        if (negative || IsChar(s[0], '+'))
        {
            i = 1;
        }

        var start = i;
        long mantissa = 0;
        for (; i < s.Length; i++)
        {
            var d = ulong.CreateTruncating(s[i]) - '0';
            if (d > 9)
            {
                break;
            }

            mantissa = (mantissa * 10) + (long)d;
        }

        var digits = i - start;
        var scale = 0;
        if (i < s.Length)
        {
            if (!IsChar(s[i], '.'))
            {
                return false;
            }

            var fraction = ++i;
            for (; i < s.Length; i++)
            {
                var d = ulong.CreateTruncating(s[i]) - '0';
                if (d > 9)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (long)d;
            }

            scale = i - fraction;
            digits += scale;
        }

        if (digits is 0 or > 18)
        {
            return false;
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)scale);
        return true;
    }

    private static bool IsChar<T>(T c, char ascii)
        where T : unmanaged, IBinaryInteger<T> => c == T.CreateTruncating(ascii);

    // The shortest form of a plain number: no '+', no leading or trailing zeros, no "-0".
    private static string Canonical(ReadOnlySpan<char> number)
    {
        var negative = number[0] == '-';
        var digits = number.TrimStart("+-");
        var point = digits.IndexOf('.');
        var integer = (point >= 0 ? digits[..point] : digits).TrimStart('0');
        var fraction = point >= 0 ? digits[(point + 1)..].TrimEnd('0') : [];
        if (integer.IsEmpty && fraction.IsEmpty)
        {
            return "0";
        }

        return (negative ? "-" : string.Empty) + (integer.IsEmpty ? "0" : integer.ToString()) + (fraction.IsEmpty ? string.Empty : "." + fraction.ToString());
    }
}
