using System.Text;

namespace WindowScoring;

/// <summary>
/// The total of an <see cref="Assessment"/> under a <see cref="ScoringScheme"/>: the raw figure, the
/// total after caps and floors, and which of them applied.
/// </summary>
/// <param name="RawTotal">base − deduction + bonus as assessed (or the published total of a score-only entry).</param>
/// <param name="CountedBonus">The bonus that counted after the bonus cap; null when the assessment has no breakdown.</param>
/// <param name="Total">The total after the bonus cap, the total cap and the floor, in that order.</param>
/// <param name="AppliedLimits">Which caps or floors changed the figure; <see cref="ScoreLimits.None"/> when none did.</param>
public readonly record struct ScoredTotal(decimal RawTotal, decimal? CountedBonus, decimal Total, ScoreLimits AppliedLimits)
{
    // ToString() is invariant (114.5, not 114,5 under de-DE).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder,
        (nameof(RawTotal), RawTotal), (nameof(CountedBonus), CountedBonus), (nameof(Total), Total), (nameof(AppliedLimits), AppliedLimits));
}
