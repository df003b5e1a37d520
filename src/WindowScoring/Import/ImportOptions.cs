using System.Text;
using WindowScoring.Domain;

namespace WindowScoring.Import;

/// <summary>
/// Options for reading table files. Every setting has a safe default; limits bound memory so a hostile
/// upload cannot exhaust it (each breach is a diagnostic, never an exception).
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed record ImportOptions
{
    /// <summary>The default options.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The period of the table; when null it is taken from a report title or the file name, if either has one.</summary>
    public AssessmentPeriod? Period { get; init; }

    /// <summary>The layout; detected by default.</summary>
    public TableFormat Format { get; init; } = TableFormat.Auto;

    /// <summary>The field separator of a delimited table; when null it is detected among tab, comma and semicolon from the header row.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// The text encoding of a stream or file; when null it is detected: a BOM (UTF-8, UTF-16) wins, then
    /// UTF-8 when the bytes are valid UTF-8, else GB18030 (which covers GBK and GB2312).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The most bytes (streams and files) or characters (text readers) read; default 256 MiB.</summary>
    public long MaxBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The most data rows read; default 10,000,000.</summary>
    public int MaxRows { get; init; } = 10_000_000;

    /// <summary>The longest field, in characters; default 4,096.</summary>
    public int MaxFieldLength { get; init; } = 4096;
}
