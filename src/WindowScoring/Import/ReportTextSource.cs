namespace WindowScoring.Import;

/// <summary>
/// The table source of a report text (a weekly report saved as text): one record per line, cells split at the delimiter
/// (tab unless <see cref="ImportOptions.Delimiter"/> says otherwise; a cell in double quotes may hold the delimiter). A line
/// without the delimiter is a record of one cell: the row parser takes such lines for the report's prose and title.
/// </summary>
internal sealed class ReportTextSource(TextReader reader, ImportOptions options, Action<ICollection<Diagnostic>>? atEnd = null) : ITableSource
{
    private readonly BoundedLineReader _lines = new(reader, InputText.MaxLineChars(options));
    private readonly char _delimiter = options.Delimiter ?? '\t';
    private bool _done;

    public IReadOnlyList<string> Cells { get; private set; } = [];

    public int Line => _lines.LineNumber;

    public string? CellReference(int index) => null;

    public bool Read(ICollection<Diagnostic> diagnostics)
    {
        if (_done)
        {
            return false;
        }

        var text = _lines.ReadLine(out var overlong);
        return Take(text, overlong, diagnostics);
    }

    public async ValueTask<bool> ReadAsync(ICollection<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        if (_done)
        {
            return false;
        }

        var (text, overlong) = await _lines.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        return Take(text, overlong, diagnostics);
    }

    // The line read made into the current record; false at the end or at an overlong line.
    private bool Take(string? text, bool overlong, ICollection<Diagnostic> diagnostics)
    {
        if (text is null || overlong)
        {
            if (overlong)
            {
                // The rest of the line is not read (it may never end): stop here, as the delimited source does.
                diagnostics.Add(Problems.Error(Messages.LineTooLong, Line, null, null, _lines.MaxLineLength));
            }

            _done = true;
            atEnd?.Invoke(diagnostics);
            return false;
        }

        Cells = InputText.SplitLine(text, _delimiter);
        return true;
    }

    public void Dispose()
    {
    }
}
