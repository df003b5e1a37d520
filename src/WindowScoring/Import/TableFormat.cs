namespace WindowScoring.Import;

/// <summary>The layout of a table file.</summary>
public enum TableFormat
{
    /// <summary>Detect: a report text when a title line precedes the table, otherwise a delimited table.</summary>
    Auto = 0,

    /// <summary>A delimited table (comma, semicolon or tab) with a header row.</summary>
    Delimited = 1,

    /// <summary>A whole report text: the appendix table is found after its title line (…考核结果) and the period taken from that title.</summary>
    ReportText = 2,
}
