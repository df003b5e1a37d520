using CsvHelper;

namespace WindowScoring.Import;

/// <summary>Takes the records of one delimited file (header first) and turns them into rows and diagnostics.</summary>
internal interface IRecordSink
{
    /// <summary>The diagnostics, in input order.</summary>
    List<Diagnostic> Diagnostics { get; }

    /// <summary>True once the header row has been taken.</summary>
    bool HasHeader { get; }

    /// <summary>Takes the header row; false (with a diagnostic) when it cannot be used.</summary>
    bool Start(string[] fields, int line);

    /// <summary>Takes one data record; false when reading must stop (a limit was reached).</summary>
    bool Add(string[] fields, int line);

    /// <summary>
    /// Takes the current data record straight from CsvHelper when it is in the sink's common form (no diagnostic to
    /// report, no limit reached); false when the record must be materialised and passed to <see cref="Add"/> instead.
    /// </summary>
    /// <param name="csv">The reader, on the record.</param>
    /// <param name="line">The record's first line.</param>
    /// <param name="utf8Bytes">True when CsvHelper reads the input's own UTF-8 bytes (not yet checked), false for text.</param>
    bool TryAddCommon(CsvReader csv, int line, bool utf8Bytes);

    /// <summary>Adds an error diagnostic.</summary>
    void Error(string code, int? line, string? raw, string message);
}
