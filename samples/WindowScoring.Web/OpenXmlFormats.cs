using WindowScoring.Import;
using WindowScoring.OpenXml;

namespace WindowScoring.Web;

/// <summary>
/// An .xlsx upload, read with <see cref="WorkbookReader.ReadAsync"/> (the body copied asynchronously to a temporary file up to
/// <see cref="ImportOptions.MaxBytes"/>, beyond which it is WS100 and so 413) under the same options as a text upload.
/// It takes a file by its content (the zip signature, whatever the media type or name) or by an .xlsx media type or name
/// (a file named .xlsx that is not a zip is then a 422 saying so, not a CSV read of binary bytes); never a Word document.
/// </summary>
internal sealed class WorkbookUpload : ITableUpload
{
    public bool CanRead(ReadOnlySpan<byte> head, string? mediaType, string? fileName) =>
        !OpenXmlFiles.IsWordDocument(mediaType, fileName)
        && (OpenXmlFiles.IsPackage(head) || OpenXmlFiles.IsWorkbook(mediaType, fileName));

    public Task<ImportResult> ReadAsync(Stream body, string? mediaType, ImportOptions options, CancellationToken cancellationToken) =>
        WorkbookReader.ReadAsync(body, options, sheetName: null, cancellationToken); // the first worksheet
}
