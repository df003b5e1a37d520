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
