namespace WindowScoring;

/// <summary>
/// A table as a hall published it (考核结果): each row's assessment with the rank and total cells as printed, the period
/// and the title. What the audit checks (<c>PublishedTableAudit.Check</c>); a reader makes it
/// (<c>ImportResult.ToPublishedTable()</c>), so the audit does not depend on how the table was read.
/// </summary>
/// <remarks>Immutable (the rows are copied) and safe to share between threads.</remarks>
public sealed class PublishedTable
{
    /// <summary>Creates a published table.</summary>
    /// <param name="rows">The rows, in the order printed; copied.</param>
    /// <param name="period">The period, when known.</param>
    /// <param name="title">The title as printed, when known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or one of its elements is null.</exception>
    public PublishedTable(IEnumerable<PublishedRow> rows, AssessmentPeriod? period = null, string? title = null)
    {
        var copy = Preconditions.CheckNotNull(rows).ToArray();
        foreach (var row in copy)
        {
            Preconditions.CheckArgument(row is not null, "The table contains a null row.", nameof(rows));
        }

        Rows = Array.AsReadOnly(copy);
        Period = period;
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    /// <summary>The rows in the order printed.</summary>
    public IReadOnlyList<PublishedRow> Rows { get; }

    /// <summary>The period, when known.</summary>
    public AssessmentPeriod? Period { get; }

    /// <summary>The title as printed, when known.</summary>
    public string? Title { get; }

    /// <summary>The rows as a table for ranking: every row's assessment, and the departments not assessed apart, each in order.</summary>
    /// <returns>A new table.</returns>
    public AssessmentTable ToAssessmentTable() => AssessmentTable.Of(Rows, Period, Title);

    /// <summary>An invariant summary, e.g. <c>2023-11: 29 published rows</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{(Period?.ToString() ?? "period unknown")}: {Rows.Count} published rows";
}
