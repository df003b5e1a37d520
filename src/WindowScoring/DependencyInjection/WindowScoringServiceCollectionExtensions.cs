using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WindowScoring;
using WindowScoring.Audit;
using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Validation;
using WindowScoring.Rules;

// In the container's namespace, as hosts expect (services.AddWindowScoring() needs no extra using).
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers WindowScoring's services in a host's container.</summary>
/// <remarks>
/// <para>Registered, all as singletons: the <see cref="ScoringScheme"/>, the <see cref="ImportOptions"/>, the
/// <see cref="AggregationOptions"/> and <see cref="AlertOptions"/> of histories, the
/// <see cref="ScoringEngine"/>, the <see cref="AssessmentTableReader"/>, <see cref="EventLogReader"/> and <see cref="WindowScoring.Ratings.RatingReader"/> (with the configured import options), the
/// <see cref="ReportTableWriter"/>, <see cref="CsvTableWriter"/> and <see cref="MarkdownTableWriter"/> (each writes every
/// table kind it supports), each also as an <see cref="ITableWriter{TTable}"/> of every table kind it writes (so a host
/// resolving <c>IEnumerable&lt;ITableWriter&lt;RankedTable&gt;&gt;</c> gets CSV, Markdown and the report layout, and adds the
/// .xlsx and .docx writers of the WindowScoring.OpenXml package the same way), the
/// <see cref="PublishedTableAudit"/> (under the configured scheme), and every validator both as itself and as <see cref="IValidator{T}"/>
/// (<see cref="AssessmentValidator"/>, <see cref="AssessmentInputValidator"/>, <see cref="AssessmentFormValidator"/>, <see cref="AssessmentTableValidator"/>,
/// <see cref="ScoringSchemeValidator"/>).</para>
/// <para>Singletons are safe: the scheme and the options are immutable; the engine, the reader and the writer are
/// stateless; a validator's rules are built once in its constructor and validating keeps no state. None of them
/// depends on a scoped or transient service, so <c>ValidateScopes</c> and <c>ValidateOnBuild</c> pass.</para>
/// <para>Messages follow the one culture setting, <see cref="MessageCatalog.Culture"/> (null: the UI culture of each
/// call, so a web host's request localization gives each request its language); nothing here fixes a language.</para>
/// <para>Every registration uses <c>TryAdd</c>: calling <c>AddWindowScoring</c> twice registers once (the first
/// call's options win), and a service the host registered before (e.g. its own <c>IValidator&lt;Assessment&gt;</c>
/// or <see cref="ScoringScheme"/>) is kept. The engine and the validators take the scheme from the container, so they
/// always agree with each other.</para>
/// <para>No container is needed to use the library: every service can be created with <c>new</c> or taken from a
/// static <c>Default</c>.</para>
/// </remarks>
public static class WindowScoringServiceCollectionExtensions
{
    /// <summary>Registers WindowScoring's services with the default scheme (<see cref="ScoringScheme.Default"/>) and import options.</summary>
    /// <param name="services">The host's services.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddWindowScoring(this IServiceCollection services) =>
        services.AddWindowScoring(static _ => { });

    /// <summary>Registers WindowScoring's services with the scheme and options set by <paramref name="configure"/>.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options; called once, now.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The configured scheme's settings contradict each other (see <see cref="ScoringSchemeValidator"/>); the message lists
    /// every problem. A wrong scheme is a configuration error, so it fails at start-up rather than at the first request.
    /// </exception>
    /// <example><code>services.AddWindowScoring(o =&gt; o.Scheme = new ScoringScheme { BonusCap = 20m, Step = 0.5m });</code></example>
    public static IServiceCollection AddWindowScoring(this IServiceCollection services, Action<WindowScoringOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        var options = new WindowScoringOptions();
        configure(options);
        CheckScheme(options.Scheme);

        // Configuration.
        services.TryAddSingleton(options.Scheme);
        services.TryAddSingleton(options.Import);
        services.TryAddSingleton(options.Aggregation);
        services.TryAddSingleton(options.Alerts);
        services.TryAddSingleton(_ => WindowScoring.Ratings.RatingRules.Default); // a host registers its own rules before, to replace them

        // Engine, readers and writers: one line each.
        services.TryAddSingleton(sp => new ScoringEngine(sp.GetRequiredService<ScoringScheme>()));
        services.TryAddSingleton(sp => new AssessmentTableReader(sp.GetRequiredService<ImportOptions>()));
        services.TryAddSingleton(sp => new EventLogReader(sp.GetRequiredService<ImportOptions>()));
        services.TryAddSingleton(sp => new WindowScoring.Ratings.RatingReader(sp.GetRequiredService<ImportOptions>()));
        services.TryAddSingleton<ReportTableWriter>();
        services.TryAddSingleton(_ => CsvTableWriter.Default);
        services.TryAddSingleton(_ => MarkdownTableWriter.Default);
        services.TryAddWriter<RankedTable, CsvTableWriter>();
        services.TryAddWriter<RankedTable, MarkdownTableWriter>();
        services.TryAddWriter<RankedTable, ReportTableWriter>();
        services.TryAddWriter<AggregatedTable, CsvTableWriter>();
        services.TryAddWriter<AggregatedTable, MarkdownTableWriter>();
        services.TryAddWriter<DepartmentHistory, CsvTableWriter>();
        services.TryAddWriter<DepartmentHistory, MarkdownTableWriter>();
        services.TryAddSingleton(sp => new PublishedTableAudit(sp.GetRequiredService<ScoringScheme>()));

        // Validators, as themselves and as IValidator<T>: one line each.
        services.TryAddValidator<Assessment, AssessmentValidator>(sp => new(sp.GetRequiredService<ScoringScheme>()));
        services.TryAddValidator<AssessmentInput, AssessmentInputValidator>(sp => new(sp.GetRequiredService<ScoringScheme>()));
        services.TryAddValidator<AssessmentForm, AssessmentFormValidator>(sp => new(sp.GetRequiredService<ScoringScheme>()));
        services.TryAddValidator<AssessmentTable, AssessmentTableValidator>(sp => new(sp.GetRequiredService<ScoringScheme>()));
        services.TryAddValidator<ScoringScheme, ScoringSchemeValidator>(_ => new());
        return services;
    }

    private static void TryAddValidator<T, TValidator>(this IServiceCollection services, Func<IServiceProvider, TValidator> create)
        where TValidator : class, IValidator<T>
    {
        services.TryAddSingleton(create);
        services.TryAddSingleton<IValidator<T>>(sp => sp.GetRequiredService<TValidator>());
    }

    // One more writer of TTable (the same instance as the writer's own registration); once per writer however often called.
    private static void TryAddWriter<TTable, TWriter>(this IServiceCollection services)
        where TTable : class
        where TWriter : class, ITableWriter<TTable> =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITableWriter<TTable>, TWriter>(sp => sp.GetRequiredService<TWriter>()));

    private static void CheckScheme(ScoringScheme scheme)
    {
        // The rules of ScoringSchemeValidator (stated once, in SchemeConsistency), in English: this is an exception's message.
        var errors = SchemeConsistency.Check(scheme, System.Globalization.CultureInfo.InvariantCulture).Where(d => d.IsError).ToArray();
        Preconditions.CheckArgument(
            errors.Length == 0,
            "The configured scoring scheme is inconsistent: " + string.Join("; ", errors.Select(d => d.Code + " " + d.Message)),
            "configure");
    }
}
