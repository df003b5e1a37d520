using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WindowScoring.Tests.Samples;

/// <summary>
/// Every shipped LINQPad query compiles against the library, so the samples cannot rot: the header is parsed
/// (kind, NuGet reference, namespaces), the body is compiled with Roslyn with a <c>Dump()</c> stand-in.
/// </summary>
public sealed class LinqPadSampleTests
{
    private static readonly string Folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "LinqPad");

    private static IEnumerable<string> Samples() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "LinqPad"), "*.linq").Order(StringComparer.Ordinal).Select(Path.GetFileName)!;

    [Test]
    public void Samples_AreNumbered_AndCoverTheQuickStarts()
    {
        Samples().Should().Equal("01-quick-start.linq", "02-import-csv-with-diagnostics.linq", "03-ranking-methods.linq", "04-scheme-with-events.linq", "05-national-rollup-streaming.linq");
    }

    [TestCaseSource(nameof(Samples))]
    public void Sample_HeaderReferencesThePackage_AndTheBodyCompiles(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file));
        var end = text.IndexOf("</Query>", StringComparison.Ordinal) + "</Query>".Length;
        var header = XElement.Parse(text[..end]);
        var body = text[end..];

        header.Attribute("Kind")!.Value.Should().Be("Statements");
        header.Elements("NuGetReference").Select(e => e.Value).Should().Equal("WindowScoring");
        body.Should().NotContain(":\\").And.NotContain("/home/").And.NotContain("File.", "samples use inline data, never local paths");

        var usings = string.Concat(header.Elements("Namespace").Select(n => $"using {n.Value};\n"));
        var source = usings + "using System; using System.Linq; using System.Collections.Generic;\n" +
            "static class Query { static void Main() {\n" + body + "\n} }\n" +
            "static class DumpExtensions { public static T Dump<T>(this T value, string? title = null) => value; }\n";
        var compilation = CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(file),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);

        emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(d => d.ToString()).Should().BeEmpty();
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var library = typeof(ScoringEngine).Assembly.Location;
        var fluentValidation = typeof(FluentValidation.IValidator).Assembly.Location;
        return platform.Append(library).Append(fluentValidation).Distinct().Select(p => MetadataReference.CreateFromFile(p));
    }
}
