using System.Globalization;
using System.Text;

namespace WindowScoring;

/// <summary>
/// A data problem found while importing, validating or auditing: a value, not an exception. Importers,
/// validators and the audit all report in this one shape, so a host can show them in one list.
/// </summary>
/// <param name="Code">A stable code (see <see cref="DiagnosticCodes"/>); assert on this, not on the message.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Line">The 1-based line of the input, when it comes from a file.</param>
/// <param name="Column">The column (header name or property name), when one applies.</param>
/// <param name="RawValue">The value as found, when one applies.</param>
/// <param name="Message">A human-readable message: what was expected and what was found.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, int? Line, string? Column, string? RawValue, string Message)
{
    /// <summary>Where in a worksheet the value is (e.g. <c>Sheet1!C7</c>), when the input has cell addresses; null for text files.</summary>
    public string? Cell { get; init; }

    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>An invariant one-line form: <c>line 7: WS123 error [减分] '5,5': …</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var b = new StringBuilder();
        if (Line is { } line)
        {
            b.Append("line ").Append(line.ToString(CultureInfo.InvariantCulture)).Append(": ");
        }

        if (Cell is not null)
        {
            b.Append(Cell).Append(": ");
        }

        b.Append(Code).Append(' ').Append(Severity.ToString().ToLowerInvariant());
        if (Column is not null)
        {
            b.Append(" [").Append(Column).Append(']');
        }

        if (RawValue is not null)
        {
            b.Append(" '").Append(RawValue.Length > 60 ? RawValue[..60] + "…" : RawValue).Append('\'');
        }

        return b.Append(": ").Append(Message).ToString();
    }
}
