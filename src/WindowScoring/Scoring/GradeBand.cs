using System.Text;

namespace WindowScoring;

/// <summary>A grade band of a scheme: a total at or above <paramref name="MinTotal"/> earns <paramref name="Name"/> (unless a higher band applies).</summary>
/// <param name="MinTotal">The least total of the band, inclusive.</param>
/// <param name="Name">The grade, e.g. 优秀, 良好, 合格, 基本合格, 不合格.</param>
public sealed record GradeBand(decimal MinTotal, string Name)
{
    // ToString() is invariant (89.5, not 89,5 under de-DE).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder, (nameof(MinTotal), MinTotal), (nameof(Name), Name));
}
