namespace WindowScoring;

/// <summary>
/// The one place a total is computed from its figures: <c>base − deduction + bonus</c>, exactly or not at all.
/// </summary>
/// <remarks>
/// <see cref="decimal"/> addition keeps the larger scale of its operands and only lowers it (rounding) when the exact
/// result needs more than 96 bits of digits. So a step is exact exactly when its result keeps that larger scale; a
/// lowered scale means digits were rounded away (<c>100 − 1.0000000000000000000000000001</c> would become <c>99</c>),
/// and such a total is refused rather than rounded.
/// </remarks>
internal static class ScoreArithmetic
{
    /// <summary>base − deduction + bonus when it is exact and in range; false when it would overflow or round.</summary>
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

            total = sum;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>base − deduction + bonus, exact.</summary>
    /// <exception cref="OverflowException">The total is beyond decimal's range or cannot be held exactly.</exception>
    internal static decimal ExactTotal(decimal baseScore, decimal deduction, decimal bonus) =>
        TryExactTotal(baseScore, deduction, bonus, out var total)
            ? total
            : throw new OverflowException($"{baseScore} - {deduction} + {bonus} cannot be held exactly in a decimal (beyond its range or 28 significant digits).");
}
