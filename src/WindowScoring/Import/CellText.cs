namespace WindowScoring.Import;

/// <summary>
/// The one check of a record's text before any column is read (the table and event-log parsers both call it): a cell
/// holding what is no text (<see cref="TextFolding.IndexOfNotText(string)"/>: a control character, a lone surrogate, a
/// noncharacter) is an error (WS132) naming its column, and the row is not used — in every column (name, code, 分组, 备注,
/// extra columns, figures), so no such character reaches a row and a writer.
/// </summary>
internal static class CellText
{
    /// <summary>Reports the first cell that is no text; true when there is one (the row is then not used).</summary>
    internal static bool ReportNotText(IReadOnlyList<string> cells, IReadOnlyList<string> headers, int line, ICollection<Diagnostic> diagnostics)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (TextFolding.IndexOfNotText(cells[i]) is var at and >= 0)
            {
                var c = cells[i][at];
                var column = i < headers.Count ? headers[i] : null;
                diagnostics.Add(char.IsControl(c)
                    ? Problems.Error(DiagnosticCodes.ControlCharacter, line, column, cells[i])
                    : Problems.Error(Messages.NotText, line, column, cells[i], ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture), at + 1));
                return true;
            }
        }

        return false;
    }
}
