using System.Globalization;

namespace WindowScoring.Web.Texts;

/// <summary>
/// The sample's own messages (problem titles and details, report labels), keyed by name, one catalogue per language
/// (<see cref="HallTextEnglish"/>, <see cref="HallTextChinese"/>); the language follows the request's UI culture as
/// the library's messages do (a name starting with <c>zh</c> gives Simplified Chinese, anything else English).
/// Diagnostic messages come from the library, never from here.
/// </summary>
internal static class HallText
{
    public static string Get(string key, params object?[] args) => Get(CultureInfo.CurrentUICulture, key, args);

    public static string Get(CultureInfo culture, string key, params object?[] args)
    {
        var catalogue = IsChinese(culture) ? HallTextChinese.Messages : HallTextEnglish.Messages;
        var format = catalogue.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"No message '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }

    public static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
