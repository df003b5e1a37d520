namespace WindowScoring.Web.Texts;

/// <summary>The sample's messages in Simplified Chinese.</summary>
internal static class HallTextChinese
{
    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>
    {
        ["PeriodInvalid.Title"] = "考核期间无效",
        ["PeriodInvalid.Detail"] = "应为{0}，实际为“{1}”。",
        ["PeriodInvalid.Month"] = "月份（如 2023-11）",
        ["PeriodInvalid.Any"] = "季度、半年或年度（如 2023-Q4、2023-H2、2023）",
        ["MethodInvalid.Title"] = "汇总方式无效",
        ["MethodInvalid.Detail"] = "应为 method=average 或 method=sum，实际为“{0}”。",
        ["NotFound.Month"] = "尚未保存 {0} 的考核表。",
        ["NotFound.Period"] = "{0} 内没有已保存的月份。",
        ["NotFound.Title"] = "未找到",
        ["TooLarge.Title"] = "上传文件过大",
        ["TooLarge.Detail"] = "上限为 {0} 字节。",
        ["FileErrors.Title"] = "文件有错误，未保存任何数据",
        ["FileErrors.Detail"] = "共 {0} 个错误；全部诊断见 errors。",
        ["NoFile.Title"] = "表单中没有文件",
        ["NoFile.Detail"] = "请将考核表作为请求正文发送，或作为 multipart 表单的文件字段发送。",
        ["Unsupported.Title"] = "不支持该文件类型",
        ["Unsupported.Detail"] = "Word 文档不是考核表；请上传 Excel 工作簿（.xlsx）、CSV、TSV 或报告文本。",
        ["DownloadUnknown.Title"] = "未知的下载格式",
        ["DownloadUnknown.Detail"] = "“{0}”不是下载格式；可用：{1}。",
        ["Report.Heading"] = "{0}窗口考核结果",
        ["Report.Chart"] = "实得分值",
        ["Report.Movement"] = "较 {0}",
        ["Report.MovementNone"] = "较上月",
        ["Report.New"] = "新",
        ["Report.Same"] = "持平",
        ["Report.NotAssessed"] = "不参与排名（不参与考核）",
        ["Report.Scheme"] = "考核办法：{0}",
    };
}
