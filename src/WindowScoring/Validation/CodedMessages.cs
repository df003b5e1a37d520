using FluentValidation;

namespace WindowScoring.Validation;

/// <summary>
/// Gives a FluentValidation rule its code and its message from the library's catalogue (<see cref="MessageCatalog"/>),
/// in the language of <see cref="MessageCatalog.ActiveCulture"/> when the rule fails.
/// </summary>
/// <remarks>
/// Owned by this library: FluentValidation's global <c>LanguageManager</c> is neither read for these messages nor
/// changed. Stateless and thread-safe.
/// </remarks>
internal static class CodedMessages
{
    /// <summary>The name of a figure (<c>BaseScore</c>, <c>Deduction</c>, <c>Bonus</c>) in the active language.</summary>
    internal static string FigureName(string propertyName) => Messages.Term(propertyName);

    /// <summary>
    /// Sets the rule's error code and a message from the catalogue, chosen when the rule fails (so it follows the
    /// active culture of the validating thread).
    /// </summary>
    internal static IRuleBuilderOptions<T, TProperty> WithCode<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string key, Func<T, TProperty, string[]>? args = null) =>
        rule.WithErrorCode(MessageCatalog.CodeOf(key)).WithMessage((instance, value) => Messages.Format(key, [.. args?.Invoke(instance, value) ?? []]));
}
