namespace WindowScoring.OpenXml;

/// <summary>
/// The codes of the diagnostics only a workbook can give, in the WS6xx range (the core's <see cref="DiagnosticCodes"/> keep
/// their meaning here too: WS100 when the uncompressed XML read passes <c>ImportOptions.MaxBytes</c>, WS116 for a file that
/// is not a readable workbook, WS112 for a sheet without a header). Codes never change meaning; match on them, not on messages.
/// </summary>
public static class OpenXmlDiagnosticCodes
{
    /// <summary>WS600 (info): a hidden row was read as a row like any other (a hidden row in a published table is often a mistake).</summary>
    public const string HiddenRow = "WS600";

    /// <summary>WS601 (warning): a number formatted as a date was read as the date's text (<c>2023-11-05</c>), so a score column
    /// rejects it as not a number (WS123) instead of reading the date's serial number as a score.</summary>
    public const string DateCell = "WS601";

    /// <summary>WS602: the workbook has no worksheet of the name asked for (the message lists the sheets it has), or no worksheet at all.</summary>
    public const string SheetNotFound = "WS602";

    /// <summary>WS603 (warning): a formula cell has no cached value (the file was saved by a program that does not calculate);
    /// it is read as empty. Open and save it in Excel, WPS or LibreOffice to store the results.</summary>
    public const string FormulaWithoutValue = "WS603";

    /// <summary>
    /// WS604 (warning): the worksheet read is hidden, or hidden worksheets before the first visible one were passed over
    /// (a hidden or "veryHidden" sheet is not what a person sees in Excel).
    /// </summary>
    public const string HiddenSheet = "WS604";

    /// <summary>
    /// WS605 (error): a number cell that cannot be read exactly: too large for a decimal, so close to zero that Excel's 15
    /// digits make it 0, an integer part longer than the 15 digits Excel keeps, or a date-formatted number that is no date
    /// (Excel shows it as #####). The cell is not read.
    /// </summary>
    public const string NumberNotExact = "WS605";

    /// <summary>WS606 (warning): a number whose format shows nothing (<c>;;;</c>): read, but a person looking at the sheet does not see it.</summary>
    public const string HiddenFormat = "WS606";

    /// <summary>
    /// WS607 (error): the workbook is protected by a password (an encrypted .xlsx or .xls), which this reader does not open;
    /// the message says how to remove the password.
    /// </summary>
    public const string LegacyOrEncrypted = "WS607";
}
