namespace WindowScoring.Validation;

/// <summary>
/// One department's figures exactly as a web form posts them: every field is text, so <c>abc</c> typed into the bonus
/// field reaches <see cref="AssessmentFormValidator"/> as <c>abc</c> and is reported as not a number (WS123), not lost in
/// model binding and reported as missing. Valid forms become an <see cref="AssessmentInput"/> (<see cref="ToInput()"/>),
/// an <see cref="Assessment"/> (<see cref="ToAssessment"/>) or, marked not assessed, a <see cref="NotAssessedEntry"/>
/// (<see cref="ToNotAssessed"/>).
/// </summary>
/// <remarks>
/// <para>Figures are parsed by <see cref="ScoreText.TryParse"/>: culture-invariant plain numbers (<c>114.5</c>,
/// <c>-0.5</c>); a blank field is a missing figure.</para>
/// <para>Immutable (init-only properties); safe to share between threads.</para>
/// </remarks>
public sealed record AssessmentForm
{
    /// <summary>The department's stable code; when blank, the code is derived from <see cref="DepartmentName"/>.</summary>
    public string? DepartmentCode { get; init; }

    /// <summary>The department's display name (部门窗口); when blank, the code is used as the name.</summary>
    public string? DepartmentName { get; init; }

    /// <summary>The base score (基础分) as typed; required when assessed.</summary>
    public string? BaseScore { get; init; }

    /// <summary>The deduction (减分) as typed, a non-negative magnitude; required when assessed.</summary>
    public string? Deduction { get; init; }

    /// <summary>The bonus (加分) as typed; required when assessed.</summary>
    public string? Bonus { get; init; }

    /// <summary>True when the department was not assessed in the period (不参与考核); then it has no figures.</summary>
    public bool NotAssessed { get; init; }

    /// <summary>Why the department was not assessed, e.g. "新进驻"; optional.</summary>
    public string? NotAssessedReason { get; init; }

    /// <summary>The group the department is ranked in, when the scheme has groups; null for none.</summary>
    public string? Group { get; init; }

    /// <summary>
    /// The <see cref="AssessmentInput"/> this form describes: blank figures become null, the others are parsed.
    /// Validate first (with <see cref="AssessmentFormValidator"/>); this method never guesses a number.
    /// </summary>
    /// <returns>The input.</returns>
    /// <exception cref="InvalidOperationException">A figure is neither blank nor a plain number.</exception>
    public AssessmentInput ToInput() => ToInput([]);

    /// <summary>The input with the figures named in <paramref name="left"/> left out (null); the others must parse.</summary>
    internal AssessmentInput ToInput(IReadOnlyCollection<string> left) => new()
    {
        DepartmentCode = DepartmentCode,
        DepartmentName = DepartmentName,
        BaseScore = left.Contains(nameof(BaseScore)) ? null : Figure(BaseScore),
        Deduction = left.Contains(nameof(Deduction)) ? null : Figure(Deduction),
        Bonus = left.Contains(nameof(Bonus)) ? null : Figure(Bonus),
        NotAssessed = NotAssessed,
        NotAssessedReason = NotAssessedReason,
        Group = Group,
    };

    /// <summary>The <see cref="Assessment"/> this form describes: <c>ToInput().ToAssessment()</c>. Validate first.</summary>
    /// <returns>An assessment with a full breakdown.</returns>
    /// <exception cref="InvalidOperationException">The form is not valid or is marked not assessed (see <see cref="AssessmentInput.ToAssessment"/>).</exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="decimal"/>.</exception>
    public Assessment ToAssessment() => ToInput().ToAssessment();

    /// <summary>The <see cref="NotAssessedEntry"/> this form describes when it is marked not assessed: <c>ToInput().ToNotAssessed()</c>. Validate first.</summary>
    /// <returns>The entry, with the reason and the group.</returns>
    /// <exception cref="InvalidOperationException">The form is not valid or is not marked not assessed (see <see cref="AssessmentInput.ToNotAssessed"/>).</exception>
    public NotAssessedEntry ToNotAssessed() => ToInput().ToNotAssessed();

    /// <summary>The names of the figures that are neither blank nor a plain number (those <see cref="ToInput()"/> refuses).</summary>
    internal IReadOnlyCollection<string> UnparsedFigures()
    {
        var unparsed = new List<string>(3);
        foreach (var (name, text) in new[] { (nameof(BaseScore), BaseScore), (nameof(Deduction), Deduction), (nameof(Bonus), Bonus) })
        {
            if (!Parses(text))
            {
                unparsed.Add(name);
            }
        }

        return unparsed;
    }

    /// <summary>True when <paramref name="text"/> is blank or a plain number.</summary>
    internal static bool Parses(string? text) => string.IsNullOrWhiteSpace(text) || ScoreText.TryParse(text, out _);

    private static decimal? Figure(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        Preconditions.CheckState(ScoreText.TryParse(text, out var value), "A figure of the form is not a number; validate the form first.");
        return value;
    }
}
