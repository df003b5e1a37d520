namespace WindowScoring;

/// <summary>
/// The total of an <see cref="Assessment"/> under a <see cref="ScoringScheme"/>: the raw figure, the
/// total after caps and floors, and which of them applied.
/// </summary>
/// <remarks>
/// <para>Created only by <see cref="ScoringScheme.Score"/> (the constructor is internal), so the figures always agree
/// with each other. Properties may be added in later versions without breaking callers.</para>
/// <para>Immutable and safe to share between threads; equal when every property is equal.</para>
/// </remarks>
public readonly struct ScoredTotal : IEquatable<ScoredTotal>
{
    internal ScoredTotal(decimal rawTotal, decimal? countedBonus, decimal total, ScoreLimits appliedLimits)
    {
        RawTotal = rawTotal;
        CountedBonus = countedBonus;
        Total = total;
        AppliedLimits = appliedLimits;
    }

    /// <summary>base − deduction + bonus as assessed (or the published total of a score-only entry).</summary>
    public decimal RawTotal { get; }

    /// <summary>The bonus that counted after the bonus cap; null when the assessment has no breakdown.</summary>
    public decimal? CountedBonus { get; }

    /// <summary>The total after the bonus cap, the total cap and the floor, in that order.</summary>
    public decimal Total { get; }

    /// <summary>Which caps or floors changed the figure; <see cref="ScoreLimits.None"/> when none did.</summary>
    public ScoreLimits AppliedLimits { get; }

    /// <summary>True when both have equal properties.</summary>
    /// <param name="left">A scored total.</param>
    /// <param name="right">Another scored total.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ScoredTotal left, ScoredTotal right) => left.Equals(right);

    /// <summary>True when they differ in any property.</summary>
    /// <param name="left">A scored total.</param>
    /// <param name="right">Another scored total.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(ScoredTotal left, ScoredTotal right) => !left.Equals(right);

    /// <summary>True when <paramref name="other"/> has equal properties (decimals compared by value: 114.50 equals 114.5).</summary>
    /// <param name="other">Another scored total.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(ScoredTotal other) =>
        RawTotal == other.RawTotal && CountedBonus == other.CountedBonus && Total == other.Total && AppliedLimits == other.AppliedLimits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ScoredTotal other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RawTotal, CountedBonus, Total, AppliedLimits);

    /// <summary>An invariant form, e.g. <c>ScoredTotal { RawTotal = 121.5, CountedBonus = 20, Total = 114.5, AppliedLimits = BonusCap, TotalCap }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Of("ScoredTotal",
        (nameof(RawTotal), RawTotal), (nameof(CountedBonus), CountedBonus), (nameof(Total), Total), (nameof(AppliedLimits), AppliedLimits));
}
