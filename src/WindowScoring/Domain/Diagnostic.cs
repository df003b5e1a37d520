using System.Globalization;
using System.Text;

namespace WindowScoring;

/// <summary>
/// A data problem found while importing, validating, assessing, aggregating, loading a scheme or auditing: a value, not
/// an exception. Every part of the library (and its companion packages) reports in this one shape, so a host shows them
/// in one list; the audit's findings are diagnostics too, with <see cref="Expected"/> and <see cref="RawValue"/> (found).
/// </summary>
/// <remarks>
/// <para><b>Made from the catalogue.</b> Every diagnostic has a code and a message from <see cref="MessageCatalog"/> in
/// the language of <see cref="MessageCatalog.ActiveCulture"/> at the moment it is made. There is no public constructor
/// taking free text: a package or a host's own <c>ITableSource</c> registers its codes
/// (<see cref="MessageCatalog.Register"/>) and calls <see cref="Create"/> (or <see cref="Error"/>, <see cref="Warning"/>,
/// <see cref="Info"/>), then locates the diagnostic with <c>with</c>:
/// <c>Diagnostic.Error("HALL01", "7") with { Line = 7, Column = "日期", RawValue = "7" }</c>. The code, severity and message
/// cannot be changed by <c>with</c>; the location can.</para>
/// <para><b>Language.</b> A diagnostic remembers the culture it was made in: <see cref="Message"/> and
/// <see cref="ToString"/> (<c>line 7: …</c> or <c>第 7 行：…</c>, with the word for the severity) are in that language, even
/// when printed later on another thread.</para>
/// <para>Immutable; safe to share between threads; equal when every property (and the language) is equal.</para>
/// </remarks>
public sealed record Diagnostic
{
    private readonly CultureInfo _culture;

    /// <summary>Makes a diagnostic from parts already resolved (the catalogue's factories and the FluentValidation adapter).</summary>
    internal Diagnostic(string code, DiagnosticSeverity severity, string message, CultureInfo culture)
    {
        Code = code;
        Severity = severity;
        Message = message;
        _culture = culture;
    }

    /// <summary>A stable code (see <see cref="DiagnosticCodes"/>); assert on this, not on the message.</summary>
    public string Code { get; }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The 1-based line of the input, when it comes from a file.</summary>
    public int? Line { get; init; }

    /// <summary>The column (header name as found, a property path or a JSON path), when one applies.</summary>
    public string? Column { get; init; }

    /// <summary>The value as found, when one applies (for the audit: what the table prints).</summary>
    public string? RawValue { get; init; }

    /// <summary>What was expected instead of <see cref="RawValue"/>, in invariant text, when the library knows it (for the
    /// audit: what the recomputation gives).</summary>
    public string? Expected { get; init; }

    /// <summary>Where in a worksheet the value is (e.g. <c>Sheet1!C7</c>), when the input has cell addresses; null for text files.</summary>
    public string? Cell { get; init; }

    /// <summary>A human-readable message in the language the diagnostic was made in: what was expected and what was found.</summary>
    public string Message { get; }

    /// <summary>True when <see cref="Severity"/> is <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// Makes a diagnostic from the catalogue: its code is <paramref name="key"/> up to the first dot, its message the
    /// key's text in <see cref="MessageCatalog.ActiveCulture"/> filled invariantly with <paramref name="arguments"/>.
    /// </summary>
    /// <param name="key">A catalogue key: a code (<c>WS123</c>) or a code and a variant (<c>WS116.UnterminatedQuote</c>).</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="arguments">The values of the text's placeholders, formatted invariantly (scores with <c>ScoreText.Format</c>).</param>
    /// <returns>A diagnostic without a location; add one with <c>with { Line = …, Column = …, RawValue = … }</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is not in the catalogue, or <paramref name="severity"/> is not defined.</exception>
    public static Diagnostic Create(string key, DiagnosticSeverity severity, params object?[] arguments)
    {
        Preconditions.CheckDefined(severity);
        var culture = MessageCatalog.ActiveCulture;
        return new(MessageCatalog.CodeOf(Preconditions.CheckNotNull(key)), severity, MessageCatalog.Format(key, culture, arguments), culture);
    }

    /// <summary>An error made from the catalogue (see <see cref="Create"/>).</summary>
    /// <param name="key">A catalogue key.</param>
    /// <param name="arguments">The values of the text's placeholders.</param>
    /// <returns>The diagnostic, without a location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is not in the catalogue.</exception>
    public static Diagnostic Error(string key, params object?[] arguments) => Create(key, DiagnosticSeverity.Error, arguments);

    /// <summary>A warning made from the catalogue (see <see cref="Create"/>).</summary>
    /// <param name="key">A catalogue key.</param>
    /// <param name="arguments">The values of the text's placeholders.</param>
    /// <returns>The diagnostic, without a location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is not in the catalogue.</exception>
    public static Diagnostic Warning(string key, params object?[] arguments) => Create(key, DiagnosticSeverity.Warning, arguments);

    /// <summary>An information made from the catalogue (see <see cref="Create"/>).</summary>
    /// <param name="key">A catalogue key.</param>
    /// <param name="arguments">The values of the text's placeholders.</param>
    /// <returns>The diagnostic, without a location.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException">The key is not in the catalogue.</exception>
    public static Diagnostic Info(string key, params object?[] arguments) => Create(key, DiagnosticSeverity.Info, arguments);

    /// <summary>
    /// One line in the language the diagnostic was made in: <c>line 7: WS123 error [减分] '5,5': …</c>, or
    /// <c>第 7 行：WS123 错误 [减分] “5,5”：…</c> in Chinese. Numbers are invariant.
    /// </summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var separator = Messages.Format(Messages.SeparatorTerm, _culture);
        var b = new StringBuilder();
        if (Line is { } line)
        {
            b.Append(Messages.Format(Messages.LineTerm, _culture, line.ToString(CultureInfo.InvariantCulture))).Append(separator);
        }

        if (Cell is not null)
        {
            b.Append(Cell).Append(separator);
        }

        b.Append(Code).Append(' ').Append(Messages.Format(Messages.SeverityPrefix + Severity, _culture));
        if (Column is not null)
        {
            b.Append(" [").Append(Column).Append(']');
        }

        if (RawValue is not null)
        {
            b.Append(' ').Append(Messages.Format(Messages.QuotedTerm, _culture, RawValue.Length > 60 ? RawValue[..60] + "…" : RawValue));
        }

        return b.Append(separator).Append(Message).ToString();
    }
}
