using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WindowScoring.Tests.Samples;

/// <summary>
/// Every shipped LINQPad query compiles against the library and runs, so the samples cannot rot: the header is parsed
/// (kind, NuGet reference, namespaces), the body is compiled with Roslyn (no error, no nullable warning) and run with a
/// <c>Dump()</c> stand-in that reads every public property of what it is given, as LINQPad does (<see cref="PropertyWalker"/>),
/// so a property that throws fails the query as it would fail in LINQPad.
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
        var (diagnostics, run) = Compile(Path.GetFileNameWithoutExtension(file), usings, body);

        diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error || d.Id.StartsWith("CS86", StringComparison.Ordinal))
            .Select(d => d.ToString()).Should().BeEmpty();
        run.Should().NotThrow("every Dump() reads every public property, as LINQPad does");
    }

    [Test]
    public void DumpStandIn_ReadsEveryProperty_SoAPropertyThatThrowsFailsTheQuery()
    {
        // The shape of the old Assessment of a department not assessed, whose Total threw.
        const string Body = "new[] { new NotAssessed() }.Dump(\"Not assessed\");\n} }\n" +
            "sealed class NotAssessed { public decimal Total => throw new InvalidOperationException(\"not assessed\"); } static class Unused { static void M() {";
        var (diagnostics, run) = Compile("throwing", string.Empty, Body);

        diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Should().BeEmpty();
        run.Should().Throw<PropertyReadException>().WithMessage("*Total*not assessed*");
    }

    // Compiles a query body as LINQPad's C# Statements kind; the action runs it (a Dump() walks what it is given).
    private static (IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics, Action Run) Compile(string name, string usings, string body)
    {
        var source = usings + "using System; using System.Linq; using System.Collections.Generic;\n" +
            "static class Query { static void Main() {\n" + body + "\n} }\n" +
            "static class DumpExtensions { public static T Dump<T>(this T value, string? title = null) { WindowScoring.Tests.PropertyWalker.Walk(value); return value; } }\n";
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        var image = pe.ToArray();
        return (emitted.Diagnostics, () =>
        {
            var entry = System.Reflection.Assembly.Load(image).EntryPoint!;
            try
            {
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is { } inner)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            }
        });
    }

    private static IEnumerable<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var library = typeof(ScoringEngine).Assembly.Location;
        var tests = typeof(PropertyWalker).Assembly.Location; // the Dump() stand-in
        var fluentValidation = typeof(FluentValidation.IValidator).Assembly.Location;
        return platform.Append(library).Append(tests).Append(fluentValidation).Distinct().Select(p => MetadataReference.CreateFromFile(p));
    }
}
