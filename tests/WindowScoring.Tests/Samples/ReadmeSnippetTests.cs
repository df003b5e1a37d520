using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WindowScoring.Tests.Samples;

/// <summary>
/// Every C# snippet of the README and of the documentation's articles (<c>docs/articles/*.md</c>) compiles against the
/// library, so neither can drift from the code.
/// </summary>
/// <remarks>
/// A snippet is compiled as it stands: one that starts with <c>using</c> lines gets exactly those namespaces (so a claim
/// such as "the quick start needs <c>using WindowScoring;</c> and one wing" is checked); one without gets every namespace
/// of the library. Variables a snippet uses but does not make are declared by an HTML comment just above it, invisible
/// on GitHub: <c>&lt;!-- given: RankedTable ranked; ScoringScheme scheme --&gt;</c>. A snippet with <c>[Test]</c> methods
/// is compiled inside a test class. Snippets are compiled, not run (they name files a reader has, not the test).
/// </remarks>
public sealed partial class ReadmeSnippetTests
{
    private static readonly string DocsPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Docs");

    /// <summary>The README first (its first snippet is the quick start), then the articles in name order.</summary>
    private static IEnumerable<string> Documents() =>
        new[] { Path.Combine(DocsPath, "README.md") }.Concat(Directory.GetFiles(Path.Combine(DocsPath, "articles"), "*.md").Order(StringComparer.Ordinal));

    private const string AllNamespaces =
        "using WindowScoring; using WindowScoring.Audit; using WindowScoring.Export; using WindowScoring.History; using WindowScoring.Import; " +
        "using WindowScoring.Rules; using WindowScoring.Ratings; using WindowScoring.Validation; using Microsoft.Extensions.DependencyInjection; using FluentValidation;\n";

    private const string SystemNamespaces =
        "using System; using System.IO; using System.Linq; using System.Collections.Generic; using System.Runtime.InteropServices; using System.Threading; using System.Threading.Tasks;\n";

    // The companion package's assembly when this file is compiled into its test project (it is linked there), else null.
    private static readonly System.Reflection.Assembly? OpenXml = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "WindowScoring.OpenXml")
        ?? (File.Exists(Path.Combine(AppContext.BaseDirectory, "WindowScoring.OpenXml.dll")) ? System.Reflection.Assembly.Load("WindowScoring.OpenXml") : null);

    /// <summary>The snippets of the README and the articles: in the core's test project those without
    /// <c>using WindowScoring.OpenXml;</c>, in the companion package's test project (which links this file) those with it.</summary>
    public static IEnumerable<TestCaseData> Snippets()
    {
        var openXml = OpenXml is not null;
        foreach (var path in Documents())
        {
            var text = File.ReadAllText(path);
            foreach (Match m in Snippet().Matches(text))
            {
                if (m.Groups["code"].Value.Contains("using WindowScoring.OpenXml;", StringComparison.Ordinal) != openXml)
                {
                    continue;
                }

                var line = text[..m.Index].Count(c => c == '\n') + 2;
                yield return new TestCaseData(m.Groups["given"].Value, m.Groups["code"].Value).SetArgDisplayNames(Path.GetFileName(path) + " line " + line);
            }
        }
    }

    [Test]
    public void Docs_HaveSnippets_AndTheQuickStartNeedsTheRootNamespaceAndOneWing()
    {
        if (OpenXml is not null)
        {
            Snippets().Should().NotBeEmpty("the docs show the companion package");
            return;
        }

        Directory.GetFiles(Path.Combine(DocsPath, "articles"), "*.md").Should().HaveCountGreaterThan(10, "the articles are copied beside the tests");
        var snippets = Snippets().ToArray();
        snippets.Should().HaveCountGreaterThan(20);
        var quickStart = (string)snippets[0].Arguments[1]!;
        Regex.Matches(quickStart, @"^using [\w.]+;", RegexOptions.Multiline).Select(u => u.Value)
            .Should().Equal("using WindowScoring;", "using WindowScoring.Import;");
    }

    [TestCaseSource(nameof(Snippets))]
    public void Snippet_Compiles(string given, string code)
    {
        var usings = string.Concat(Regex.Matches(code, @"^using [\w.]+;\r?\n", RegexOptions.Multiline).Select(u => u.Value));
        var body = Regex.Replace(code, @"^using [\w.]+;\r?\n", string.Empty, RegexOptions.Multiline);
        var givens = string.Concat(given.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(g => g + " = default!;\n"));
        var isTest = body.Contains("[Test]", StringComparison.Ordinal);
        var isTypes = Regex.IsMatch(body, @"^public (sealed )?(class|record)", RegexOptions.Multiline);
        var source = SystemNamespaces + (usings.Length > 0 ? usings : AllNamespaces)
            + (isTest ? "using NUnit.Framework; using FluentAssertions;\npublic class Snippet {\n" + body + "\n}\n"
                : isTypes ? body + "\nstatic class Snippet { static void Main() { } }\n"
                : "static class Snippet { static async Task Main() {\n await Task.CompletedTask;\n" + givens + body + "\n} }\n")
            + "static class DumpExtensions { public static T Dump<T>(this T value, string? title = null) => value; }\n";

        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References(),
            new CSharpCompilationOptions(isTest || isTypes ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);

        emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString())
            .Should().BeEmpty(source);
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var assemblies = new[]
        {
            typeof(ScoringEngine).Assembly, typeof(FluentValidation.IValidator).Assembly, typeof(NUnit.Framework.Assert).Assembly,
            typeof(FluentAssertions.AssertionExtensions).Assembly, typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly,
            typeof(Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions).Assembly,
        }.Concat(OpenXml is null ? [] : [OpenXml]).Select(a => a.Location);
        return platform.Concat(assemblies).Distinct().Select(p => MetadataReference.CreateFromFile(p));
    }

    [GeneratedRegex(@"(?:<!-- given: (?<given>[^\n]*?) -->\r?\n)?```csharp\r?\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
