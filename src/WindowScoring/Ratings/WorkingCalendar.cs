using System.Globalization;

namespace WindowScoring.Ratings;

/// <summary>
/// Which days are working days (工作日), for deadlines counted in working days (a 差评's 15 working days to rectify): Monday
/// to Friday, less the public holidays (法定节假日), plus the make-up working days on a weekend (调休上班), as the State
/// Council publishes them each year. The holidays and make-up days are data (<see cref="Parse"/>; the published schedules
/// for 2024, 2025 and 2026 are in the repository's <c>samples/data/holidays-*.txt</c>), never built in: a calendar covers the
/// years its data names, and a deadline that falls past them cannot be computed (<see cref="TryAddWorkingDays"/> says so;
/// the tally reports WS808), never guessed. <see cref="WeekendsOnly"/> is the host's explicit choice of weekends alone, every year.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WorkingCalendar
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;
    private readonly HashSet<int>? _years;

    /// <summary>Creates a calendar covering <paramref name="years"/>.</summary>
    /// <param name="years">The years whose holidays and make-up days are given (a deadline in another year is not computed).</param>
    /// <param name="holidays">Public holidays that fall on what would be a working day (weekend days may be listed too).</param>
    /// <param name="workdays">Make-up working days (调休上班) on a weekend.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A day is both a holiday and a working day, or lies outside <paramref name="years"/>.</exception>
    public WorkingCalendar(IEnumerable<int> years, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
        : this(Preconditions.CheckNotNull(years).ToHashSet(), Preconditions.CheckNotNull(holidays).ToHashSet(), Preconditions.CheckNotNull(workdays).ToHashSet())
    {
        Preconditions.CheckArgument(!_holidays.Overlaps(_workdays), "A day is both a holiday and a working day.", nameof(holidays));
        Preconditions.CheckArgument(_holidays.Concat(_workdays).All(d => _years!.Contains(d.Year)), "A day lies outside the calendar's years.", nameof(years));
    }

    private WorkingCalendar(HashSet<int>? years, HashSet<DateOnly> holidays, HashSet<DateOnly> workdays)
    {
        _years = years;
        _holidays = holidays;
        _workdays = workdays;
    }

    /// <summary>Monday to Friday are working days, every year, with no holidays: a host's explicit choice when it has no
    /// holiday schedule (deadlines then ignore 国庆, 春节 and the other holidays).</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new(null, [], []);

    /// <summary>The years covered, in order; empty for <see cref="WeekendsOnly"/> (which covers every year).</summary>
    public IReadOnlyList<int> Years => _years is null ? [] : [.. _years.Order()];

    /// <summary>True when the calendar knows the working days of <paramref name="date"/>'s year.</summary>
    /// <param name="date">A day.</param>
    /// <returns>True when covered.</returns>
    public bool Covers(DateOnly date) => _years is null || _years.Contains(date.Year);

    /// <summary>True when <paramref name="date"/> is a working day (whether or not its year is covered: outside the covered
    /// years only weekends are known).</summary>
    /// <param name="date">A day.</param>
    /// <returns>True for a working day.</returns>
    public bool IsWorkingDay(DateOnly date) =>
        _workdays.Contains(date) || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(date));

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/> (the start day itself is not counted: 15
    /// working days after a rating on Thursday 2025-09-25 end on Friday 2025-10-24, past 国庆 and the make-up Saturday
    /// 2025-10-11); 0 days is the start day itself.
    /// </summary>
    /// <param name="start">The day counting starts after.</param>
    /// <param name="days">How many working days; not negative.</param>
    /// <param name="deadline">The deadline; default when it cannot be computed.</param>
    /// <returns>False when a day counted falls in a year the calendar does not cover.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative or beyond 3660.</exception>
    public bool TryAddWorkingDays(DateOnly start, int days, out DateOnly deadline)
    {
        Preconditions.CheckRange(days, 0, 3660);
        deadline = default;
        var day = start;
        for (var counted = 0; counted < days;)
        {
            if (day == DateOnly.MaxValue)
            {
                return false;
            }

            day = day.AddDays(1);
            if (!Covers(day))
            {
                return false;
            }

            counted += IsWorkingDay(day) ? 1 : 0;
        }

        deadline = day;
        return true;
    }

    /// <summary>
    /// Reads a calendar from text, one entry a line: a day or a range of days (<c>2025-10-01</c>, <c>2025-10-01..2025-10-08</c>)
    /// then <c>休</c> (holiday) or <c>班</c> (make-up working day) (or <c>holiday</c>/<c>workday</c>), then an optional name.
    /// Blank lines and lines starting with <c>#</c> are skipped. The years covered are the years of the days listed. A bad
    /// line is a diagnostic (WS809) naming it, and is not used.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The calendar and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static WorkingCalendarResult Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var holidays = new HashSet<DateOnly>();
        var workdays = new HashSet<DateOnly>();
        var diagnostics = new List<Diagnostic>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = TextFolding.Fold(lines[i]).Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!TryParseLine(line, out var from, out var to, out var holiday) || to < from || to.DayNumber - from.DayNumber > 366)
            {
                diagnostics.Add(Problems.Error(DiagnosticCodes.CalendarLineInvalid, i + 1, null, DelimitedText(line)));
                continue;
            }

            for (var d = from; d <= to; d = d.AddDays(1))
            {
                (holiday ? workdays : holidays).Remove(d); // a later line wins
                (holiday ? holidays : workdays).Add(d);
            }
        }

        var years = holidays.Concat(workdays).Select(d => d.Year).ToHashSet();
        return new WorkingCalendarResult(new WorkingCalendar(years, holidays, workdays), diagnostics);
    }

    /// <summary>An invariant summary, e.g. <c>WorkingCalendar { Years = 2024, 2025, Holidays = 28, Workdays = 10 }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _years is null
        ? "WorkingCalendar { WeekendsOnly }"
        : $"WorkingCalendar {{ Years = {string.Join(", ", Years)}, Holidays = {_holidays.Count}, Workdays = {_workdays.Count} }}";

    private static bool TryParseLine(string line, out DateOnly from, out DateOnly to, out bool holiday)
    {
        from = to = default;
        holiday = false;
        var parts = line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return false;
        }

        var range = parts[0].Split("..");
        if (range.Length > 2 || !TryDate(range[0], out from) || !TryDate(range[^1], out to))
        {
            return false;
        }

        switch (parts[1].ToLowerInvariant())
        {
            case "休" or "holiday":
                holiday = true;
                return true;
            case "班" or "workday":
                return true;
            default:
                return false;
        }
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string DelimitedText(string line) => line.Length <= 200 ? line : line[..200];
}
