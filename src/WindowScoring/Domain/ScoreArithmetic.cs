namespace WindowScoring;

/// <summary>
/// The one place scores are computed from other scores: a total from its figures (<c>base − deduction + bonus</c>,
/// exactly or not at all), sums, products and quotients, each returned at the scale people would write it.
/// </summary>
/// <remarks>
/// <para><b>Exact.</b> <see cref="decimal"/> addition keeps the larger scale of its operands and only lowers it
/// (rounding) when the exact result needs more than 96 bits of digits. So a step is exact exactly when its result keeps
/// that larger scale; a lowered scale means digits were rounded away (<c>100 − 1.0000000000000000000000000001</c> would
/// become <c>99</c>), and such a total is refused rather than rounded.</para>
/// <para><b>Scale: as people write numbers.</b> <see cref="decimal"/> arithmetic adds trailing zeros nobody wrote:
/// <c>0.5 × 6 = 3.0</c>, <c>100 − 0.5 − 0.5 = 99.0</c>, <c>297.0 / 3 = 99.0</c>, <c>0.8 × 95 = 76.0</c>. They would
/// show in every <c>ToString()</c>, LINQPad <c>Dump()</c> and JSON document (<c>Deduction = 12.0</c>). The rule: a
/// computed figure keeps at most as many trailing zeros (after the decimal point) as the figure with the most of them
/// among those it is computed from, and loses the rest. So figures written plainly give plain results (<c>12</c>,
/// <c>89</c>, <c>6.5</c>); a hall that writes two decimals everywhere (<c>100.00 − 12.50 + 2.00</c>) keeps them
/// (<c>89.50</c>); and a value the user gave is never touched. Only zeros are removed: the value is unchanged.
/// Display (a fixed number of decimals, an average rounded for print) is <see cref="ScoreText"/>'s job, not this.</para>
/// </remarks>
internal static class ScoreArithmetic
{
    /// <summary>base − deduction + bonus when it is exact and in range, at the scale of its figures; false when it would overflow or round.</summary>
    internal static bool TryExactTotal(decimal baseScore, decimal deduction, decimal bonus, out decimal total)
    {
        total = 0m;
        try
        {
            var difference = baseScore - deduction;
            if (difference.Scale != Math.Max(baseScore.Scale, deduction.Scale))
            {
                return false;
            }

            var sum = difference + bonus;
            if (sum.Scale != Math.Max(difference.Scale, bonus.Scale))
            {
                return false;
            }

            total = Tidy(sum, Math.Max(TrailingZeros(baseScore), Math.Max(TrailingZeros(deduction), TrailingZeros(bonus))));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>base − deduction + bonus, exact, at the scale of its figures.</summary>
    /// <exception cref="OverflowException">The total is beyond decimal's range or cannot be held exactly.</exception>
    internal static decimal ExactTotal(decimal baseScore, decimal deduction, decimal bonus) =>
        TryExactTotal(baseScore, deduction, bonus, out var total)
            ? total
            : throw new OverflowException($"{baseScore} - {deduction} + {bonus} cannot be held exactly in a decimal (beyond its range or 28 significant digits).");

    /// <summary>base − deduction + bonus at the scale of its figures; exact when it can be, rounded by <see cref="decimal"/> otherwise
    /// (for a total already known to be in range, such as one whose bonus was lowered to a cap).</summary>
    /// <exception cref="OverflowException">The total is beyond decimal's range.</exception>
    internal static decimal Total(decimal baseScore, decimal deduction, decimal bonus) =>
        TryExactTotal(baseScore, deduction, bonus, out var total) ? total : baseScore - deduction + bonus;

    /// <summary>a + b at the scale of its figures.</summary>
    /// <exception cref="OverflowException">The sum is beyond decimal's range.</exception>
    internal static decimal Add(decimal a, decimal b) => Tidy(a + b, Math.Max(TrailingZeros(a), TrailingZeros(b)));

    /// <summary>a − b at the scale of its figures.</summary>
    /// <exception cref="OverflowException">The difference is beyond decimal's range.</exception>
    internal static decimal Subtract(decimal a, decimal b) => Tidy(a - b, Math.Max(TrailingZeros(a), TrailingZeros(b)));

    /// <summary>a × b at the scale of its figures (<c>0.5 × 6 = 3</c>, not <c>3.0</c>).</summary>
    /// <exception cref="OverflowException">The product is beyond decimal's range.</exception>
    internal static decimal Multiply(decimal a, decimal b) => Tidy(a * b, Math.Max(TrailingZeros(a), TrailingZeros(b)));

    /// <summary>a ÷ b in <see cref="decimal"/> division (exact when the quotient terminates within 28–29 digits), at the scale of its figures.</summary>
    /// <exception cref="OverflowException">The quotient is beyond decimal's range.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="b"/> is zero.</exception>
    internal static decimal Divide(decimal a, decimal b) => Tidy(a / b, Math.Max(TrailingZeros(a), TrailingZeros(b)));

    /// <summary>The sum of <paramref name="values"/> at the scale of its figures; 0 when there are none.</summary>
    /// <exception cref="OverflowException">The sum is beyond decimal's range.</exception>
    internal static decimal Sum(IEnumerable<decimal> values)
    {
        var sum = 0m;
        var zeros = 0;
        foreach (var value in values)
        {
            sum += value;
            zeros = Math.Max(zeros, TrailingZeros(value));
        }

        return Tidy(sum, zeros);
    }

    /// <summary>How many trailing zeros follow the last significant digit after the decimal point (<c>12.50</c>: 1; <c>12</c>, <c>120</c>: 0; <c>0.00</c>: 2).</summary>
    internal static int TrailingZeros(decimal value)
    {
        var scale = value.Scale;
        if (scale == 0)
        {
            return 0; // no digit after the point (most figures: 100, 0, 12)
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        return bits[2] == 0 ? ZerosOf(low, scale) : ZerosOf(((UInt128)(uint)bits[2] << 64) | low, scale); // 64-bit division when the mantissa fits
    }

    // The trailing decimal zeros of a mantissa, at most scale of them; scale when it is zero (0.00).
    private static int ZerosOf<T>(T mantissa, int scale)
        where T : System.Numerics.IBinaryInteger<T>
    {
        if (T.IsZero(mantissa))
        {
            return scale;
        }

        var ten = T.CreateTruncating(10);
        var zeros = 0;
        while (zeros < scale && T.IsZero(mantissa % ten))
        {
            mantissa /= ten;
            zeros++;
        }

        return zeros;
    }

    /// <summary><paramref name="value"/> with its trailing zeros after the decimal point cut to at most <paramref name="keep"/>; the value is unchanged.</summary>
    internal static decimal Tidy(decimal value, int keep)
    {
        var extra = TrailingZeros(value) - keep;
        return extra <= 0 ? value : decimal.Round(value, value.Scale - extra);
    }
}
