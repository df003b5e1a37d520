using System.Text;
using WindowScoring.Domain;

namespace WindowScoring.Import;

/// <summary>One row read from a table file: the assessment plus what the file printed, for auditing.</summary>
/// <param name="Line">The 1-based line of the input where the row starts.</param>
/// <param name="Assessment">The assessment read from the row.</param>
/// <param name="PrintedRank">The 序号/rank cell exactly as printed (trimmed); empty when blank; null when the file has no rank column.</param>
/// <param name="PrintedTotal">The total cell as printed; null when the file has no total column or the department is not assessed.</param>
/// <param name="Extras">Cells of columns the reader does not interpret (e.g. work-order counts), by header text, in column order.</param>
public sealed record ImportedRow(
    int Line,
    Assessment Assessment,
    string? PrintedRank,
    decimal? PrintedTotal,
    IReadOnlyList<KeyValuePair<string, string>> Extras)
{
    // Stored as a decimal and a flag rather than a decimal? (8 bytes less per row of a national table).
    private readonly decimal _printedTotal = PrintedTotal.GetValueOrDefault();
    private readonly bool _hasPrintedTotal = PrintedTotal.HasValue;

    /// <summary>The total cell as printed; null when the file has no total column or the department is not assessed.</summary>
    public decimal? PrintedTotal
    {
        get => _hasPrintedTotal ? _printedTotal : null;
        init
        {
            _printedTotal = value.GetValueOrDefault();
            _hasPrintedTotal = value.HasValue;
        }
    }

    // ToString() is invariant (114.5, not 114,5 under de-DE).
    private bool PrintMembers(StringBuilder builder) => RecordText.Print(builder,
        (nameof(Line), Line), (nameof(Assessment), Assessment), (nameof(PrintedRank), PrintedRank), (nameof(PrintedTotal), PrintedTotal),
        (nameof(Extras), "[" + string.Join("; ", Extras.Select(e => e.Key + "=" + e.Value)) + "]"));

    // LINQPad renders this flat row instead of the nested assessment.
    private object ToDump() => new
    {
        Line,
        PrintedRank,
        Department = Assessment.Department.Name,
        Assessment.BaseScore,
        Assessment.Deduction,
        Assessment.Bonus,
        Assessment.Total,
        PrintedTotal,
        Extras = string.Join("; ", Extras.Select(e => e.Key + "=" + e.Value)),
    };
}
