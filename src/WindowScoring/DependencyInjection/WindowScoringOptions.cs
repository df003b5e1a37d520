using WindowScoring;
using WindowScoring.History;
using WindowScoring.Import;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What a host configures when it calls <c>services.AddWindowScoring(o =&gt; …)</c>: the scheme, the import options
/// and the hall's history rules. Read once, when the services are registered. The language of messages is not here:
/// it is the one setting <see cref="MessageCatalog.Culture"/> (null: each call's UI culture), which reaches every service.
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

    /// <summary>The hall's alert rules over a history; <see cref="AlertOptions.Default"/> (the bottom 10 % for 2 months, drops of more than 20 % of the table) by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public AlertOptions Alerts
    {
        get => _alerts;
        set => _alerts = Preconditions.CheckNotNull(value);
    }
}
