using System.Globalization;

namespace WindowScoring;

/// <summary>
/// How the library makes its diagnostics: the code comes from the message key, the text from <see cref="MessageCatalog"/>
/// in <see cref="MessageCatalog.ActiveCulture"/> at the time of the call, the location is set at once. It is
/// <see cref="Diagnostic.Create"/> with the location in one call (no second object per bad row). Every diagnostic comes
/// from the catalogue through one of the two, except a FluentValidation failure converted by
/// <c>ValidationDiagnostics.ToDiagnostic</c>, which keeps the failure's own code and message (this library's rules take
/// theirs from the catalogue too; a host's own rules keep their wording).
/// </summary>
internal static class Problems
{
    /// <summary>An error.</summary>
    internal static Diagnostic Error(string key, int? line, string? column, string? raw, params object?[] args) =>
        Make(key, DiagnosticSeverity.Error, line, column, raw, args);

    /// <summary>A warning.</summary>
    internal static Diagnostic Warning(string key, int? line, string? column, string? raw, params object?[] args) =>
        Make(key, DiagnosticSeverity.Warning, line, column, raw, args);

    /// <summary>An information.</summary>
    internal static Diagnostic Info(string key, int? line, string? column, string? raw, params object?[] args) =>
        Make(key, DiagnosticSeverity.Info, line, column, raw, args);

    /// <summary>A diagnostic of any severity.</summary>
    internal static Diagnostic Make(string key, DiagnosticSeverity severity, int? line, string? column, string? raw, params object?[] args) =>
        Make(MessageCatalog.ActiveCulture, key, severity, line, column, raw, args);

    /// <summary>A diagnostic in a given language (the invariant one for an exception's message).</summary>
    internal static Diagnostic Make(CultureInfo culture, string key, DiagnosticSeverity severity, int? line, string? column, string? raw, params object?[] args) =>
        new(MessageCatalog.CodeOf(key), severity, MessageCatalog.Format(key, culture, args), culture) { Line = line, Column = column, RawValue = raw };
}
