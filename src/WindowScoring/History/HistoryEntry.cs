namespace WindowScoring.History;

/// <summary>One department in one month of a history, resolved to its current identity.</summary>
/// <param name="Department">The current department (after aliases; the display object of the history).</param>
/// <param name="AsPrinted">The department as the month's table printed it.</param>
/// <param name="Row">Its ranked row; null when it was not assessed.</param>
/// <param name="NotAssessed">Its entry when it was not assessed; null when it was ranked.</param>
internal sealed record HistoryEntry(Department Department, Department AsPrinted, RankedRow? Row, NotAssessedEntry? NotAssessed);
