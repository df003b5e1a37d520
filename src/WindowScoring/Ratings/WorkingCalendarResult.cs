namespace WindowScoring.Ratings;

/// <summary>The outcome of reading a working calendar: the calendar (of the lines that could be read) and the diagnostics. Immutable.</summary>
public sealed class WorkingCalendarResult : DiagnosticResult<WorkingCalendarResult>
{
    internal WorkingCalendarResult(WorkingCalendar calendar, IReadOnlyList<Diagnostic> diagnostics)
        : base(diagnostics)
    {
        Calendar = calendar;
    }

    /// <summary>The calendar.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>An invariant summary.</summary>
    /// <returns>E.g. <c>WorkingCalendar { Years = 2025, … }, 0 errors</c>.</returns>
    public override string ToString() => $"{Calendar}, {ErrorCount} errors";
}
