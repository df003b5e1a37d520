using System.Globalization;
using WindowScoring.Import;

namespace WindowScoring.OpenXml;

/// <summary>
/// The messages of this package, keyed by code, in English and Simplified Chinese; the language follows
/// <see cref="ImportOptions.MessageCulture"/> (or the UI culture) as the core's messages do.
/// </summary>
internal static class OpenXmlText
{
    private static readonly Dictionary<string, (string English, string Chinese)> Messages = new(StringComparer.Ordinal)
    {
        [DiagnosticCodes.InputTooLarge] = (
            "The workbook's uncompressed XML is larger than {0} bytes (ImportOptions.MaxBytes); reading stopped there.",
            "工作簿解压后的 XML 超过 {0} 字节（ImportOptions.MaxBytes）；在此停止读取。"),
        [DiagnosticCodes.MalformedRecord] = (
            "The file is not a readable .xlsx workbook: {0}",
            "文件不是可读取的 .xlsx 工作簿：{0}"),
        ["NotZip"] = ("it is not a zip package (an .xlsx file starts with the bytes PK).", "它不是 zip 包（.xlsx 文件以 PK 开头）。"),
        ["NotWorkbook"] = ("it is a zip package but has no workbook part (is it a .docx or another zip?).", "它是 zip 包，但没有工作簿部件（是 .docx 或其他 zip 文件吗？）。"),
        ["BrokenXls"] = ("it is an OLE compound file but no readable Excel 97–2003 workbook ({0}).", "它是 OLE 复合文件，但不是可读取的 Excel 97–2003 工作簿（{0}）。"),
        ["BrokenXml"] = ("a part's XML is broken ({0}).", "部件的 XML 已损坏（{0}）。"),
        ["SharedString"] = ("the cell refers to shared string {0}, but the workbook has {1}.", "单元格引用第 {0} 个共享字符串，但工作簿只有 {1} 个。"),
        [OpenXmlDiagnosticCodes.HiddenRow] = (
            "Row {0} is hidden in the worksheet; it was read like any other row.",
            "工作表中第 {0} 行为隐藏行；已按普通行读取。"),
        [OpenXmlDiagnosticCodes.DateCell] = (
            "The cell is formatted as a date and was read as '{0}' (a score is never a date).",
            "该单元格为日期格式，按“{0}”读取（分值不会是日期）。"),
        [OpenXmlDiagnosticCodes.SheetNotFound] = (
            "The workbook has no worksheet named '{0}'; its worksheets are: {1}.",
            "工作簿中没有名为“{0}”的工作表；现有工作表：{1}。"),
        ["SharedStringsTooLarge"] = (
            "The workbook's shared strings hold more than {0} characters; it was not read (no table of a hall needs that many).",
            "工作簿的共享字符串超过 {0} 个字符；未读取（任何大厅的考核表都不需要这么多）。"),
        ["NoSheet"] = ("The workbook has no worksheet.", "工作簿中没有工作表。"),
        ["NoVisibleSheet"] = (
            "Every worksheet of the workbook is hidden ({0}); name the one to read (--sheet, sheetName).",
            "工作簿的所有工作表均为隐藏（{0}）；请指定要读取的工作表（--sheet、sheetName）。"),
        [OpenXmlDiagnosticCodes.HiddenSheet] = (
            "The hidden worksheet(s) {0} come first; the first visible worksheet '{1}' was read. Name a sheet to read another.",
            "排在前面的工作表 {0} 为隐藏；已读取第一个可见工作表“{1}”。如需读取其他工作表，请指定工作表名称。"),
        ["HiddenSheetNamed"] = (
            "The worksheet '{0}' is hidden in the workbook; it was read because it was named.",
            "工作表“{0}”在工作簿中为隐藏；因已指定名称，仍予读取。"),
        [ExcelNumber.NumberTooLarge] = (
            "The number {0} is too large to be a score; the cell was not read.",
            "数值 {0} 过大，不可能是分值；未读取该单元格。"),
        [ExcelNumber.NumberTooSmall] = (
            "The number {0} is so close to zero that Excel's 15 digits show it as 0; the cell was not read.",
            "数值 {0} 过于接近零，按 Excel 的 15 位有效数字显示为 0；未读取该单元格。"),
        [ExcelNumber.NumberInexact] = (
            "The number {0} has more integer digits than the 15 Excel keeps, so it is not exact; the cell was not read.",
            "数值 {0} 的整数位超过 Excel 保留的 15 位有效数字，并不精确；未读取该单元格。"),
        ["NotADate"] = (
            "The cell is formatted as a date but {0} is no date Excel can show (it shows #####); the cell was not read.",
            "该单元格为日期格式，但 {0} 不是 Excel 能显示的日期（显示为 #####）；未读取该单元格。"),
        [OpenXmlDiagnosticCodes.HiddenFormat] = (
            "The cell's number format shows nothing (;;;): it was read as {0}, which a person looking at the sheet does not see.",
            "该单元格的数字格式不显示任何内容（;;;）：按 {0} 读取，但查看工作表的人看不到该值。"),
        [OpenXmlDiagnosticCodes.LegacyOrEncrypted] = (
            "The workbook is protected by a password, so it cannot be read: open it in Excel or WPS, remove the password (File › Info › Protect Workbook) and save it again.",
            "工作簿设有打开密码，无法读取：请在 Excel 或 WPS 中打开，取消密码（文件 › 信息 › 保护工作簿）后重新保存。"),
        ["RowNumber"] = (
            "a row is numbered {0}, outside 1 to {1} (Excel's rows); the row was not read.",
            "某行的行号为 {0}，超出 1 至 {1}（Excel 的行范围）；未读取该行。"),
        ["RowRepeated"] = (
            "row {0} comes after row {1}: a row number given twice or out of order.",
            "第 {0} 行出现在第 {1} 行之后：行号重复或顺序颠倒。"),
        ["CellRepeated"] = (
            "the cell {0} is given twice in its row (or out of order); neither value is taken.",
            "单元格 {0} 在该行中出现两次（或顺序颠倒）；两个值均不采用。"),
        [OpenXmlDiagnosticCodes.FormulaWithoutValue] = (
            "The formula cell has no saved result (the file was not calculated by the program that wrote it); it is read as empty.",
            "公式单元格没有保存计算结果（写入该文件的程序未计算公式）；按空单元格读取。"),
    };

    internal static string Get(ImportOptions options, string key, params object[] args)
    {
        var (english, chinese) = Messages[key];
        var zh = (options.MessageCulture ?? CultureInfo.CurrentUICulture).Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        return string.Format(CultureInfo.InvariantCulture, zh ? chinese : english, args);
    }
}
