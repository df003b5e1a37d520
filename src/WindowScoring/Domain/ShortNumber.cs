namespace WindowScoring.Domain;

/// <summary>
/// A number of at most 18 digits as parsed (<see cref="ScoreText.TryParseShortNumber{T}(ReadOnlySpan{T}, out ShortNumber)"/>):
/// <c>Mantissa / 10^Scale</c>. Lets a reader compute a total in integers, exactly as <see cref="decimal"/> arithmetic
/// would, without decimal's slower general addition.
/// </summary>
internal readonly record struct ShortNumber(long Mantissa, byte Scale)
{
    private static readonly long[] Pow10 =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000, 100_000_000_000,
        1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000,
        100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ];

    /// <summary>The number as a decimal with the same digits and scale (<c>-0</c> becomes <c>0</c>).</summary>
    public decimal ToDecimal()
    {
        var magnitude = (ulong)Math.Abs(Mantissa);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, Mantissa < 0, Scale);
    }

    /// <summary>The magnitude (a deduction printed as <c>-2.5</c> is a deduction of <c>2.5</c>).</summary>
    public ShortNumber Abs() => this with { Mantissa = Math.Abs(Mantissa) };

    /// <summary>
    /// <c>a − b + c</c>, bit for bit what <c>a.ToDecimal() - b.ToDecimal() + c.ToDecimal()</c> gives (the same digits, scale and
    /// sign), when each number fits in 63 bits at the largest of the three scales (then every step of the decimal arithmetic
    /// is exact) and the result is not zero; false otherwise (then use decimal arithmetic).
    /// </summary>
    public static bool TryAddSubtract(ShortNumber a, ShortNumber b, ShortNumber c, out decimal result)
    {
        result = 0m;
        var scale = Math.Max(a.Scale, Math.Max(b.Scale, c.Scale));
        if (!TryScale(a, scale, out var x) || !TryScale(b, scale, out var y) || !TryScale(c, scale, out var z))
        {
            return false;
        }

        var total = (Int128)x - y + z; // |total| < 3 × 2^63: within decimal's 96 bits
        if (total == 0)
        {
            return false; // the sign of a zero result follows decimal's own rules: leave it to decimal
        }

        var magnitude = (UInt128)(total < 0 ? -total : total);
        result = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), total < 0, (byte)scale);
        return true;
    }

    private static bool TryScale(ShortNumber n, int scale, out long scaled)
    {
        var factor = Pow10[scale - n.Scale];
        scaled = n.Mantissa * factor;
        return factor == 1 || Math.Abs(n.Mantissa) <= long.MaxValue / factor;
    }
}
