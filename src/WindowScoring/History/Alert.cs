namespace WindowScoring.History;

/// <summary>
/// Something a host can act on (an interview, 约谈; a warning letter): which department, which rule, and the
/// months and figures behind it.
/// </summary>
/// <remarks>
/// Created only by the history analysis (the constructor is internal); properties may be added in later versions
/// without breaking callers. Immutable and safe to share between threads. Equality is reference equality.
/// </remarks>
public sealed class Alert
{
    internal Alert(AlertKind kind, Department department, IReadOnlyList<AssessmentPeriod> months, IReadOnlyList<AlertFigure> figures, string message)
    {
        Kind = kind;
        Department = department;
        Months = ReadOnly.Of(months);
        Figures = ReadOnly.Of(figures);
        Message = message;
    }

    /// <summary>The rule that fired.</summary>
    public AlertKind Kind { get; }

    /// <summary>The department (its current identity and name).</summary>
    public Department Department { get; }

    /// <summary>The months behind the alert, in order; the last is the month the alert arises in.</summary>
    public IReadOnlyList<AssessmentPeriod> Months { get; }

    /// <summary>The department's rank, table size and total in each of those months.</summary>
    public IReadOnlyList<AlertFigure> Figures { get; }

    /// <summary>A sentence naming the rule, the months and the figures (the department's name comes before it in
    /// <see cref="ToString"/>), in the language of <see cref="MessageCatalog.ActiveCulture"/> when the history was analysed.</summary>
    public string Message { get; }

    /// <summary>The month the alert arises in (the last of <see cref="Months"/>).</summary>
    public AssessmentPeriod Month => Months[^1];

    /// <summary>A one-line form, e.g. <c>2023-11 教育厅: in the bottom 3 for 2 consecutive months: …</c>: the month, the
    /// department and the message (which says what kind of alert it is in the message's language; no enum name).</summary>
    /// <returns>The line.</returns>
    public override string ToString() => $"{Month} {Department.Name}: {Message}";
}
