using System.Text.RegularExpressions;

namespace WindowScoring.Tests;

/// <summary>
/// What a message of the catalogue must be once filled: in both languages, filled, in the catalogue's words (linked into
/// WindowScoring.OpenXml.Tests: one check for both suites).
/// </summary>
internal static partial class MessageText
{
    // A setting a message names for the developer who must raise it (e.g. ImportOptions.MaxBytes) is allowed; no other
    // name of a .NET type, member or enum value is.
    private static readonly string[] Settings = ["ImportOptions", "AggregationOptions"];

    private static readonly HashSet<string> CodeNames = LoadCodeNames();

    private static HashSet<string> LoadCodeNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(Diagnostic).Assembly, typeof(CsvHelper.CsvReader).Assembly, typeof(FluentValidation.AbstractValidator<>).Assembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => t.IsPublic || t.IsNestedPublic || t.IsEnum))
            {
                var name = type.Name.Split('`')[0];
                if (IsIdentifierLike(name) && !Settings.Contains(name))
                {
                    names.Add(name);
                }

                if (type.IsEnum)
                {
                    names.UnionWith(Enum.GetNames(type).Where(IsIdentifierLike));
                }
            }
        }

        return names;
    }

    // Two humps or more (UnterminatedQuote, TooFewMonths, AssessmentTable): a single word ("Sum", "Error") is English prose.
    private static bool IsIdentifierLike(string name) => HumpedName().IsMatch(name);

    internal static void ShouldBeCatalogueText(string zh, string en, string because)
    {
        zh.Should().NotBeNullOrWhiteSpace(because);
        en.Should().NotBeNullOrWhiteSpace(because);
        zh.Should().NotBe(en, $"{because} has a text in each language");
        zh.Any(c => c is >= '\u4E00' and <= '\u9FFF').Should().BeTrue($"{because}'s Chinese text is Chinese: {zh}");
        foreach (var message in new[] { zh, en })
        {
            Placeholder().IsMatch(message).Should().BeFalse($"{because}: every placeholder is filled: {message}");
            message.Should().NotContainAny(["System.", "WindowScoring.", "CsvHelper", "FluentValidation"], because);
            var words = Word().Matches(SettingReference().Replace(message, string.Empty)).Select(m => m.Value);
            words.Where(CodeNames.Contains).Should().BeEmpty($"{because} names no .NET type or enum value: {message}");
        }
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*$")]
    private static partial Regex HumpedName();

    [GeneratedRegex(@"\b(ImportOptions|AggregationOptions)\.[A-Za-z]+")]
    private static partial Regex SettingReference();
}
