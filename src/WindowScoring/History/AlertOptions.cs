using System.Text;

namespace WindowScoring.History;

/// <summary>
/// The rules that raise <see cref="Alert"/>s over a history. Each rule can be switched off by setting it to null.
/// </summary>
/// <remarks>
/// <para><b>Bottom run</b> (<see cref="AlertKind.BottomRun"/>): a department is in the bottom <see cref="BottomN"/>
/// of a month when fewer than N ranked departments have a lower total that month (so departments tied at the
/// edge are all in); the alert fires for every run of at least <see cref="ConsecutiveMonths"/> calendar months
/// in a row in which it is. A month without a table, or in which the department was not ranked, ends a run.
/// One alert names the whole run.</para>
/// <para><b>Rank drop</b> (<see cref="AlertKind.RankDrop"/>): the rank got worse by more than
/// <see cref="MaxDrop"/> places against the latest earlier month in which the department was ranked (exactly
/// <see cref="MaxDrop"/> places does not fire).</para>
/// <para><b>Grade below</b> (<see cref="AlertKind.GradeBelow"/>): a monthly total strictly below
/// <see cref="GradeThreshold"/> (a total equal to the threshold is in the band).</para>
/// <para>Immutable (init-only properties validate their values, also through <c>with</c>); safe to share.</para>
/// </remarks>
public sealed record AlertOptions
{
    private readonly int? _bottomN = 3;
    private readonly int _consecutiveMonths = 2;
    private readonly int? _maxDrop = 5;

    /// <summary>The default rules: bottom 3 for 2 consecutive months, a drop of more than 5 ranks, no grade rule.</summary>
    public static AlertOptions Default { get; } = new();

    /// <summary>How many departments at the bottom of a month's table count as "bottom"; default 3; null switches the rule off.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int? BottomN
    {
        get => _bottomN;
        init => _bottomN = value is { } n ? Preconditions.CheckRange(n, 1, int.MaxValue) : null;
    }

    /// <summary>How many consecutive months in the bottom raise a <see cref="AlertKind.BottomRun"/>; default 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int ConsecutiveMonths
    {
        get => _consecutiveMonths;
        init => _consecutiveMonths = Preconditions.CheckRange(value, 1, int.MaxValue);
    }

    /// <summary>The largest drop in ranks that raises no alert; default 5 (a drop of 6 fires); null switches the rule off.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public int? MaxDrop
    {
        get => _maxDrop;
        init => _maxDrop = value is { } d ? Preconditions.CheckRange(d, 0, int.MaxValue) : null;
    }

    /// <summary>The lowest monthly total of the band a window should reach, e.g. 60 (合格); null (default) switches the rule off.</summary>
    public decimal? GradeThreshold { get; init; }

    /// <summary>The name of the band <see cref="GradeThreshold"/> starts, used in messages, e.g. <c>合格</c>; optional.</summary>
    public string? GradeName { get; init; }

    // Invariant ToString (the synthesized one prints decimals in the current culture).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder, (nameof(BottomN), BottomN), (nameof(ConsecutiveMonths), ConsecutiveMonths), (nameof(MaxDrop), MaxDrop), (nameof(GradeThreshold), GradeThreshold), (nameof(GradeName), GradeName));
}
