namespace WindowScoring;

/// <summary>What the cells of a column hold, and so how readers parse them and writers print and align them.</summary>
public enum ColumnFormat
{
    /// <summary>Text: left-aligned, escaped against formulas where a spreadsheet may open it, read as written (trimmed).</summary>
    Text = 0,

    /// <summary>A score: an exact decimal, parsed strictly and culture-invariantly, printed with the scheme's display decimals
    /// (<see cref="ScoringScheme.DisplayDecimals"/>), right-aligned; a deduction prints negative, as published.</summary>
    Score = 1,

    /// <summary>Another number (a rank, a count, a quantity): printed in its shortest exact form, right-aligned.</summary>
    Number = 2,

    /// <summary>A date: read as <c>2023-11-03</c>, <c>2023/11/3</c>, <c>2023.11.3</c>, <c>20231103</c> or <c>2023年11月3日</c>.</summary>
    Date = 3,
}
