namespace WindowScoring.Rules;

/// <summary>How many events of each status a period's assessment saw.</summary>
/// <remarks>
/// Created only by the engine (the constructor is internal); properties may be added in later versions without
/// breaking callers. Immutable and safe to share between threads; equal when every count is equal.
/// </remarks>
public sealed class EventCounts : IEquatable<EventCounts>
{
    internal EventCounts(int approved, int counted, int recorded, int appealed, int rejected, int invalid)
    {
        Approved = approved;
        Counted = counted;
        Recorded = recorded;
        Appealed = appealed;
        Rejected = rejected;
        Invalid = invalid;
    }

    /// <summary>Approved events (valid or not).</summary>
    public int Approved { get; }

    /// <summary>Approved events that counted (valid, in the period, for an assessed department on the roster).</summary>
    public int Counted { get; }

    /// <summary>Recorded, not yet approved: pending.</summary>
    public int Recorded { get; }

    /// <summary>Appealed: pending.</summary>
    public int Appealed { get; }

    /// <summary>Rejected: ignored.</summary>
    public int Rejected { get; }

    /// <summary>Approved events not counted because of a diagnostic.</summary>
    public int Invalid { get; }

    /// <summary>Events waiting for a decision (recorded and appealed).</summary>
    public int Pending => Recorded + Appealed;

    /// <summary>True when both are null or have equal counts.</summary>
    /// <param name="left">Counts.</param>
    /// <param name="right">Other counts.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(EventCounts? left, EventCounts? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when the counts differ.</summary>
    /// <param name="left">Counts.</param>
    /// <param name="right">Other counts.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(EventCounts? left, EventCounts? right) => !(left == right);

    /// <summary>True when <paramref name="other"/> has equal counts.</summary>
    /// <param name="other">Other counts.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(EventCounts? other) => other is not null
        && Approved == other.Approved && Counted == other.Counted && Recorded == other.Recorded
        && Appealed == other.Appealed && Rejected == other.Rejected && Invalid == other.Invalid;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EventCounts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Approved, Counted, Recorded, Appealed, Rejected, Invalid);

    /// <summary>An invariant form, e.g. <c>EventCounts { Approved = 16, Counted = 16, Recorded = 0, Appealed = 0, Rejected = 0, Invalid = 0 }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Of(nameof(EventCounts),
        (nameof(Approved), Approved), (nameof(Counted), Counted), (nameof(Recorded), Recorded), (nameof(Appealed), Appealed),
        (nameof(Rejected), Rejected), (nameof(Invalid), Invalid));
}
