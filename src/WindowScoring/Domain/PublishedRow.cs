using System.Text;

namespace WindowScoring;

/// <summary>One row of a published table as read: the assessment plus what the table printed (its rank and total cells), for auditing.</summary>
/// <remarks>Made by the readers only (the constructor is internal), immutable and safe to share between threads. Equality
/// compares every member by value (<c>114.50</c> equals <c>114.5</c>; extras as sequences).</remarks>
public sealed class PublishedRow : IEquatable<PublishedRow>
{
    internal PublishedRow(int line, Assessment assessment, string? printedRank, decimal? printedTotal, IReadOnlyList<KeyValuePair<string, string>> extras)
    {
        Line = line;
        Assessment = extras.Count == 0 ? assessment : assessment.WithExtras([.. extras.Where(e => ColumnSet.PublishedTable.Classify(e.Key) != ColumnCatalogue.Note)]);
        PrintedRank = printedRank;
        PrintedTotal = printedTotal;
        Extras = extras;
    }

    /// <summary>The 1-based line (or sheet row) of the input where the row starts.</summary>
    public int Line { get; }

    /// <summary>The assessment read from the row.</summary>
    public Assessment Assessment { get; }

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
                && Assessment.Equals(other.Assessment)
                && string.Equals(PrintedRank, other.PrintedRank, StringComparison.Ordinal)
                && PrintedTotal == other.PrintedTotal
                && Extras.SequenceEqual(other.Extras)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublishedRow);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Assessment, PrintedRank, PrintedTotal, Extras.Count);

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
            (nameof(Line), Line), (nameof(Assessment), Assessment), (nameof(PrintedRank), PrintedRank), (nameof(PrintedTotal), PrintedTotal),
            (nameof(Extras), "[" + string.Join("; ", Extras.Select(e => e.Key + "=" + e.Value)) + "]"));
        return builder.Append(" }").ToString();
    }

    // LINQPad renders this flat row instead of the nested assessment.
    private object ToDump() => new
    {
        Line,
        PrintedRank,
        Department = Assessment.Department.Name,
        Assessment.BaseScore,
        Assessment.Deduction,
        Assessment.Bonus,
        Total = Assessment.Status == AssessmentStatus.Assessed ? Assessment.Total : (decimal?)null,
        PrintedTotal,
        Extras = string.Join("; ", Extras.Select(e => e.Key + "=" + e.Value)),
    };
}
