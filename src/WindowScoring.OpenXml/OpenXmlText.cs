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
        ["NoSheet"] = ("The workbook has no worksheet.", "工作簿中没有工作表。"),
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
