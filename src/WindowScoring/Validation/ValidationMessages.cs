using System.Globalization;
using FluentValidation;

namespace WindowScoring.Validation;

/// <summary>
/// The messages of every validation rule, keyed by its code, in Simplified Chinese and in English. A culture
/// whose name starts with <c>zh</c> gets Chinese; every other culture (the invariant one included) gets English.
/// </summary>
/// <remarks>
/// Owned by this library: FluentValidation's global <c>LanguageManager</c> is neither read for these messages nor
/// changed. Templates are composite formats filled invariantly; arguments are formatted by the caller (scores
/// via <see cref="ScoreText.Format"/>). Stateless and thread-safe.
/// </remarks>
internal static class ValidationMessages
{
    private static readonly Dictionary<string, (string Chinese, string English)> Templates = new(StringComparer.Ordinal)
    {
        [DiagnosticCodes.DepartmentRequired] = (
            "未填写部门：请填写部门名称或部门代码。",
            "No department given: enter the department's name or code."),
        [DiagnosticCodes.FigureRequired] = (
            "未填写{0}：参与考核的部门须填写基础分、减分和加分。",
            "The {0} is missing: an assessed department needs a base score, a deduction and a bonus."),
        [DiagnosticCodes.FigureNegative] = (
            "{0}为 {1}，不能为负数（减分按绝对值填写，如 -12.5 填 12.5）。",
            "The {0} is {1}; it must not be negative (enter a deduction as a magnitude: 12.5 for a printed -12.5)."),
        [DiagnosticCodes.BaseScoreMismatch] = (
            "基础分为 {0}，与考核办法规定的基础分 {1} 不一致。",
            "The base score is {0}; the scheme's base score is {1}."),
        [DiagnosticCodes.BonusAboveCap] = (
            "加分为 {0}，超过考核办法规定的加分上限 {1}。",
            "The bonus is {0}, above the scheme's bonus cap of {1}."),
        [DiagnosticCodes.FigureOffStep] = (
            "{0}为 {1}，不是考核办法规定的计分单位 {2} 的整数倍。",
            "The {0} is {1}, not a multiple of the scheme's step of {2}."),
        [DiagnosticCodes.NotAssessedHasFigures] = (
            "该部门标记为不参与考核，不应填写{0}（填写的是 {1}）。",
            "The department is marked not assessed, so it has no {0} (found {1})."),
        [DiagnosticCodes.TotalOutOfRange] = (
            "基础分 {0} − 减分 {1} + 加分 {2} 超出可计算的数值范围。",
            "The total of base {0} − deduction {1} + bonus {2} is beyond the range of numbers that can be computed."),
        [DiagnosticCodes.FloorAboveCap] = (
            "总分下限 {0} 高于总分上限 {1}。",
            "The total floor {0} is above the total cap {1}."),
        [DiagnosticCodes.CapBelowBase] = (
            "总分上限 {0} 低于基础分 {1}，未被扣分的窗口也会被削减。",
            "The total cap {0} is below the base score {1}, so a window with nothing deducted would be cut."),
        [DiagnosticCodes.FloorAboveBase] = (
            "总分下限 {0} 高于基础分 {1}，未获加分的窗口也会被抬高。",
            "The total floor {0} is above the base score {1}, so a window with nothing added would be raised."),
        [DiagnosticCodes.BaseOffStep] = (
            "基础分 {0} 不是计分单位 {1} 的整数倍，任何考核结果都无法通过计分单位校验。",
            "The base score {0} is not a multiple of the step {1}, so no assessment could pass the step rule."),
        [DiagnosticCodes.DepartmentRepeated] = (
            "部门“{0}”在本期考核表中重复出现（首次出现在第 {1} 条）。",
            "The department '{0}' appears more than once in the period's table (first as entry {1})."),
        [DiagnosticCodes.PeriodMissing] = (
            "考核表未注明考核期（如 2023-11）。",
            "The table has no period (such as 2023-11)."),
    };

    private static readonly Dictionary<string, (string Chinese, string English)> FigureNames = new(StringComparer.Ordinal)
    {
        [nameof(AssessmentInput.BaseScore)] = ("基础分", "base score"),
        [nameof(AssessmentInput.Deduction)] = ("减分", "deduction"),
        [nameof(AssessmentInput.Bonus)] = ("加分", "bonus"),
    };

    /// <summary>Every code that has messages.</summary>
    internal static IEnumerable<string> Codes => Templates.Keys;

    /// <summary>True when messages for <paramref name="culture"/> are in Chinese (its name starts with <c>zh</c>).</summary>
    internal static bool IsChinese(CultureInfo culture) =>
        culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message of <paramref name="code"/> in the language of <paramref name="culture"/> (the current UI culture when null).</summary>
    internal static string Format(string code, CultureInfo? culture, params string[] args)
    {
        var chinese = IsChinese(culture ?? CultureInfo.CurrentUICulture);
        var (zh, en) = Templates[code];
        return string.Format(CultureInfo.InvariantCulture, chinese ? zh : en, args);
    }

    /// <summary>The name of a figure (<c>BaseScore</c>, <c>Deduction</c>, <c>Bonus</c>) in the language of <paramref name="culture"/>.</summary>
    internal static string FigureName(string propertyName, CultureInfo? culture)
    {
        var chinese = IsChinese(culture ?? CultureInfo.CurrentUICulture);
        var (zh, en) = FigureNames[propertyName];
        return chinese ? zh : en;
    }

    /// <summary>
    /// Sets the rule's error code and a message in the language of <paramref name="culture"/>, chosen when the
    /// rule fails (so a null culture follows the current UI culture of the validating thread).
    /// </summary>
    internal static IRuleBuilderOptions<T, TProperty> WithCode<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, CultureInfo? culture, Func<T, TProperty, string[]>? args = null) =>
        rule.WithErrorCode(code).WithMessage((instance, value) => Format(code, culture, args?.Invoke(instance, value) ?? []));
}
