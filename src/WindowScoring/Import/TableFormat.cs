namespace WindowScoring.Import;

/// <summary>The layout of a table file.</summary>
public enum TableFormat
{
    /// <summary>
    /// Detect from the first non-blank line, split into cells at the delimiter (<see cref="ImportOptions.Delimiter"/>, or
    /// the most frequent of tab, comma and semicolon on that line) with double quotes honoured: two or more cells make a
    /// delimited table (a header, quoted or not, or a spreadsheet's title row above it); a single cell (a title or prose
    /// line without separators) makes a report text. A BOM is removed before the line is looked at. Set
    /// <see cref="ReportText"/> for a report whose first line has separators.
    /// </summary>
    Auto = 0,

    /// <summary>A delimited table (comma, semicolon or tab) with a header row; title lines of one cell above it are skipped
    /// (the title kept).</summary>
    Delimited = 1,

    /// <summary>A whole report text: the appendix table is found after its title line (…考核结果) and the period taken from
    /// that title; cells are separated by tabs (or <see cref="ImportOptions.Delimiter"/>). A line without a separator after
    /// the table ends it; later lines that look like rows are errors (WS135).</summary>
    ReportText = 2,
}
