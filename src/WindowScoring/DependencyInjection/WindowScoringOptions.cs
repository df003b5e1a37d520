using System.Globalization;
using WindowScoring;
using WindowScoring.History;
using WindowScoring.Import;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What a host configures when it calls <c>services.AddWindowScoring(o =&gt; …)</c>: the scheme, the import options
/// and the language of every message. Read once, when the services are registered.
/// </summary>
/// <remarks>Mutable, for the configure callback only; the registered services are immutable.</remarks>
public sealed class WindowScoringOptions
{
    private ScoringScheme _scheme = ScoringScheme.Default;
    private ImportOptions _import = ImportOptions.Default;
    private AggregationOptions _aggregation = AggregationOptions.Default;
    private AlertOptions _alerts = AlertOptions.Default;

    /// <summary>The scheme the engine scores under and the validators check against; <see cref="ScoringScheme.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ScoringScheme Scheme
    {
        get => _scheme;
        set => _scheme = Preconditions.CheckNotNull(value);
    }

    /// <summary>The options the registered <see cref="AssessmentTableReader"/> uses by default; <see cref="ImportOptions.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ImportOptions Import
    {
        get => _import;
        set => _import = Preconditions.CheckNotNull(value);
    }

    /// <summary>The hall's default way of aggregating quarters, half-years and years; <see cref="AggregationOptions.Default"/> (average) by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public AggregationOptions Aggregation
    {
        get => _aggregation;
        set => _aggregation = Preconditions.CheckNotNull(value);
    }

    /// <summary>The hall's alert rules over a history; <see cref="AlertOptions.Default"/> (bottom 3 for 2 months, drops of more than 5) by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public AlertOptions Alerts
    {
        get => _alerts;
        set => _alerts = Preconditions.CheckNotNull(value);
    }

    /// <summary>
    /// The culture that chooses the language of the messages of every registered service: the readers (it replaces
    /// <see cref="ImportOptions.MessageCulture"/> of <see cref="Import"/>), the engine's <c>Assess</c>, the audit and the
    /// validators. A name starting with <c>zh</c> gives Simplified Chinese, anything else English. Null (the default)
    /// leaves <see cref="Import"/>'s own culture to the readers and lets every other service follow
    /// <see cref="CultureInfo.CurrentUICulture"/> at the time of each call, so a web host that sets the UI culture per
    /// request gets each request's language.
    /// </summary>
    public CultureInfo? MessageCulture { get; set; }
}
