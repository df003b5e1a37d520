using System.Collections;
using System.Globalization;
using System.Text;

namespace WindowScoring.Import;

/// <summary>
/// The diagnostics of one read, bounded: the first <see cref="ImportOptions.MaxDiagnostics"/> are kept as made; every later
/// one is only counted (by code), except up to 16 about the whole input (no line: the read stopped at a limit, the
/// encoding, the period), which are kept past the bound because they say why the read ended. Memory does not grow with
/// the number of bad rows. <see cref="ToArray"/> gives the kept ones and, when any were left out, one last diagnostic (WS104) that says how many more there were of each
/// code, with the worst severity among them (an error when any was an error, so a read with errors beyond the bound still
/// fails) and the first line they named (<see cref="ImportResult.RowsWithoutErrors"/> leaves out every row from that line
/// on, since no kept diagnostic vouches for them).
/// </summary>
/// <remarks>The one bound of every reader: the row loop and the sources (text, report text, workbooks, event logs) add to
/// this collection and nothing else. Not thread-safe (one read, one thread).</remarks>
internal sealed class BoundedDiagnostics(int max) : IList<Diagnostic>
{
    private const int WholeInputReserve = 16;
    private readonly List<Diagnostic> _kept = [];
    private readonly Dictionary<string, int> _leftOut = new(StringComparer.Ordinal); // by code: a few dozen entries at most
    private int _wholeInputKept;
    private int _leftOutCount;
    private int? _firstLine;
    private DiagnosticSeverity _worst = DiagnosticSeverity.Info;

    /// <summary>How many are kept (at most the bound and 16 about the whole input).</summary>
    public int Count => _kept.Count;

    /// <summary>How many were counted but not kept.</summary>
    internal int LeftOut => _leftOutCount;

    bool ICollection<Diagnostic>.IsReadOnly => false;

    /// <summary>A kept diagnostic; setting one replaces it (the row loop adds the cell reference this way).</summary>
    public Diagnostic this[int index]
    {
        get => _kept[index];
        set => _kept[index] = value;
    }

    /// <summary>Keeps the diagnostic while there is room; otherwise counts it.</summary>
    public void Add(Diagnostic item)
    {
        if (_kept.Count < max)
        {
            _kept.Add(item);
            return;
        }

        if (item.Line is null && _wholeInputKept < WholeInputReserve)
        {
            _wholeInputKept++;
            _kept.Add(item);
            return;
        }

        _leftOutCount++;
        _leftOut[item.Code] = _leftOut.GetValueOrDefault(item.Code) + 1;
        if (item.Severity > _worst)
        {
            _worst = item.Severity;
            _firstLine = null; // the first line of the worst kind is the one that counts
        }

        if (item.Severity == _worst && item.Line is { } line && (_firstLine is null || line < _firstLine))
        {
            _firstLine = line;
        }
    }

    /// <summary>The kept diagnostics, then the WS104 summary when any were left out.</summary>
    /// <returns>A new array.</returns>
    public Diagnostic[] ToArray()
    {
        if (_leftOutCount == 0)
        {
            return [.. _kept];
        }

        var counts = new StringBuilder();
        foreach (var (code, count) in _leftOut.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            counts.Append(counts.Length == 0 ? string.Empty : ", ").Append(code).Append(" × ").Append(count.ToString("N0", CultureInfo.InvariantCulture));
        }

        var summary = Problems.Make(DiagnosticCodes.TooManyDiagnostics, _worst, _firstLine, null, null, _leftOutCount, max, counts.ToString());
        return [.. _kept, summary];
    }

    /// <inheritdoc/>
    public void Clear()
    {
        _kept.Clear();
        _leftOut.Clear();
        _leftOutCount = 0;
        _wholeInputKept = 0;
        _firstLine = null;
        _worst = DiagnosticSeverity.Info;
    }

    /// <inheritdoc/>
    public bool Contains(Diagnostic item) => _kept.Contains(item);

    /// <inheritdoc/>
    public void CopyTo(Diagnostic[] array, int arrayIndex) => _kept.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public int IndexOf(Diagnostic item) => _kept.IndexOf(item);

    /// <inheritdoc/>
    public void Insert(int index, Diagnostic item) => _kept.Insert(index, item);

    /// <inheritdoc/>
    public bool Remove(Diagnostic item) => _kept.Remove(item);

    /// <inheritdoc/>
    public void RemoveAt(int index) => _kept.RemoveAt(index);

    /// <inheritdoc/>
    public IEnumerator<Diagnostic> GetEnumerator() => _kept.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
