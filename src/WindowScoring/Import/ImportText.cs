using System.Globalization;

namespace WindowScoring.Import;

/// <summary>Picks the language of a reader's diagnostic messages (codes never change; only the text does).</summary>
internal static class ImportText
{
    /// <summary>The Chinese text for a culture whose name starts with <c>zh</c>, else the English one.</summary>
    internal static string Pick(ImportOptions options, string english, string chinese) =>
        (options.MessageCulture ?? CultureInfo.CurrentUICulture).Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? chinese : english;
}
