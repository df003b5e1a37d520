using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace WindowScoring.History;

/// <summary>
/// A history (考核台账): a set of ranked monthly tables, one per month, with departments matched by identity
/// (<see cref="Department.Code"/>) through <see cref="DepartmentAliases"/>, so a renamed or merged department keeps
/// its months. From it: <see cref="Aggregate"/> a quarter, half-year or year, and <see cref="Analyze(AlertOptions?)"/>
/// rank movement and alerts.
/// </summary>
/// <remarks>
/// <para>Two ways in. The constructor is for tables built in code and throws for a programmer error (a table with no
/// month period, a month given twice). <see cref="FromTables"/> is for tables read from files: those problems become
/// diagnostics (WS400, WS401) and the table concerned is left out.</para>
/// <para>Two rows of one month that resolve to the same department (a former and the current name of a merged
/// department, both printed) keep the first in ranked order and report WS402 on the other.</para>
/// <para>A department's display object is the one of its latest month under its own identity, or the alias target
/// when it only ever appeared under former names.</para>
/// <para>Immutable and safe to share between threads; aggregating and analysing keep no state.</para>
/// </remarks>
public sealed class AssessmentHistory : DiagnosticResult<AssessmentHistory>
{
    private readonly HistoryMonth[] _months;
    private readonly Dictionary<AssessmentPeriod, HistoryMonth> _byMonth;

    /// <summary>Creates a history from ranked monthly tables given in code.</summary>
    /// <param name="tables">The monthly tables, in any order; each must have a month period (<see cref="RankedTable.Period"/>), each month once.</param>
    /// <param name="aliases">Renames and mergers; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">A table has no period or a period that is not a month, or two tables have the same month.</exception>
    public AssessmentHistory(IEnumerable<RankedTable> tables, DepartmentAliases? aliases = null)
        : this(Accept(tables, diagnostics: null), aliases ?? DepartmentAliases.Empty, [])
    {
    }

    private AssessmentHistory(List<RankedTable> tables, DepartmentAliases aliases, List<Diagnostic> diagnostics)
        : base(ResolveMonths(tables, aliases, diagnostics, out var months))
    {
        Aliases = aliases;
        _months = months;
        var departments = new List<Department>();
        var seen = new HashSet<Department>();
        foreach (var month in _months)
        {
            foreach (var e in month.Entries)
            {
                if (seen.Add(e.Department))
                {
                    departments.Add(e.Department);
                }
            }
        }

        _byMonth = _months.ToDictionary(m => m.Month);
        Months = ReadOnly.Of(_months.Select(m => m.Month).ToArray());
        Tables = ReadOnly.Of(_months.Select(m => m.Table).ToArray());
        Departments = ReadOnly.Of(departments);
    }

    /// <summary>
    /// Creates a history from tables read from files, reporting data problems instead of throwing: a table whose period is
    /// missing or not a month (WS400) or a second table for a month (WS401) is left out with a diagnostic.
    /// </summary>
    /// <param name="tables">The monthly tables, in any order (for a repeated month the first given is kept).</param>
    /// <param name="aliases">Renames and mergers; none when null.</param>
    /// <returns>The history; see <see cref="DiagnosticResult{TSelf}.Diagnostics"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> or one of its elements is null.</exception>
    public static AssessmentHistory FromTables(IEnumerable<RankedTable> tables, DepartmentAliases? aliases = null)
    {
        var diagnostics = new List<Diagnostic>();
        return new AssessmentHistory(Accept(tables, diagnostics), aliases ?? DepartmentAliases.Empty, diagnostics);
    }

    /// <summary>The renames and mergers the history resolves.</summary>
    public DepartmentAliases Aliases { get; }

    /// <summary>The months of the history, in order.</summary>
    public IReadOnlyList<AssessmentPeriod> Months { get; }

    /// <summary>The monthly tables, in month order, as given.</summary>
    public IReadOnlyList<RankedTable> Tables { get; }

    /// <summary>Every department (current identity and display name), in order of first appearance: month by month, each month in ranked order, then those not assessed.</summary>
    public IReadOnlyList<Department> Departments { get; }

    /// <summary>The table of a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The table.</returns>
    /// <exception cref="KeyNotFoundException">The history has no table for that month; see <see cref="TryGetTable"/>.</exception>
    public RankedTable this[AssessmentPeriod month] =>
        TryGetTable(month, out var table) ? table : throw new KeyNotFoundException($"The history has no table for {month}.");

    /// <summary>Looks up the table of a month.</summary>
    /// <param name="month">The month.</param>
    /// <param name="table">The table when the history has one for that month; otherwise null.</param>
    /// <returns>True when the history has a table for that month.</returns>
    public bool TryGetTable(AssessmentPeriod month, [MaybeNullWhen(false)] out RankedTable table)
    {
        table = _byMonth.TryGetValue(month, out var m) ? m.Table : null;
        return table is not null;
    }

    /// <summary>
    /// Aggregates a period from the monthly totals (after each month's caps) of the months it covers: the sum, the
    /// average over the months each department was assessed in, or a weighted mix with evaluation scores; then ranks
    /// the result like a month. Departments assessed in too few months, without an evaluation score (weighted) or whose
    /// figure overflows are listed apart with a diagnostic. See <see cref="AggregationOptions"/> on exactness and rounding.
    /// </summary>
    /// <param name="period">The period: a quarter, half-year or year (a month gives that month's table).</param>
    /// <param name="options">How to aggregate; <see cref="AggregationOptions.Default"/> (average) when null.</param>
    /// <returns>The aggregated, ranked table.</returns>
    public AggregatedTable Aggregate(AssessmentPeriod period, AggregationOptions? options = null) =>
        Aggregation.Aggregate(this, period, options ?? AggregationOptions.Default);

    /// <summary>Rank movement, best and worst months, months at rank 1 and alerts over the whole history.</summary>
    /// <param name="options">The alert rules; <see cref="AlertOptions.Default"/> when null.</param>
    /// <returns>The analysis.</returns>
    public HistoryAnalysis Analyze(AlertOptions? options = null) =>
        Analysis.Analyze(this, null, options ?? AlertOptions.Default);

    /// <summary>
    /// Rank movement, best and worst months, months at rank 1 and alerts within <paramref name="period"/>. Movements
    /// and runs are computed over the whole history (the first month of a quarter compares with the month before);
    /// rows of the period and alerts arising in it are kept.
    /// </summary>
    /// <param name="period">The period, e.g. <c>2023-Q4</c>.</param>
    /// <param name="options">The alert rules; <see cref="AlertOptions.Default"/> when null.</param>
    /// <returns>The analysis.</returns>
    public HistoryAnalysis Analyze(AssessmentPeriod period, AlertOptions? options = null) =>
        Analysis.Analyze(this, period, options ?? AlertOptions.Default);

    /// <summary>An invariant summary, e.g. <c>history 2023-01..2023-12: 12 months, 31 departments</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Months.Count == 0
        ? "empty history"
        : $"history {Months[0]}..{Months[^1]}: {Months.Count} months, {Departments.Count} departments";

    internal IReadOnlyList<HistoryMonth> MonthData => _months;

    internal HistoryMonth? MonthOf(AssessmentPeriod month) => _byMonth.GetValueOrDefault(month);

    // Sorts the months and resolves each one's departments through the aliases; the diagnostics it adds (WS402) are the
    // history's, after those of Accept.
    private static List<Diagnostic> ResolveMonths(List<RankedTable> tables, DepartmentAliases aliases, List<Diagnostic> diagnostics, out HistoryMonth[] months)
    {
        tables.Sort((a, b) => a.Period!.Value.CompareTo(b.Period!.Value));
        var display = DisplayDepartments(tables, aliases);
        months = new HistoryMonth[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            months[i] = Resolve(tables[i], aliases, display, diagnostics);
        }

        return diagnostics;
    }

    private static List<RankedTable> Accept(IEnumerable<RankedTable> tables, List<Diagnostic>? diagnostics)
    {
        Preconditions.CheckNotNull(tables);
        var accepted = new List<RankedTable>();
        var months = new HashSet<AssessmentPeriod>();
        var index = 0;
        var culture = MessageCatalog.ActiveCulture;
        foreach (var table in tables)
        {
            index++;
            Preconditions.CheckArgument(table is not null, "The sequence contains a null table.", nameof(tables));
            var name = table!.Title is { } t ? Messages.Term(Messages.TableTitled, culture, index, t) : Messages.Term(Messages.TableNumbered, culture, index);
            var month = table.Period.GetValueOrDefault(); // a plain local (not a pattern variable): mutation testing needs it definitely assigned
            if (table.Period is not { Kind: PeriodKind.Month })
            {
                var problem = table.Period is { } p
                    ? Problems.Error(Messages.PeriodNotMonth, null, null, p.ToString(), name, p.ToString())
                    : Problems.Error(Messages.PeriodNone, null, null, table.Title, name);
                Preconditions.CheckArgument(diagnostics is not null, problem.Message, nameof(tables));
                diagnostics!.Add(problem);
                continue;
            }

            if (!months.Add(month))
            {
                var problem = Problems.Error(DiagnosticCodes.HistoryMonthRepeated, null, null, month.ToString(), name, month.ToString());
                Preconditions.CheckArgument(diagnostics is not null, problem.Message, nameof(tables));
                diagnostics!.Add(problem);
                continue;
            }

            accepted.Add(table);
        }

        return accepted;
    }

    // The object each current department is shown as: its latest own appearance, else its alias target.
    private static Dictionary<Department, Department> DisplayDepartments(List<RankedTable> tables, DepartmentAliases aliases)
    {
        var display = new Dictionary<Department, Department>();
        foreach (var table in tables)
        {
            foreach (var printed in table.Rows.Select(r => r.Department).Concat(table.NotAssessed.Select(a => a.Department)))
            {
                var current = aliases.Resolve(printed);
                if (ReferenceEquals(current, printed))
                {
                    display[current] = printed;
                }
                else
                {
                    display.TryAdd(current, current);
                }
            }
        }

        return display;
    }

    private static HistoryMonth Resolve(RankedTable table, DepartmentAliases aliases, Dictionary<Department, Department> display, List<Diagnostic> diagnostics)
    {
        var month = table.Period!.Value;
        var entries = new List<HistoryEntry>(table.Rows.Count + table.NotAssessed.Count);
        var taken = new Dictionary<Department, HistoryEntry>();
        void Add(Department printed, RankedRow? row, NotAssessedEntry? notAssessed)
        {
            var current = display[aliases.Resolve(printed)];
            if (taken.TryGetValue(current, out var first))
            {
                diagnostics.Add(Problems.Error(DiagnosticCodes.HistoryDepartmentRepeated, null, null, printed.Name,
                    month.ToString(), printed.Name, first.AsPrinted.Name, current.Name));
                return;
            }

            var entry = new HistoryEntry(current, printed, row, notAssessed);
            taken.Add(current, entry);
            entries.Add(entry);
        }

        foreach (var row in table.Rows)
        {
            Add(row.Department, row, null);
        }

        foreach (var a in table.NotAssessed)
        {
            Add(a.Department, null, a);
        }

        return new HistoryMonth(month, table, entries.ToArray());
    }
}
