using System.Text;

namespace WindowScoring.Rules;

/// <summary>A department named in an honour or list.</summary>
/// <param name="Title">The honour's title, e.g. 红旗窗口.</param>
/// <param name="Department">The department.</param>
/// <param name="Rank">Its rank in the period.</param>
/// <param name="Total">Its total.</param>
public sealed record HonourAward(string Title, Department Department, decimal Rank, decimal Total)
{
    // ToString() is invariant (86.5, not 86,5 under de-DE).
    private bool PrintMembers(StringBuilder builder) =>
        RecordText.Print(builder, (nameof(Title), Title), (nameof(Department), Department), (nameof(Rank), Rank), (nameof(Total), Total));
}
