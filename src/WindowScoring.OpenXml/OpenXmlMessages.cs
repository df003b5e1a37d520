namespace WindowScoring.OpenXml;

/// <summary>
/// This package's texts, registered in the one catalogue (<see cref="MessageCatalog.Register"/>) the first time a workbook
/// is read, in Simplified Chinese and English; a host rewords them with <see cref="MessageCatalog.SetText"/> like any
/// other code. Diagnostics are made by <see cref="Diagnostic.Create"/> in the catalogue's active language.
/// </summary>
internal static class OpenXmlMessages
{
    internal const string InputTooLarge = DiagnosticCodes.InputTooLarge + ".Workbook";
    internal const string NotZip = DiagnosticCodes.MalformedRecord + ".NotZip";
    internal const string NotWorkbook = DiagnosticCodes.MalformedRecord + ".NotWorkbook";
    internal const string BrokenXml = DiagnosticCodes.MalformedRecord + ".BrokenXml";
    internal const string SharedString = DiagnosticCodes.MalformedRecord + ".SharedString";
    internal const string NoSheet = OpenXmlDiagnosticCodes.SheetNotFound + ".NoSheet";
    internal const string NoVisibleSheet = OpenXmlDiagnosticCodes.SheetNotFound + ".NoVisibleSheet";
    internal const string HiddenSheetNamed = OpenXmlDiagnosticCodes.HiddenSheet + ".Named";
    internal const string NumberTooLarge = OpenXmlDiagnosticCodes.NumberNotExact + ".TooLarge";
    internal const string NumberTooSmall = OpenXmlDiagnosticCodes.NumberNotExact + ".TooSmall";
    internal const string NotADate = OpenXmlDiagnosticCodes.NumberNotExact + ".NotADate";
    internal const string RowNumber = DiagnosticCodes.MalformedRecord + ".RowNumber";
    internal const string RowRepeated = DiagnosticCodes.MalformedRecord + ".RowRepeated";
    internal const string CellRepeated = DiagnosticCodes.MalformedRecord + ".CellRepeated";
    internal const string BrokenXls = DiagnosticCodes.MalformedRecord + ".BrokenXls";
    internal const string SharedStringsTooLarge = DiagnosticCodes.InputTooLarge + ".SharedStrings";

    /// <summary>Every key of this package with its Chinese and English text (for registration and the catalogue's tests).</summary>
    internal static readonly (string Key, string Chinese, string English)[] Texts =
    [
        (InputTooLarge,
            "工作簿解压后的 XML 超过 {0} 字节（ImportOptions.MaxBytes）；在此停止读取。",
            "The workbook's uncompressed XML is larger than {0} bytes (ImportOptions.MaxBytes); reading stopped there."),
        (NotZip,
            "文件不是可读取的 .xlsx 工作簿：它不是 zip 包（.xlsx 文件以 PK 开头）。",
            "The file is not a readable .xlsx workbook: it is not a zip package (an .xlsx file starts with the bytes PK)."),
        (NotWorkbook,
            "文件不是可读取的 .xlsx 工作簿：它是 zip 包，但没有工作簿部件（是 .docx 或其他 zip 文件吗？）。",
            "The file is not a readable .xlsx workbook: it is a zip package but has no workbook part (is it a .docx or another zip?)."),
        (BrokenXml,
            "文件不是可读取的 .xlsx 工作簿：部件的 XML 已损坏（{0}）。",
            "The file is not a readable .xlsx workbook: a part's XML is broken ({0})."),
        (SharedString,
            "文件不是可读取的 .xlsx 工作簿：单元格引用第 {0} 个共享字符串，但工作簿只有 {1} 个。",
            "The file is not a readable .xlsx workbook: the cell refers to shared string {0}, but the workbook has {1}."),
        (OpenXmlDiagnosticCodes.HiddenRow,
            "工作表中第 {0} 行为隐藏行；已按普通行读取。",
            "Row {0} is hidden in the worksheet; it was read like any other row."),
        (OpenXmlDiagnosticCodes.DateCell,
            "该单元格为日期格式，按“{0}”读取（分值不会是日期）。",
            "The cell is formatted as a date and was read as '{0}' (a score is never a date)."),
        (OpenXmlDiagnosticCodes.SheetNotFound,
            "工作簿中没有名为“{0}”的工作表；现有工作表：{1}。",
            "The workbook has no worksheet named '{0}'; its worksheets are: {1}."),
        (NoSheet,
            "工作簿中没有工作表。",
            "The workbook has no worksheet."),
        (NoVisibleSheet,
            "工作簿的所有工作表均为隐藏（{0}）；请指定要读取的工作表。",
            "Every worksheet of the workbook is hidden ({0}); name the one to read."),
        (OpenXmlDiagnosticCodes.HiddenSheet,
            "排在前面的工作表 {0} 为隐藏；已读取第一个可见工作表“{1}”。如需读取其他工作表，请指定工作表名称。",
            "The hidden worksheet(s) {0} come first; the first visible worksheet '{1}' was read. Name a sheet to read another."),
        (HiddenSheetNamed,
            "工作表“{0}”在工作簿中为隐藏；因已指定名称，仍予读取。",
            "The worksheet '{0}' is hidden in the workbook; it was read because it was named."),
        (OpenXmlDiagnosticCodes.NumberNotExact,
            "数值 {0} 的整数位超过 Excel 保留的 15 位有效数字，并不精确；未读取该单元格。",
            "The number {0} has more integer digits than the 15 Excel keeps, so it is not exact; the cell was not read."),
        (NumberTooLarge,
            "数值 {0} 过大，不可能是分值；未读取该单元格。",
            "The number {0} is too large to be a score; the cell was not read."),
        (NumberTooSmall,
            "数值 {0} 过于接近零，按 Excel 的 15 位有效数字显示为 0；未读取该单元格。",
            "The number {0} is so close to zero that Excel's 15 digits show it as 0; the cell was not read."),
        (NotADate,
            "该单元格为日期格式，但 {0} 不是 Excel 能显示的日期（显示为 #####）；未读取该单元格。",
            "The cell is formatted as a date but {0} is no date Excel can show (it shows #####); the cell was not read."),
        (OpenXmlDiagnosticCodes.HiddenFormat,
            "该单元格的数字格式不显示任何内容（;;;）：按 {0} 读取，但查看工作表的人看不到该值。",
            "The cell's number format shows nothing (;;;): it was read as {0}, which a person looking at the sheet does not see."),
        (OpenXmlDiagnosticCodes.LegacyOrEncrypted,
            "工作簿设有打开密码，无法读取：请在 Excel 或 WPS 中打开，取消密码（文件 › 信息 › 保护工作簿）后重新保存。",
            "The workbook is protected by a password, so it cannot be read: open it in Excel or WPS, remove the password (File › Info › Protect Workbook) and save it again."),
        (RowNumber,
            "工作表格式有误：某行的行号为 {0}，超出 1 至 {1}（Excel 的行范围）；未读取该行。",
            "The worksheet is malformed: a row is numbered {0}, outside 1 to {1} (Excel's rows); the row was not read."),
        (RowRepeated,
            "工作表格式有误：第 {0} 行出现在第 {1} 行之后（行号重复或顺序颠倒）。",
            "The worksheet is malformed: row {0} comes after row {1} (a row number given twice or out of order)."),
        (CellRepeated,
            "工作表格式有误：单元格 {0} 在该行中出现两次（或顺序颠倒）；两个值均不采用。",
            "The worksheet is malformed: the cell {0} is given twice in its row (or out of order); neither value is taken."),
        (BrokenXls,
            "文件是 OLE 复合文件，但不是可读取的 Excel 97–2003 工作簿（{0}）。",
            "The file is an OLE compound file but no readable Excel 97–2003 workbook ({0})."),
        (SharedStringsTooLarge,
            "工作簿的共享字符串超过 {0} 个字符；未读取（任何大厅的考核表都不需要这么多）。",
            "The workbook's shared strings hold more than {0} characters; it was not read (no table of a hall needs that many)."),
        (OpenXmlDiagnosticCodes.FormulaWithoutValue,
            "公式单元格没有保存计算结果（写入该文件的程序未计算公式）；按空单元格读取。",
            "The formula cell has no saved result (the file was not calculated by the program that wrote it); it is read as empty."),
    ];

    static OpenXmlMessages()
    {
        foreach (var (key, chinese, english) in Texts)
        {
            MessageCatalog.Register(key, chinese, english);
        }
    }

    /// <summary>A diagnostic of this package (its texts registered first), without a location.</summary>
    internal static Diagnostic Make(string key, DiagnosticSeverity severity, params object?[] arguments) => Diagnostic.Create(key, severity, arguments);

    /// <summary>Makes sure this package's texts are in the catalogue (the static constructor runs once).</summary>
    internal static void EnsureRegistered()
    {
    }
}
