using System.Globalization;
using System.Numerics;

namespace WindowScoring;

/// <summary>
/// Formats and parses scores as published tables print them: invariant, and in their display form — the shortest exact
/// form (<c>120</c>, <c>114.5</c>, <c>-12</c>, <c>0</c>, <c>100.9167</c>), or a fixed number of decimals when a scheme
/// says how many its tables print (<see cref="ScoringScheme.DisplayDecimals"/>: <c>145.20</c>). This is the one place
/// where scores become text.
/// </summary>
/// <remarks>
/// <para><b>Rounding.</b> <see cref="Format(decimal)"/> never rounds. <see cref="FormatDisplay"/> with a number of
/// decimals and <see cref="FormatAverage"/> round for display only, half away from zero
/// (<see cref="MidpointRounding.AwayFromZero"/>, 四舍五入: 92.345 → 92.35, −0.125 → −0.13), the way Chinese tables round;
/// the exact value stays on the object it came from.</para>
/// <para>Stateless and safe to use from any thread.</para>
/// </remarks>
public static class ScoreText
{
    /// <summary>The decimals an average is rounded to for display when the scheme sets no <see cref="ScoringScheme.DisplayDecimals"/>: 2.</summary>
    public const int DefaultAverageDecimals = 2;

    private const NumberStyles Strict = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Formats a score in its shortest exact invariant form: trailing zeros removed, no exponent, no group separators.</summary>
    /// <param name="value">The score.</param>
    /// <returns>E.g. <c>114.5</c> for 114.50m, <c>-12</c> for -12.0m; <c>0</c> for zero (never <c>-0</c>).</returns>
    public static string Format(decimal value) =>
        value == 0m ? "0" : value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats a score with exactly <paramref name="decimals"/> decimals (rounded half away from zero when it has more), or in
    /// its shortest exact form when <paramref name="decimals"/> is null.
    /// </summary>
    /// <param name="value">The score.</param>
    /// <param name="decimals">The decimals to print, 0–28 (see <see cref="ScoringScheme.DisplayDecimals"/>); null for the shortest exact form.</param>
    /// <returns>E.g. <c>145.20</c> for 145.2m with 2 decimals; <c>145.2</c> with null; never <c>-0</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public static string FormatDisplay(decimal value, int? decimals)
    {
        if (decimals is not { } n)
        {
            return Format(value);
        }

        Preconditions.CheckRange(n, 0, 28, nameof(decimals));
        var rounded = decimal.Round(value, n, MidpointRounding.AwayFromZero);
        return (rounded == 0m ? 0m : rounded).ToString("F" + n.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Formats an average (or a figure mixed from one) for display: rounded half away from zero to <paramref name="decimals"/>
    /// and printed with that many decimals; when <paramref name="decimals"/> is null, rounded to
    /// <see cref="DefaultAverageDecimals"/> (2) and printed in its shortest form (<c>99.17</c> for 297.5 / 3, <c>95</c> for 95).
    /// </summary>
    /// <param name="value">The exact average.</param>
    /// <param name="decimals">The scheme's display decimals, 0–28, or null.</param>
    /// <returns>The display form.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public static string FormatAverage(decimal value, int? decimals) =>
        decimals is null ? Format(decimal.Round(value, DefaultAverageDecimals, MidpointRounding.AwayFromZero)) : FormatDisplay(value, decimals);

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
