namespace WindowScoring.History;

/// <summary>One month's figures behind an <see cref="Alert"/>.</summary>
/// <remarks>
/// Created only by the history analysis (the constructor is internal); properties may be added in later versions
/// without breaking callers. Immutable and safe to share between threads; equal when every property is equal.
/// </remarks>
public sealed class AlertFigure : IEquatable<AlertFigure>
{
    internal AlertFigure(AssessmentPeriod month, decimal rank, int rankedCount, decimal total)
    {
        Month = month;
        Rank = rank;
        RankedCount = rankedCount;
        Total = total;
    }

    /// <summary>The month.</summary>
    public AssessmentPeriod Month { get; }

    /// <summary>The department's rank that month.</summary>
    public decimal Rank { get; }

    /// <summary>How many departments were ranked that month.</summary>
    public int RankedCount { get; }

    /// <summary>The department's total that month (after the scheme's caps).</summary>
    public decimal Total { get; }

    /// <summary>True when both are null or have equal figures.</summary>
    /// <param name="left">Figures.</param>
    /// <param name="right">Other figures.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AlertFigure? left, AlertFigure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when the figures differ.</summary>
    /// <param name="left">Figures.</param>
    /// <param name="right">Other figures.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(AlertFigure? left, AlertFigure? right) => !(left == right);

    /// <summary>True when <paramref name="other"/> has equal figures.</summary>
    /// <param name="other">Other figures.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(AlertFigure? other) => other is not null
        && Month == other.Month && Rank == other.Rank && RankedCount == other.RankedCount && Total == other.Total;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AlertFigure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Month, Rank, RankedCount, Total);

    /// <summary>An invariant form, e.g. <c>2023-11 rank 28 of 29 (96.5)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Month} rank {ScoreText.Format(Rank)} of {RankedCount} ({ScoreText.Format(Total)})";
}
