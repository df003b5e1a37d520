using System.Text;
using Microsoft.Net.Http.Headers;
using WindowScoring.Import;

namespace WindowScoring.Web;

// The seam for uploaded file formats. The sample registers the text formats the core library reads (CSV, TSV, report
// layout, report text) and, from the WindowScoring.OpenXml package (OpenXmlFormats.cs), the .xlsx upload. The upload
// endpoint offers a file to each registered ITableUpload in turn with its first bytes, its media type and its name; the
// first that can read it does. A Word document is no table source: its upload is 415. Downloads need no seam of the
// sample's own: they are the library's ITableWriter<RankedTable> (Program.cs).

/// <summary>Reads an uploaded file into rows and diagnostics, without synchronous reads of the request body.</summary>
public interface ITableUpload
{
    /// <summary>True when this reader takes a file that starts with these bytes (up to four; fewer for a shorter file) and has this media type and name (either may be null).</summary>
    bool CanRead(ReadOnlySpan<byte> head, string? mediaType, string? fileName);

    /// <summary>Reads the body with the importer's options (limits, period, message culture).</summary>
    Task<ImportResult> ReadAsync(Stream body, string? mediaType, ImportOptions options, CancellationToken cancellationToken);
}

/// <summary>CSV, TSV, the report layout and report text, read by <see cref="AssessmentTableReader"/> (format and encoding detected).</summary>
internal sealed class TextTableUpload(AssessmentTableReader reader) : ITableUpload
{
    public bool CanRead(ReadOnlySpan<byte> head, string? mediaType, string? fileName) =>
        !OpenXmlFiles.IsPackage(head)
        && !OpenXmlFiles.IsWorkbook(mediaType, fileName)
        && !OpenXmlFiles.IsWordDocument(mediaType, fileName);

    public Task<ImportResult> ReadAsync(Stream body, string? mediaType, ImportOptions options, CancellationToken cancellationToken)
    {
        // A charset in the Content-Type (text/csv; charset=gbk) overrides the importer's detection.
        if (options.Encoding is null && Charset(mediaType) is { } encoding)
        {
            options = options with { Encoding = encoding };
        }

        return reader.ReadAsync(body, options, cancellationToken);
    }

    private static Encoding? Charset(string? mediaType)
    {
        if (!MediaTypeHeaderValue.TryParse(mediaType, out var type) || type.Charset is not { Length: > 0 } charset)
        {
            return null;
        }

        var name = HeaderUtilities.RemoveQuotes(charset).ToString();
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset: let the importer detect the encoding
        }
    }
}

/// <summary>Recognises Open XML files by their content (a zip package) and by their media type or name.</summary>
internal static class OpenXmlFiles
{
    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The zip signature <c>PK\x03\x04</c> every .xlsx and .docx starts with.</summary>
    public static bool IsPackage(ReadOnlySpan<byte> head) => WindowScoring.OpenXml.WorkbookReader.IsWorkbook(head);

    public static bool IsWorkbook(string? mediaType, string? fileName) =>
        Is(mediaType, WorkbookType) || (fileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ?? false);

    public static bool IsWordDocument(string? mediaType, string? fileName) =>
        Is(mediaType, WordType) || (fileName?.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ?? false);

    private static bool Is(string? mediaType, string expected) =>
        MediaTypeHeaderValue.TryParse(mediaType, out var type) && type.MediaType.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
