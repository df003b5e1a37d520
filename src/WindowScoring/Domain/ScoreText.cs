using System.Globalization;

namespace WindowScoring.Domain;

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
    /// <c>NaN</c>, infinity, inner white space, values beyond <see cref="decimal"/> range and values with more than
    /// 28 significant digits (which <see cref="decimal"/> could not hold exactly) are rejected.
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

        var s = TextFolding.Fold(text).AsSpan().Trim();
        if (!IsPlainNumber(s) || SignificantDigits(s) > MaxExactDigits)
        {
            return false;
        }

        return decimal.TryParse(s, Strict, CultureInfo.InvariantCulture, out value);
    }

    // decimal holds 28 significant digits exactly; more would be rounded silently by decimal.Parse.
    private const int MaxExactDigits = 28;

    private static int SignificantDigits(ReadOnlySpan<char> number)
    {
        var digits = number.TrimStart("+-").TrimStart('0');
        var point = digits.IndexOf('.');
        if (point >= 0)
        {
            var fraction = digits[(point + 1)..].TrimEnd('0');
            var integer = digits[..point];
            return integer.IsEmpty ? fraction.TrimStart('0').Length : integer.Length + fraction.Length;
        }

        return digits.Length;
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
}
