namespace WindowScoring.Rules;

/// <summary>How many events of each status a period's assessment saw.</summary>
/// <param name="Approved">Approved events (valid or not).</param>
/// <param name="Counted">Approved events that counted (valid, in the period, for an assessed department on the roster).</param>
/// <param name="Recorded">Recorded, not yet approved: pending.</param>
/// <param name="Appealed">Appealed: pending.</param>
/// <param name="Rejected">Rejected: ignored.</param>
/// <param name="Invalid">Approved events not counted because of a diagnostic.</param>
public sealed record EventCounts(int Approved, int Counted, int Recorded, int Appealed, int Rejected, int Invalid)
{
    /// <summary>Events waiting for a decision (recorded and appealed).</summary>
    public int Pending => Recorded + Appealed;
}
