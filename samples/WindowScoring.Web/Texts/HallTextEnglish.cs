namespace WindowScoring.Web.Texts;

/// <summary>The sample's messages in English.</summary>
internal static class HallTextEnglish
{
    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>
    {
        ["PeriodInvalid.Title"] = "The period is not valid",
        ["PeriodInvalid.Detail"] = "Expected {0}, found '{1}'.",
        ["PeriodInvalid.Month"] = "a month such as 2023-11",
        ["PeriodInvalid.Any"] = "a period such as 2023-Q4, 2023-H2 or 2023",
        ["MethodInvalid.Title"] = "The aggregation method is not valid",
        ["MethodInvalid.Detail"] = "Expected method=average or method=sum, found '{0}'.",
        ["NotFound.Month"] = "No table is stored for {0}.",
        ["NotFound.Period"] = "No month of {0} is stored.",
        ["NotFound.Title"] = "Not found",
        ["TooLarge.Title"] = "The upload is too large",
        ["TooLarge.Detail"] = "The limit is {0} bytes.",
        ["FileErrors.Title"] = "The file has errors; nothing was stored",
        ["FileErrors.Detail"] = "{0} error(s); every diagnostic is listed in 'errors'.",
        ["NoFile.Title"] = "No file in the form",
        ["NoFile.Detail"] = "Send the table as the body, or as a file field of a multipart form.",
        ["Unsupported.Title"] = "This file type is not supported",
        ["Unsupported.Detail"] = "A Word document is not a table; upload an Excel workbook (.xlsx), CSV, TSV or report text.",
        ["DownloadUnknown.Title"] = "Unknown download format",
        ["DownloadUnknown.Detail"] = "'{0}' is not a download format; available: {1}.",
        ["Report.Heading"] = "{0} service window assessment",
        ["Report.Chart"] = "Totals",
        ["Report.Movement"] = "vs {0}",
        ["Report.MovementNone"] = "vs previous month",
        ["Report.New"] = "new",
        ["Report.Same"] = "=",
        ["Report.NotAssessed"] = "Not ranked (not assessed)",
        ["Report.Scheme"] = "Scheme: {0}",
    };
}
