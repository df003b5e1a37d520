using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using WindowScoring.Audit;
using WindowScoring.Export;
using WindowScoring.History;
using WindowScoring.Import;
using WindowScoring.Rules;
using WindowScoring.Validation;

namespace WindowScoring.Tests.DependencyInjection;

public sealed class WindowScoringServiceCollectionExtensionsTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    private static ServiceProvider Build(Action<WindowScoringOptions>? configure = null)
    {
        var services = new ServiceCollection();
        if (configure is null)
        {
            services.AddWindowScoring();
        }
        else
        {
            services.AddWindowScoring(configure);
        }

        return services.BuildServiceProvider(Strict);
    }

    [Test]
    public void AddWindowScoring_EveryRegisteredService_ResolvesFromAStrictContainer()
    {
        var services = new ServiceCollection().AddWindowScoring();
        using var provider = services.BuildServiceProvider(Strict);

        foreach (var d in services)
        {
            provider.GetRequiredService(d.ServiceType).Should().NotBeNull(d.ServiceType.Name);
            d.Lifetime.Should().Be(ServiceLifetime.Singleton, d.ServiceType.Name);
        }
    }

    [Test]
    public void AddWindowScoring_RegistersThePublicServices()
    {
        using var provider = Build();

        provider.GetRequiredService<ScoringScheme>().Should().BeSameAs(ScoringScheme.Default);
        provider.GetRequiredService<ImportOptions>().Should().BeSameAs(ImportOptions.Default);
        provider.GetRequiredService<ScoringEngine>().Scheme.Should().BeSameAs(ScoringScheme.Default);
        provider.GetRequiredService<AssessmentTableReader>().Defaults.Should().BeSameAs(ImportOptions.Default);
        provider.GetRequiredService<ReportTableWriter>().Should().NotBeNull();
        provider.GetRequiredService<CsvTableWriter>().Should().NotBeNull();
        provider.GetRequiredService<MarkdownTableWriter>().Should().NotBeNull();
        provider.GetRequiredService<PublishedTableAudit>().Scheme.Should().BeSameAs(ScoringScheme.Default);
        provider.GetRequiredService<IValidator<Assessment>>().Should().BeOfType<AssessmentValidator>();
        provider.GetRequiredService<IValidator<AssessmentInput>>().Should().BeOfType<AssessmentInputValidator>();
        provider.GetRequiredService<IValidator<AssessmentTable>>().Should().BeOfType<AssessmentTableValidator>();
        provider.GetRequiredService<IValidator<ScoringScheme>>().Should().BeOfType<ScoringSchemeValidator>();
    }

    [Test]
    public void AddWindowScoring_ServicesAreSingletons_ValidatorSharedAsItselfAndAsInterface()
    {
        using var provider = Build();
        using var scope = provider.CreateScope();

        scope.ServiceProvider.GetRequiredService<ScoringEngine>().Should().BeSameAs(provider.GetRequiredService<ScoringEngine>());
        provider.GetRequiredService<IValidator<Assessment>>().Should().BeSameAs(provider.GetRequiredService<AssessmentValidator>());
    }

    [Test]
    public void AddWindowScoring_EveryPublicValidatorInTheLibrary_IsRegistered()
    {
        var validators = typeof(ScoringEngine).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Type: t, Interface: i)))
            .ToArray();
        using var provider = Build();

        validators.Should().NotBeEmpty();
        foreach (var (type, contract) in validators)
        {
            provider.GetRequiredService(type).Should().BeOfType(type);
            provider.GetRequiredService(contract).Should().BeOfType(type, "{0} is the library's validator of {1}", type.Name, contract.GetGenericArguments()[0].Name);
        }
    }

    [Test]
    public void AddWindowScoring_CalledTwice_RegistersOnce_FirstCallWins()
    {
        var services = new ServiceCollection().AddWindowScoring(o => o.Scheme = new ScoringScheme { BonusCap = 20m });
        var count = services.Count;

        services.AddWindowScoring(o => o.Scheme = new ScoringScheme { BonusCap = 5m }).AddWindowScoring();

        services.Should().HaveCount(count);
        using var provider = services.BuildServiceProvider(Strict);
        provider.GetRequiredService<ScoringScheme>().BonusCap.Should().Be(20m);
    }

    [Test]
    public void AddWindowScoring_ConfiguredScheme_IsUsedByTheEngineAndEveryValidator()
    {
        var scheme = new ScoringScheme { BonusCap = 20m, Step = 0.5m };
        using var provider = Build(o => o.Scheme = scheme);
        var bonusTooHigh = new Assessment(Department.FromName("教育厅"), 100m, 0m, 24.5m);

        provider.GetRequiredService<ScoringEngine>().Scheme.Should().BeSameAs(scheme);
        provider.GetRequiredService<IValidator<Assessment>>().Validate(bonusTooHigh).Errors
            .Should().ContainSingle(e => e.ErrorCode == DiagnosticCodes.BonusAboveCap);
        provider.GetRequiredService<IValidator<AssessmentTable>>().Validate(new AssessmentTable([bonusTooHigh], AssessmentPeriod.Month(2023, 11))).Errors
            .Should().ContainSingle(e => e.ErrorCode == DiagnosticCodes.BonusAboveCap);
        provider.GetRequiredService<IValidator<AssessmentInput>>().Validate(new AssessmentInput { DepartmentName = "教育厅", BaseScore = 100m, Deduction = 0.2m, Bonus = 0m }).Errors
            .Should().ContainSingle(e => e.ErrorCode == DiagnosticCodes.FigureOffStep);
    }

    [Test]
    public void AddWindowScoring_ConfiguredImportOptions_AreTheReadersDefaults()
    {
        var import = new ImportOptions { Period = AssessmentPeriod.Month(2024, 1) };
        using var provider = Build(o => o.Import = import);
        provider.GetRequiredService<AssessmentTableReader>().Defaults.Should().BeSameAs(import);
    }

    [TestCase("zh-CN", "en-US", true)]
    [TestCase("en", "zh-CN", false)]
    public void MessageCatalogCulture_ReachesEveryRegisteredServiceThatWritesMessages(string chosen, string uiCulture, bool chinese)
    {
        using var provider = Build(_ => { });
        using var ui = new CultureScope(uiCulture);
        using var language = new MessageCultureScope(chosen);
        static bool HasCjk(string s) => s.Any(c => c is >= '\u4E00' and <= '\u9FFF');

        var import = provider.GetRequiredService<AssessmentTableReader>().ReadText("部门窗口,基础分,减分,加分,实得分值\nA,100,0,5,100\nB,100,x,0,100\n");
        var events = provider.GetRequiredService<WindowScoring.Rules.EventLogReader>().ReadText("部门,日期,规则,数量\nA,2023-11-01,R,0\n");
        var a = Department.FromName("A");
        var assess = provider.GetRequiredService<ScoringEngine>()
            .Assess(AssessmentPeriod.Month(2023, 11), [a], [new WindowScoring.Rules.AssessmentEvent(a, new DateOnly(2023, 11, 3), "R")]);
        var audit = provider.GetRequiredService<PublishedTableAudit>().Check(provider.GetRequiredService<AssessmentTableReader>().ReadText("部门窗口,基础分,减分,加分,实得分值\nA,100,0,5,100\n").ToPublishedTable());
        var validation = provider.GetRequiredService<IValidator<AssessmentInput>>().Validate(new AssessmentInput());
        var scheme = provider.GetRequiredService<IValidator<ScoringScheme>>().Validate(new ScoringScheme { TotalFloor = 101m });

        import.Errors.Single().Code.Should().Be(DiagnosticCodes.NumberInvalid);
        HasCjk(import.Errors.Single().Message).Should().Be(chinese, "the reader");
        import.Errors.Single().ToString().StartsWith("第 3 行：", StringComparison.Ordinal).Should().Be(chinese, "a diagnostic's own line");
        HasCjk(events.Errors.Single().Message).Should().Be(chinese, "the event log reader");
        HasCjk(assess.Diagnostics.Single().Message).Should().Be(chinese, "the engine");
        HasCjk(audit.Diagnostics.Single().Message).Should().Be(chinese, "the audit");
        HasCjk(validation.Errors.First().ErrorMessage).Should().Be(chinese, "the validators");
        HasCjk(scheme.Errors.Single().ErrorMessage).Should().Be(chinese, "the scheme validator");
    }

    [Test]
    public void AddWindowScoring_HostsOwnRegistration_IsKept()
    {
        var own = new AssessmentValidator(new ScoringScheme { BaseScore = 150m });
        var services = new ServiceCollection();
        services.AddSingleton<IValidator<Assessment>>(own);
        services.AddWindowScoring();
        using var provider = services.BuildServiceProvider(Strict);
        provider.GetRequiredService<IValidator<Assessment>>().Should().BeSameAs(own);
    }

    [Test]
    public void AddWindowScoring_InconsistentScheme_FailsAtRegistration()
    {
        FluentActions.Invoking(() => new ServiceCollection().AddWindowScoring(o => o.Scheme = new ScoringScheme { TotalCap = 100m, TotalFloor = 101m }))
            .Should().Throw<ArgumentException>().WithMessage("*WS210*");
    }

    [Test]
    public void AddWindowScoring_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddWindowScoring()).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddWindowScoring(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddWindowScoring(o => o.Scheme = null!)).Should().Throw<ArgumentNullException>();
    }

    [Test]
    public void NoContainerNeeded_EveryServiceHasNewOrADefault()
    {
        var table = new AssessmentTable([new Assessment(Department.FromName("教育厅"), 100m, 12m, 1m)], AssessmentPeriod.Month(2023, 11));

        new AssessmentTableValidator().Validate(table).IsValid.Should().BeTrue();
        new AssessmentValidator().Validate(table.Assessments[0]).IsValid.Should().BeTrue();
        new AssessmentInputValidator().Validate(new AssessmentInput { DepartmentName = "教育厅", BaseScore = 100m, Deduction = 0m, Bonus = 0m }).IsValid.Should().BeTrue();
        new ScoringSchemeValidator().Validate(ScoringScheme.Default).IsValid.Should().BeTrue();
        ReportTableWriter.Default.ToText(ScoringEngine.Default.Rank(table)).Should().Contain("教育厅\t100\t-12\t1\t89");
        AssessmentTableReader.Default.Should().NotBeNull();
    }

    [Test]
    public void AddWindowScoring_RegistersTheWritersByTableKind_OnceEach_AsTheSameInstances()
    {
        var services = new ServiceCollection();
        services.AddWindowScoring();
        services.AddWindowScoring(); // TryAdd: still once each
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        provider.GetServices<ITableWriter<RankedTable>>().Select(w => w.FileExtension).Should().Equal("csv", "md", "txt");
        provider.GetServices<ITableWriter<AggregatedTable>>().Select(w => w.FileExtension).Should().Equal("csv", "md");
        provider.GetServices<ITableWriter<DepartmentHistory>>().Select(w => w.FileExtension).Should().Equal("csv", "md");
        provider.GetServices<ITableWriter<RankedTable>>().First().Should().BeSameAs(provider.GetRequiredService<CsvTableWriter>());
    }

    [Test]
    public void AddWindowScoring_RegistersEveryServiceThatHasADefaultInstance()
    {
        using var provider = Build();
        var services = typeof(ScoringEngine).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && t.GetProperty("Default", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.PropertyType == t)
            .ToArray();

        services.Should().Contain([typeof(ScoringEngine), typeof(AssessmentTableReader), typeof(CsvTableWriter), typeof(PublishedTableAudit)]);
        foreach (var type in services)
        {
            provider.GetService(type).Should().NotBeNull("{0} has a Default instance, so hosts expect it in the container", type.Name);
        }
    }
}
