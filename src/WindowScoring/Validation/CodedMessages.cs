using System.Globalization;
using FluentValidation;

namespace WindowScoring.Validation;

/// <summary>
/// Gives a FluentValidation rule its code and its message from the library's catalogue (<see cref="Messages"/>), in
/// the language of the culture given (null: the current UI culture of the validating thread).
/// </summary>
/// <remarks>
/// Owned by this library: FluentValidation's global <c>LanguageManager</c> is neither read for these messages nor
/// changed. Stateless and thread-safe.
/// </remarks>
internal static class CodedMessages
{
    /// <summary>The name of a figure (<c>BaseScore</c>, <c>Deduction</c>, <c>Bonus</c>) in the language of <paramref name="culture"/>.</summary>
    internal static string FigureName(string propertyName, CultureInfo? culture) => Messages.Term(propertyName, culture);

    /// <summary>
    /// Sets the rule's error code and a message in the language of <paramref name="culture"/>, chosen when the
    /// rule fails (so a null culture follows the current UI culture of the validating thread).
    /// </summary>
    internal static IRuleBuilderOptions<T, TProperty> WithCode<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string key, CultureInfo? culture, Func<T, TProperty, string[]>? args = null) =>
        rule.WithErrorCode(Messages.CodeOf(key)!).WithMessage((instance, value) => Messages.Format(key, culture, [.. args?.Invoke(instance, value) ?? []]));
}
