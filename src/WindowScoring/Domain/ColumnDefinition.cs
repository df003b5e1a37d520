namespace WindowScoring;

/// <summary>
/// One column of the tables the library reads and writes, declared once in <see cref="ColumnCatalogue"/>: its name, its
/// Chinese and English headings, the headings a reader accepts for it, and what its cells hold. Every reader (the table
/// row parser, the event-log reader), every writer (CSV, Markdown, report text, and the .xlsx/.docx writers of
/// <c>WindowScoring.OpenXml</c>) and the web sample's store take a column's words from here.
/// </summary>
/// <remarks>Immutable and safe to share between threads. Columns are compared by reference (each is declared once).</remarks>
public sealed class ColumnDefinition
{
    internal ColumnDefinition(string name, string chinese, string english, ColumnFormat format, string[]? aliases = null, string? reportHeading = null)
    {
        Name = name;
        Chinese = chinese;
        English = english;
        Format = format;
        Aliases = Array.AsReadOnly(aliases ?? [chinese, english]);
        ReportHeading = reportHeading ?? chinese;
    }

    /// <summary>The column's name in code, e.g. <c>Deduction</c>; stable, never shown to a reader of the table.</summary>
    public string Name { get; }

    /// <summary>The Chinese heading, as published tables print it, e.g. <c>减分</c>.</summary>
    public string Chinese { get; }

    /// <summary>The English heading, e.g. <c>deduction</c>.</summary>
    public string English { get; }

    /// <summary>The heading of the published report layout (the seed's appendix), e.g. <c>减分 分值</c>; <see cref="Chinese"/>
    /// when the layout prints no other.</summary>
    public string ReportHeading { get; }

    /// <summary>
    /// The headings a reader accepts for the column, in Chinese and English (matched after folding full-width forms, removing
    /// white space and lower-casing invariantly); they include <see cref="Chinese"/>, <see cref="English"/> and
    /// <see cref="ReportHeading"/> (after folding). A column that is written only (an aggregated table's 月均分, say) has its
    /// two headings.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>What the cells hold.</summary>
    public ColumnFormat Format { get; }

    /// <summary>True when a reader takes <paramref name="heading"/> for this column: it is one of <see cref="Aliases"/> after
    /// folding full-width forms, removing white space and lower-casing invariantly (<c>基础分 分值</c>, <c>Base Score</c>).</summary>
    /// <param name="heading">A heading as a table prints it.</param>
    /// <returns>True when the heading names this column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> is null.</exception>
    public bool Matches(string heading)
    {
        var key = ColumnSet.Key(Preconditions.CheckNotNull(heading));
        foreach (var alias in Aliases)
        {
            if (ColumnSet.Key(alias) == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Both headings, e.g. <c>减分/deduction</c> (as "expected" messages list columns).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Chinese + "/" + English;
}
