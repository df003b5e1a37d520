namespace WindowScoring.Validation;

/// <summary>
/// One department's figures as a user entered them, before they are checked: the shape a host binds a
/// form or a JSON body to. Every field may be missing or wrong; <c>AssessmentInputValidator</c> says what
/// is wrong (with stable codes), and <see cref="ToAssessment"/> turns a valid input into an <see cref="Assessment"/>
/// (<see cref="ToNotAssessed"/> into a <see cref="NotAssessedEntry"/> when it is marked not assessed).
/// </summary>
/// <remarks>
/// <para>Unlike <see cref="Assessment"/>, which rejects a negative deduction in its constructor (a programmer
/// error), this type accepts anything, so that bad data becomes a validation error rather than an exception.</para>
/// <para>Immutable (init-only properties); safe to share between threads.</para>
/// </remarks>
public sealed record AssessmentInput
{
    /// <summary>The department's stable code (e.g. an organisation code); when blank, the code is derived from <see cref="DepartmentName"/>.</summary>
    public string? DepartmentCode { get; init; }

    /// <summary>The department's display name (部门窗口); when blank, the code is used as the name.</summary>
    public string? DepartmentName { get; init; }

    /// <summary>The base score (基础分); required when assessed; must equal the scheme's base score.</summary>
    public decimal? BaseScore { get; init; }

    /// <summary>The deduction (减分) as a non-negative magnitude (12.5 for a printed -12.5); required when assessed.</summary>
    public decimal? Deduction { get; init; }

    /// <summary>The bonus (加分); required when assessed; not negative and not above the scheme's bonus cap.</summary>
    public decimal? Bonus { get; init; }

    /// <summary>True when the department was not assessed in the period (不参与考核); then it has no figures.</summary>
    public bool NotAssessed { get; init; }

    /// <summary>Why the department was not assessed, e.g. "新进驻" (newly moved in); optional.</summary>
    public string? NotAssessedReason { get; init; }

    /// <summary>The group the department is ranked in when the scheme has groups with their own full marks (see <see cref="Assessment.Group"/>); null for none.</summary>
    public string? Group { get; init; }

    /// <summary>
    /// Creates the <see cref="Assessment"/> this input describes. Validate first (with
    /// <c>AssessmentInputValidator</c>): this method checks only what it needs to build the value and throws
    /// for anything else; it never repairs a value.
    /// </summary>
    /// <returns>An assessment with a full breakdown.</returns>
    /// <exception cref="InvalidOperationException">
    /// The input names no department, lacks a figure, has a negative figure, or is marked not assessed (call
    /// <see cref="ToNotAssessed"/>).
    /// </exception>
    /// <exception cref="OverflowException">The total is beyond the range of <see cref="decimal"/> (the validator reports this as WS207).</exception>
    public Assessment ToAssessment()
    {
        var department = ToDepartment();
        Preconditions.CheckState(!NotAssessed, "The input is marked not assessed: it is a NotAssessedEntry (ToNotAssessed), not an assessment.");
        Preconditions.CheckState(
            BaseScore is >= 0m && Deduction is >= 0m && Bonus is >= 0m,
            "The base score, deduction and bonus must all be given and not negative; validate the input first.");
        return new Assessment(department, BaseScore!.Value, Deduction!.Value, Bonus!.Value) { Group = Group }; // a blank group is null (Assessment.Group)
    }

    /// <summary>
    /// Creates the <see cref="NotAssessedEntry"/> this input describes when it is marked <see cref="NotAssessed"/>.
    /// Validate first (with <c>AssessmentInputValidator</c>).
    /// </summary>
    /// <returns>The entry, with the reason and the group.</returns>
    /// <exception cref="InvalidOperationException">The input names no department, is not marked not assessed (call
    /// <see cref="ToAssessment"/>), or carries figures.</exception>
    public NotAssessedEntry ToNotAssessed()
    {
        var department = ToDepartment();
        Preconditions.CheckState(NotAssessed, "The input is not marked not assessed: it is an assessment (ToAssessment).");
        Preconditions.CheckState(
            BaseScore is null && Deduction is null && Bonus is null,
            "A department that was not assessed has no figures; validate the input first.");
        return new NotAssessedEntry(department, NotAssessedReason) { Group = Group };
    }

    /// <summary>
    /// An invariant one-line summary, e.g. <c>教育厅: base 100, deduction 12, bonus 1</c> (<c>?</c> for a missing
    /// figure), so logs and test failures read the same on every machine.
    /// </summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var who = !string.IsNullOrWhiteSpace(DepartmentName) ? DepartmentName : !string.IsNullOrWhiteSpace(DepartmentCode) ? DepartmentCode : "(no department)";
        var figures = $"base {Format(BaseScore)}, deduction {Format(Deduction)}, bonus {Format(Bonus)}";
        return NotAssessed
            ? $"{who}: not assessed{(string.IsNullOrWhiteSpace(NotAssessedReason) ? string.Empty : " (" + NotAssessedReason.Trim() + ")")}{(BaseScore is null && Deduction is null && Bonus is null ? string.Empty : "; " + figures)}"
            : $"{who}: {figures}";

        static string Format(decimal? value) => value is { } v ? ScoreText.Format(v) : "?";
    }

    private Department ToDepartment()
    {
        var hasCode = !string.IsNullOrWhiteSpace(DepartmentCode);
        var hasName = !string.IsNullOrWhiteSpace(DepartmentName);
        Preconditions.CheckState(hasCode || hasName, "The input names no department; validate the input first.");
        return hasCode
            ? new Department(DepartmentCode!, hasName ? DepartmentName! : DepartmentCode!)
            : Department.FromName(DepartmentName!);
    }
}
