using System.Text;

namespace WindowScoring;

/// <summary>
/// One row of a published table as read: the department's <see cref="Assessment"/>, or its <see cref="NotAssessed"/> entry
/// when the row says 不参与考核 (exactly one of the two is set), plus what the table printed (its rank and total cells), for
/// auditing.
/// </summary>
/// <remarks>Made by the readers only (the constructor is internal), immutable and safe to share between threads. Equality
/// compares every member by value (<c>114.50</c> equals <c>114.5</c>; extras as sequences).</remarks>
public sealed class PublishedRow : IEquatable<PublishedRow>
{
    internal PublishedRow(int line, Assessment assessment, string? printedRank, decimal? printedTotal, IReadOnlyList<KeyValuePair<string, string>> extras)
        : this(line, assessment.Department, assessment, null, printedRank, printedTotal, extras)
    {
    }

    internal PublishedRow(int line, NotAssessedEntry notAssessed, string? printedRank, IReadOnlyList<KeyValuePair<string, string>> extras)
        : this(line, notAssessed.Department, null, notAssessed, printedRank, null, extras)
    {
    }

    private PublishedRow(int line, Department department, Assessment? assessment, NotAssessedEntry? notAssessed, string? printedRank, decimal? printedTotal, IReadOnlyList<KeyValuePair<string, string>> extras)
    {
        Line = line;
        Department = department;
        Assessment = extras.Count == 0 || assessment is null ? assessment : assessment.WithExtras([.. extras.Where(e => ColumnSet.PublishedTable.Classify(e.Key) != ColumnCatalogue.Note)]);
        NotAssessed = notAssessed;
        PrintedRank = printedRank;
        PrintedTotal = printedTotal;
        Extras = extras;
    }

    /// <summary>The 1-based line (or sheet row) of the input where the row starts.</summary>
    public int Line { get; }

    /// <summary>The department of the row, assessed or not.</summary>
    public Department Department { get; }

    /// <summary>The assessment read from the row; null when the row says the department was not assessed (see <see cref="NotAssessed"/>).</summary>
    public Assessment? Assessment { get; }

    /// <summary>The entry of a department not assessed (不参与考核, 免考核, …); null when the row is an assessment (see <see cref="Assessment"/>).</summary>
    public NotAssessedEntry? NotAssessed { get; }

    /// <summary>The 序号/rank cell exactly as printed (trimmed); empty when blank; null when the file has no rank column.</summary>
    public string? PrintedRank { get; }

    /// <summary>The total cell as printed; null when the file has no total column or the department is not assessed.</summary>
    public decimal? PrintedTotal { get; }

    /// <summary>Non-empty cells of columns the reader does not interpret (e.g. work-order counts) and the note, by header
    /// text, in column order; an empty cell is not kept. The cells of columns outside <see cref="ColumnCatalogue.PublishedTable"/>
    /// are also the assessment's <see cref="Assessment.Extras"/>, so they survive <c>ToTable</c>, ranking and writing.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extras { get; }

    /// <inheritdoc />
    public bool Equals(PublishedRow? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Line == other.Line
                && Equals(Assessment, other.Assessment)
                && Equals(NotAssessed, other.NotAssessed)
                && string.Equals(PrintedRank, other.PrintedRank, StringComparison.Ordinal)
                && PrintedTotal == other.PrintedTotal
                && Extras.SequenceEqual(other.Extras)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublishedRow);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Department, Assessment, NotAssessed, PrintedRank, PrintedTotal, Extras.Count);

    /// <summary>Value equality (see <see cref="Equals(PublishedRow?)"/>).</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(PublishedRow? left, PublishedRow? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(PublishedRow? left, PublishedRow? right) => !(left == right);

    /// <summary>An invariant one-line form, e.g. <c>PublishedRow { Line = 2, Assessment = 教育厅: 100 - 12.5 + 1.5 = 89, … }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder("PublishedRow { ");
        RecordText.Print(builder,
            (nameof(Line), Line), Assessment is null ? (nameof(NotAssessed), (object?)NotAssessed) : (nameof(Assessment), Assessment), (nameof(PrintedRank), PrintedRank), (nameof(PrintedTotal), PrintedTotal),
            (nameof(Extras), "[" + string.Join("; ", Extras.Select(e => e.Key + "=" + e.Value)) + "]"));
        return builder.Append(" }").ToString();
    }

    // LINQPad renders this flat row instead of the nested assessment.
    private object ToDump() => new
    {
        Line,
        PrintedRank,
        Department = Department.Name,
        Assessment?.BaseScore,
        Assessment?.Deduction,
        Assessment?.Bonus,
        Assessment?.Total,
        PrintedTotal,
        Extras = string.Join("; ", Extras.Select(e => e.Key + "=" + e.Value)),
    };
}
