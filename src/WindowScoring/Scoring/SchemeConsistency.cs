using System.Globalization;

namespace WindowScoring;

/// <summary>
/// The one place that says when the settings of a <see cref="ScoringScheme"/> agree with each other, as diagnostics:
/// the total floor is not above the total cap (WS210), the total cap is not below the base score (WS211), the total
/// floor is not above the base score (WS212), and the base score is a multiple of the step (WS213). Used by
/// <see cref="ScoringScheme.Validate"/> (and so by the engine), by the Validation wing's <c>ScoringSchemeValidator</c> and by the Rules
/// wing's JSON loader (<c>SchemeJson</c>), so a scheme one of them accepts is accepted by all.
/// </summary>
/// <remarks>Each diagnostic names the property in <see cref="Diagnostic.Column"/> (e.g. <c>TotalCap</c>). Stateless.</remarks>
internal static class SchemeConsistency
{
    /// <summary>The problems of <paramref name="scheme"/>, in the order above; empty when its settings agree.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="culture">The language of the messages (<see cref="MessageCatalog"/>): the active culture for data
    /// diagnostics, the invariant culture for the exception of <see cref="ScoringScheme.Validate"/>.</param>
    internal static IReadOnlyList<Diagnostic> Check(ScoringScheme scheme, CultureInfo culture)
    {
        var found = new List<Diagnostic>();
        void Add(string code, string property, params decimal[] figures) =>
            found.Add(Problems.Make(culture, code, DiagnosticSeverity.Error, null, property, ScoreText.Format(figures[0]), [.. figures.Select(ScoreText.Format)]));

        if (scheme.TotalFloor is { } floor && scheme.TotalCap is { } cap && floor > cap)
        {
            Add(DiagnosticCodes.FloorAboveCap, nameof(ScoringScheme.TotalFloor), floor, cap);
        }

        if (scheme.TotalCap is { } totalCap && totalCap < scheme.BaseScore)
        {
            Add(DiagnosticCodes.CapBelowBase, nameof(ScoringScheme.TotalCap), totalCap, scheme.BaseScore);
        }

        if (scheme.TotalFloor is { } totalFloor && totalFloor > scheme.BaseScore)
        {
            Add(DiagnosticCodes.FloorAboveBase, nameof(ScoringScheme.TotalFloor), totalFloor, scheme.BaseScore);
        }

        if (scheme.Step is { } step && !IsMultipleOf(scheme.BaseScore, step))
        {
            Add(DiagnosticCodes.BaseOffStep, nameof(ScoringScheme.BaseScore), scheme.BaseScore, step);
        }

        return found;
    }

    /// <summary>True when <paramref name="value"/> is a whole multiple of <paramref name="step"/>, exactly (decimal remainder).</summary>
    internal static bool IsMultipleOf(decimal value, decimal step) => value % step == 0m;
}
