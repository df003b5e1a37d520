using System.Globalization;

namespace WindowScoring.History;

/// <summary>
/// A number of places in a month's table, given either as a fixed count (<c>3</c>, as a hall's written rules say
/// "倒数三名") or as a percentage of the departments ranked that month (<c>10 %</c>), so that one setting fits a hall of
/// 3 departments and a hall of 300. Used by <see cref="AlertOptions.Bottom"/> and <see cref="AlertOptions.MaxDrop"/>,
/// which say what each form means for their rule.
/// </summary>
/// <remarks>
/// <para>A percentage is compared exactly with the table's size (no rounding): 10 % of 29 departments is 2.9 places.</para>
/// <para>Immutable (the properties cannot be set, also not through <c>with</c>); safe to share between threads. Equal
/// when both are counts of the same number or both percentages of the same value (<c>10</c> and <c>10.0</c> are equal).</para>
/// </remarks>
public sealed record TablePlaces
{
    private TablePlaces(int? count, decimal? percent)
    {
        Count = count;
        Percent = percent;
    }

    /// <summary>A fixed number of places, whatever the size of the table.</summary>
    /// <param name="count">The number of places, 0 or more.</param>
    /// <returns>The places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static TablePlaces FromCount(int count) => new(Preconditions.CheckRange(count, 0, int.MaxValue), null);

    /// <summary>A share of the departments ranked in the month, in percent (<c>10</c> for 10 %).</summary>
    /// <param name="percent">The percentage, greater than 0 and at most 100.</param>
    /// <returns>The places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is 0 or less, or more than 100.</exception>
    public static TablePlaces FromPercent(decimal percent)
    {
        Preconditions.CheckArgument(percent > 0m, "The percentage must be greater than 0.", nameof(percent));
        return new(null, Preconditions.CheckRange(percent, 0m, 100m));
    }

    /// <summary>The fixed number of places; null when the places are a percentage.</summary>
    public int? Count { get; }

    /// <summary>The percentage of the month's ranked departments; null when the places are a fixed count.</summary>
    public decimal? Percent { get; }

    /// <summary>True when a department with <paramref name="below"/> ranked departments below it (a strictly lower total) and
    /// <paramref name="above"/> above it (a strictly higher total) is in the bottom places of a table of <paramref name="ranked"/>.</summary>
    /// <remarks>A count: fewer than <see cref="Count"/> below. A percentage: fewer than <see cref="Percent"/> % of the table
    /// below, and at least half of the table above (never the top half).</remarks>
    internal bool HoldsBottom(int below, int above, int ranked) => Count is { } count
        ? below < count
        : below * 100m < Percent!.Value * ranked && 2L * above >= ranked;

    /// <summary>The largest number of places a department may lose in a table of <paramref name="ranked"/> without an
    /// alert: <see cref="Count"/>, or <see cref="Percent"/> % of the table rounded down and at least 1.</summary>
    internal int Tolerance(int ranked) => Count ?? (int)Math.Max(1m, decimal.Floor(Percent!.Value * ranked / 100m));

    /// <summary>The invariant form: <c>3</c> for a count, <c>10 %</c> for a percentage.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Count is { } count
        ? count.ToString(CultureInfo.InvariantCulture)
        : ScoreText.Format(Percent!.Value) + " %";

    /// <summary>True when <paramref name="other"/> is the same count or the same percentage.</summary>
    /// <param name="other">Other places.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TablePlaces? other) => other is not null && Count == other.Count && Percent == other.Percent;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Percent);
}
