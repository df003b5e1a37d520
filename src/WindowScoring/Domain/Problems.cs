using System.Globalization;

namespace WindowScoring;

/// <summary>
/// The one place diagnostics are made: the code comes from the message key (<see cref="Messages.CodeOf"/>), the text
/// from the catalogue in the language of the culture given (null: the current UI culture at the time of the call).
/// </summary>
internal static class Problems
{
    /// <summary>An error.</summary>
    internal static Diagnostic Error(string key, CultureInfo? culture, int? line, string? column, string? raw, params object?[] args) =>
        Make(key, DiagnosticSeverity.Error, culture, line, column, raw, args);

    /// <summary>A warning.</summary>
    internal static Diagnostic Warning(string key, CultureInfo? culture, int? line, string? column, string? raw, params object?[] args) =>
        Make(key, DiagnosticSeverity.Warning, culture, line, column, raw, args);

    /// <summary>An information.</summary>
    internal static Diagnostic Info(string key, CultureInfo? culture, int? line, string? column, string? raw, params object?[] args) =>
        Make(key, DiagnosticSeverity.Info, culture, line, column, raw, args);

    /// <summary>A diagnostic of any severity.</summary>
    internal static Diagnostic Make(string key, DiagnosticSeverity severity, CultureInfo? culture, int? line, string? column, string? raw, params object?[] args) =>
        new(Messages.CodeOf(key)!, severity, line, column, raw, Messages.Format(key, culture, args));
}
