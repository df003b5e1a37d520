namespace WindowScoring.Export;

/// <summary>
/// The shape every table writer shares, so a host picks one by file type and streams a download: CSV
/// (<see cref="CsvTableWriter"/>), Markdown (<see cref="MarkdownTableWriter"/>), the report layout
/// (<see cref="ReportTableWriter"/>) and, in the WindowScoring.OpenXml package, .xlsx and .docx. A writer of several table
/// kinds implements it once per kind (<c>ITableWriter&lt;RankedTable&gt;</c>, <c>ITableWriter&lt;AggregatedTable&gt;</c>…);
/// <c>AddWindowScoring</c> registers the core's writers under each.
/// </summary>
/// <remarks>
/// <para><see cref="WriteAsync"/> writes exactly the bytes <see cref="Write"/> writes. The text writers format a row at a time and
/// pass what they have written to the stream asynchronously every few kilobytes, so a host writes a large table to a
/// response body without holding the file in memory and without a synchronous write (which ASP.NET Core refuses). The
/// Open XML writers build the package in a temporary file (the Open XML SDK needs a stream it can seek) and then copy it
/// to the stream asynchronously.</para>
/// <para>Implementations are stateless and thread-safe.</para>
/// </remarks>
/// <typeparam name="TTable">The kind of table written (a <see cref="RankedTable"/>, say).</typeparam>
/// <example><code>
/// // An ASP.NET Core endpoint: the writer for the requested extension, straight into the response body.
/// app.MapGet("/months/{period}.{format}", (string period, string format, IEnumerable&lt;ITableWriter&lt;RankedTable&gt;&gt; writers) =&gt;
///     writers.FirstOrDefault(w =&gt; w.FileExtension == format) is { } writer
///         ? Results.Stream(body =&gt; writer.WriteAsync(Load(period), body), writer.MediaType, period + "." + writer.FileExtension)
///         : Results.NotFound());
/// </code></example>
public interface ITableWriter<in TTable>
    where TTable : class
{
    /// <summary>The usual extension of the files written, without the dot (<c>csv</c>, <c>md</c>, <c>xlsx</c>).</summary>
    string FileExtension { get; }

    /// <summary>The media type of what is written, with its charset for text (<c>text/csv; charset=utf-8</c>).</summary>
    string MediaType { get; }

    /// <summary>Writes the table to a stream.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">Where to write; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    void Write(TTable table, Stream stream);

    /// <summary>Writes the table to a stream asynchronously (the same bytes as <see cref="Write"/>), with no synchronous write to it.</summary>
    /// <param name="table">The table.</param>
    /// <param name="stream">Where to write; left open, and flushed at the end.</param>
    /// <param name="cancellationToken">Cancels the write (between rows and between writes to the stream); what was written stays written.</param>
    /// <returns>A task that completes when the table is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Task WriteAsync(TTable table, Stream stream, CancellationToken cancellationToken = default);
}
