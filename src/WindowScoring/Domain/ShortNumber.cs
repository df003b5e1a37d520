namespace WindowScoring;

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
        var magnitude = Magnitude(Mantissa);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, Mantissa < 0, Scale);
    }

    /// <summary>The magnitude (a deduction printed as <c>-2.5</c> is a deduction of <c>2.5</c>).</summary>
    public ShortNumber Abs() => this with { Mantissa = (long)Magnitude(Mantissa) };

    /// <summary>
    /// <c>a − b + c</c>, whose <see cref="ToDecimal"/> is bit for bit what <c>a.ToDecimal() - b.ToDecimal() + c.ToDecimal()</c>
    /// gives (the same digits, scale and sign), when each number is within ±2^61 at the largest of the three scales (then
    /// every step of the decimal arithmetic is exact) and the result is not zero; false otherwise (then use decimal
    /// arithmetic).
    /// </summary>
    public static bool TryAddSubtract(ShortNumber a, ShortNumber b, ShortNumber c, out ShortNumber result)
    {
        result = default;
        var scale = Math.Max(a.Scale, Math.Max(b.Scale, c.Scale));
        var (x, y, z) = (Scaled(a, scale), Scaled(b, scale), Scaled(c, scale));
        // Each within ±2^61 at the common scale (every number of at most 18 digits is, unscaled): then the sum is within a
        // long. Checked without branches, as the scales of a table's figures vary from row to row.
        if (!(Fits(a, scale) & Fits(b, scale) & Fits(c, scale)))
        {
            return false;
        }

        var total = x - y + z;
        if (total == 0)
        {
            return false; // the sign of a zero result follows decimal's own rules: leave it to decimal
        }

        result = new ShortNumber(total, (byte)scale); // |total| < 3 × 2^61: within a long, and ToDecimal is exact
        return true;
    }

    /// <summary>|m| without a branch (the mantissas here are never long.MinValue).</summary>
    internal static ulong Magnitude(long m) => (ulong)((m ^ (m >> 63)) - (m >> 63));

    private static long Scaled(ShortNumber n, int scale) => n.Mantissa * Pow10[scale - n.Scale];

    private static bool Fits(ShortNumber n, int scale) => Magnitude(n.Mantissa) <= Limit[scale - n.Scale];

    // 2^61 / 10^k: a mantissa at most this, multiplied by 10^k, is within ±2^61.
    private static readonly ulong[] Limit = Pow10.Select(p => (1UL << 61) / (ulong)p).ToArray();
}
