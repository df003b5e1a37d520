using System.Text;

namespace WindowScoring.History;

/// <summary>
/// The rules that raise <see cref="Alert"/>s over a history. Each rule can be switched off by setting it to null.
/// </summary>
/// <remarks>
/// <para><b>Defaults that fit any hall.</b> The defaults are relative to the size of each month's table, so the same
/// options serve a hall of 3 departments and one of 300; for the 29 departments of the published table they give the
/// traditional "bottom 3 for 2 months, a drop of more than 5 places". A hall whose written rules name fixed places
/// ("倒数三名") sets them with <see cref="TablePlaces.FromCount"/>.</para>
/// <para><b>Bottom run</b> (<see cref="AlertKind.BottomRun"/>): whether a department is in the bottom of a month is
/// decided from totals, so ties are handled as competition ranks handle them (tied departments are all in or all out):
/// <list type="bullet">
/// <item><see cref="TablePlaces.FromCount"/>(N): fewer than N ranked departments have a lower total that month (so
/// departments tied at the edge are all in), exactly as a written "bottom N" rule reads, whatever the table's size.</item>
/// <item><see cref="TablePlaces.FromPercent"/>(P): fewer than P % of the month's ranked departments have a lower total
/// (so the lowest total is always in: at least one department), and at least half of them have a higher total (so a
/// department in the top half is never in, and never more than half the table is). With 3 departments and 10 %, only
/// a department with both others above it is in; when all are tied, none is.</item>
/// </list>
/// The alert fires for every run of at least <see cref="ConsecutiveMonths"/> calendar months in a row in which the
/// department is in the bottom. A month without a table, or in which the department was not ranked, ends a run. One
/// alert names the whole run.</para>
/// <para><b>Rank drop</b> (<see cref="AlertKind.RankDrop"/>): the rank got worse by more than <see cref="MaxDrop"/>
/// places against the latest earlier month in which the department was ranked (exactly that many does not fire). A
/// percentage is of the departments ranked in the month the alert arises in, rounded down, and at least 1 place.</para>
/// <para><b>Grade below</b> (<see cref="AlertKind.GradeBelow"/>): a monthly total strictly below
/// <see cref="GradeThreshold"/> (a total equal to the threshold is in the band).</para>
/// <para>Immutable (init-only properties validate their values, also through <c>with</c>); safe to share.</para>
/// </remarks>
public sealed record AlertOptions
{
    private readonly TablePlaces? _bottom = TablePlaces.FromPercent(10m);
    private readonly int _consecutiveMonths = 2;

    /// <summary>The default rules: the bottom 10 % for 2 consecutive months, a drop of more than 20 % of the table, no grade rule.</summary>
    public static AlertOptions Default { get; } = new();

    /// <summary>
    /// Which departments at the bottom of a month's table count as "bottom" (see the remarks); default the bottom 10 %
    /// (<see cref="TablePlaces.FromPercent"/>(10)); null switches the rule off.
    /// </summary>
    /// <remarks>
    /// Why 10 %: an interview (约谈) is for the few windows at the very bottom. 10 % is the bottom 3 of the 29 departments
    /// of the published table, the bottom 30 of 300, and the last one of a hall of 3 to 10 (a fixed bottom 3 would flag
    /// every department of a hall of 3, the first included). The top half is never flagged, however the ties fall.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Set to a count less than 1.</exception>
    public TablePlaces? Bottom
    {
        get => _bottom;
        init
        {
            if (value is { Count: { } count })
            {
                Preconditions.CheckRange(count, 1, int.MaxValue, nameof(value));
            }

            _bottom = value;
        }
    }

    /// <summary>How many consecutive months in the bottom raise a <see cref="AlertKind.BottomRun"/>; default 2.</summary>
    /// <remarks>Why 2: one bad month can be chance; two in a row is the usual ground for an interview (连续两个月排名末位),
    /// whatever the size of the hall.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int ConsecutiveMonths
    {
        get => _consecutiveMonths;
        init => _consecutiveMonths = Preconditions.CheckRange(value, 1, int.MaxValue);
    }

    /// <summary>
    /// The largest drop in ranks that raises no alert; default 20 % of the month's table (<see cref="TablePlaces.FromPercent"/>(20):
    /// rounded down, at least 1 place); a count such as <see cref="TablePlaces.FromCount"/>(5) is a fixed number of places
    /// (5: a drop of 6 fires); null switches the rule off.
    /// </summary>
    /// <remarks>
    /// Why 20 %: a fall through a fifth of the table is worth a look in any hall. It tolerates 5 places of 29 (the
    /// traditional "more than 5"), 60 of 300, and 1 place in a hall of up to 9, where losing one place is just one
    /// department overtaking another.
    /// </remarks>
    public TablePlaces? MaxDrop { get; init; } = TablePlaces.FromPercent(20m);

    /// <summary>The lowest monthly total of the band a window should reach, e.g. 60 (合格); null (default) switches the rule off.</summary>
    public decimal? GradeThreshold { get; init; }

    /// <summary>The name of the band <see cref="GradeThreshold"/> starts, used in messages, e.g. <c>合格</c>; optional.</summary>
    public string? GradeName { get; init; }

    // Invariant ToString (the synthesized one prints decimals in the current culture).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder, (nameof(Bottom), Bottom), (nameof(ConsecutiveMonths), ConsecutiveMonths), (nameof(MaxDrop), MaxDrop), (nameof(GradeThreshold), GradeThreshold), (nameof(GradeName), GradeName));
}
