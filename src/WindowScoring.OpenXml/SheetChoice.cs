namespace WindowScoring.OpenXml;

/// <summary>
/// Which worksheet a workbook reader reads, the same for .xlsx and .xls: the one named (ignoring case, as Excel does),
/// read with a warning when it is hidden (WS604); else the first visible one, with a warning naming the hidden sheets
/// passed over before it (WS604). None to read is WS602, listing the worksheets.
/// </summary>
internal static class SheetChoice
{
    /// <summary>The index of the worksheet to read, or -1 (and the error reported).</summary>
    internal static int Pick(IReadOnlyList<(string Name, bool Hidden)> sheets, string? requested, ICollection<Diagnostic> diagnostics)
    {
        var index = -1;
        for (var i = 0; i < sheets.Count && index < 0; i++)
        {
            if (requested is null ? !sheets[i].Hidden : string.Equals(sheets[i].Name, requested, StringComparison.OrdinalIgnoreCase))
            {
                index = i;
            }
        }

        var names = string.Join(", ", sheets.Select(s => s.Name));
        if (index < 0)
        {
            diagnostics.Add(requested is not null
                ? OpenXmlMessages.Make(OpenXmlDiagnosticCodes.SheetNotFound, DiagnosticSeverity.Error, requested, names)
                : sheets.Count > 0
                    ? OpenXmlMessages.Make(OpenXmlMessages.NoVisibleSheet, DiagnosticSeverity.Error, names)
                    : OpenXmlMessages.Make(OpenXmlMessages.NoSheet, DiagnosticSeverity.Error));
            return -1;
        }

        var sheet = sheets[index];
        if (requested is not null && sheet.Hidden)
        {
            diagnostics.Add(OpenXmlMessages.Make(OpenXmlMessages.HiddenSheetNamed, DiagnosticSeverity.Warning, sheet.Name) with { RawValue = sheet.Name });
        }
        else if (requested is null && index > 0)
        {
            var skipped = string.Join(", ", sheets.Take(index).Select(s => s.Name));
            diagnostics.Add(OpenXmlMessages.Make(OpenXmlDiagnosticCodes.HiddenSheet, DiagnosticSeverity.Warning, skipped, sheet.Name) with { RawValue = skipped });
        }

        return index;
    }
}
