using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;

namespace WindowScoring.Validation;

/// <summary>
/// Converts FluentValidation results into <see cref="Diagnostic"/>s, the shape importers report in, so a host can
/// show file errors and rule errors in one list.
/// </summary>
/// <remarks>
/// Each failure becomes one diagnostic: <see cref="Diagnostic.Code"/> is the failure's error code (WS2xx for this
/// library's rules; a host's own rules keep theirs), <see cref="Diagnostic.Column"/> the property path
/// (<c>Assessments[3].Bonus</c>), <see cref="Diagnostic.RawValue"/> the attempted value formatted invariantly
/// (scores via <see cref="ScoreText.Format"/>), <see cref="Diagnostic.Message"/> the failure's message and the
/// severity mapped one to one. The message is FluentValidation's (this library's rules take theirs from
/// <see cref="MessageCatalog"/>); the diagnostic's <see cref="Diagnostic.ToString"/> speaks the language of
/// <see cref="MessageCatalog.ActiveCulture"/> at conversion. Stateless and thread-safe.
/// </remarks>
public static partial class ValidationDiagnostics
{
    /// <summary>Converts every failure of <paramref name="result"/> into a diagnostic, in the order of the failures.</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="line">The 1-based input line every diagnostic refers to, when the validated object came from one line of a file.</param>
    /// <returns>The diagnostics; empty when the result is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> ToDiagnostics(this ValidationResult result, int? line = null)
    {
        Preconditions.CheckNotNull(result);
        return result.Errors.Select(f => ToDiagnostic(f, line)).ToArray();
    }

    /// <summary>
    /// Converts the failures of a validated <see cref="AssessmentTable"/> into diagnostics that carry the input line of
    /// the assessment they concern: a failure on <c>Assessments[i]…</c> gets line <c>assessmentLines[i]</c>; a failure
    /// on the table itself (e.g. its period) gets no line.
    /// </summary>
    /// <param name="result">The result of validating a table.</param>
    /// <param name="assessmentLines">The input line of each assessment (<see cref="AssessmentTable.Assessments"/>), in table
    /// order; for an imported table, pass its rows instead (<see cref="ToDiagnostics(ValidationResult, IReadOnlyList{PublishedRow})"/>).</param>
    /// <returns>The diagnostics; empty when the result is valid.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Diagnostic> ToDiagnostics(this ValidationResult result, IReadOnlyList<int> assessmentLines)
    {
        Preconditions.CheckNotNull(result);
        Preconditions.CheckNotNull(assessmentLines);
        return result.Errors.Select(f => ToDiagnostic(f, LineOf(f.PropertyName, assessmentLines))).ToArray();
    }

    /// <summary>
    /// Converts the failures of a validated <see cref="AssessmentTable"/> built from published rows into diagnostics that
    /// carry the input line of the row they concern: a failure on <c>Assessments[i]…</c> gets the line of the i-th row
    /// with an assessment, a failure on <c>NotAssessed[j]…</c> the line of the j-th row of a department not assessed; a
    /// failure on the table itself (e.g. its period) gets no line.
    /// </summary>
    /// <param name="result">The result of validating a table.</param>
    /// <param name="rows">The rows the table was made of, in order; for an imported table, <c>importResult.Rows</c>
    /// (for <c>ToTable()</c>) or <c>importResult.RowsWithoutErrors()</c> (for <c>ToPartialTable()</c>).</param>
    /// <returns>The diagnostics; empty when the result is valid.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Diagnostic> ToDiagnostics(this ValidationResult result, IReadOnlyList<PublishedRow> rows)
    {
        Preconditions.CheckNotNull(result);
        Preconditions.CheckNotNull(rows);
        var assessed = rows.Where(r => r.Assessment is not null).Select(r => r.Line).ToArray();
        var notAssessed = rows.Where(r => r.Assessment is null).Select(r => r.Line).ToArray();
        return result.Errors.Select(f => ToDiagnostic(f, LineOf(f.PropertyName, assessed) ?? LineOf(f.PropertyName, notAssessed, NotAssessedIndex()))).ToArray();
    }

    /// <summary>Converts one failure into a diagnostic.</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="line">The 1-based input line, when known.</param>
    /// <returns>The diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failure"/> is null.</exception>
    public static Diagnostic ToDiagnostic(this ValidationFailure failure, int? line = null)
    {
        Preconditions.CheckNotNull(failure);
        var culture = MessageCatalog.ActiveCulture;
        return new Diagnostic(failure.ErrorCode ?? string.Empty, ToSeverity(failure.Severity), failure.ErrorMessage ?? string.Empty, culture)
        {
            Line = line,
            Column = string.IsNullOrEmpty(failure.PropertyName) ? null : failure.PropertyName,
            RawValue = FormatValue(failure.AttemptedValue),
        };
    }

    /// <summary>Maps a FluentValidation severity to a diagnostic severity.</summary>
    /// <param name="severity">The FluentValidation severity.</param>
    /// <returns>The same level as a <see cref="DiagnosticSeverity"/>.</returns>
    public static DiagnosticSeverity ToSeverity(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static string? FormatValue(object? value) => value switch
    {
        null => null,
        decimal d => ScoreText.Format(d),
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static int? LineOf(string? propertyName, IReadOnlyList<int> lines, Regex? index = null)
    {
        var match = propertyName is null ? null : (index ?? AssessmentIndex()).Match(propertyName);
        return match is { Success: true }
            && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            && i < lines.Count
            ? lines[i]
            : null;
    }

    [GeneratedRegex(@"^Assessments\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex AssessmentIndex();

    [GeneratedRegex(@"^NotAssessed\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex NotAssessedIndex();
}
