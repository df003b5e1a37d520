using System.Globalization;

namespace WindowScoring.Tests;

/// <summary>Runs code under a culture (current and UI) and restores the previous ones.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    internal CultureScope(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    /// <summary>The cultures the torture tests run under.</summary>
    internal static readonly string[] Torture = ["", "de-DE", "fr-FR", "tr-TR", "ar-SA", "zh-CN"];

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
