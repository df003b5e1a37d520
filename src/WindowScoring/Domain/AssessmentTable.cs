namespace WindowScoring;

/// <summary>
/// The assessments of one period (a month's table, 考核结果), in the order given, and the departments not assessed in
/// it (<see cref="NotAssessed"/>), listed apart.
/// </summary>
/// <remarks>
/// <para>A department given twice (in either list, or once in each) is not refused here: it is a data error that
/// <c>AssessmentTableValidator</c> reports (WS304), as the readers do.</para>
/// <para>Immutable (both lists are copied on construction) and safe to share between threads.</para>
/// </remarks>
public sealed class AssessmentTable
{
    private readonly Assessment[] _assessments;
    private readonly NotAssessedEntry[] _notAssessed;

    /// <summary>Creates a table.</summary>
    /// <param name="assessments">The assessments, in table order; copied.</param>
    /// <param name="period">The period the table covers, when known.</param>
    /// <param name="title">The table's title as published, when known.</param>
    /// <param name="notAssessed">The departments not assessed in the period, in table order, when any; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="assessments"/> or <paramref name="notAssessed"/> is null.</exception>
    public AssessmentTable(IEnumerable<Assessment> assessments, AssessmentPeriod? period = null, string? title = null, IEnumerable<NotAssessedEntry>? notAssessed = null)
    {
        _assessments = Preconditions.CheckNotNull(assessments).ToArray();
        foreach (var a in _assessments)
        {
            Preconditions.CheckArgument(a is not null, "The table contains a null assessment.", nameof(assessments));
        }

        _notAssessed = notAssessed?.ToArray() ?? [];
        foreach (var n in _notAssessed)
        {
            Preconditions.CheckArgument(n is not null, "The table contains a null not-assessed entry.", nameof(notAssessed));
        }

        Period = period;
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    /// <summary>The period the table covers, when known.</summary>
    public AssessmentPeriod? Period { get; }

    /// <summary>The title as published, when known.</summary>
    public string? Title { get; }

    /// <summary>The assessments in table order.</summary>
    public IReadOnlyList<Assessment> Assessments => Array.AsReadOnly(_assessments);

    /// <summary>The departments not assessed in the period, in table order; never ranked.</summary>
    public IReadOnlyList<NotAssessedEntry> NotAssessed => Array.AsReadOnly(_notAssessed);

    /// <summary>The number of departments in the table: the assessments and the departments not assessed.</summary>
    public int Count => _assessments.Length + _notAssessed.Length;

    /// <summary>An invariant summary, e.g. <c>2023-11: 29 assessments</c> (counting the departments not assessed).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{(Period?.ToString() ?? "period unknown")}: {Count} assessments";

    /// <summary>The rows' assessments and not-assessed entries as a table, each list in row order.</summary>
    internal static AssessmentTable Of(IEnumerable<PublishedRow> rows, AssessmentPeriod? period, string? title)
    {
        var assessments = new List<Assessment>();
        var notAssessed = new List<NotAssessedEntry>();
        foreach (var row in rows)
        {
            if (row.Assessment is { } a)
            {
                assessments.Add(a);
            }
            else
            {
                notAssessed.Add(row.NotAssessed!);
            }
        }

        return new AssessmentTable(assessments, period, title, notAssessed);
    }
}
