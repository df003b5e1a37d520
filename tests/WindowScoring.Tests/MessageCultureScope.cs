using System.Globalization;

namespace WindowScoring.Tests;

/// <summary>Sets the library's one language setting (<see cref="MessageCatalog.Culture"/>) for a test and restores it.</summary>
internal sealed class MessageCultureScope : IDisposable
{
    private readonly CultureInfo? _previous = MessageCatalog.Culture;

    public MessageCultureScope(string? name)
    {
        MessageCatalog.Culture = name is null ? null : CultureInfo.GetCultureInfo(name);
    }

    public void Dispose() => MessageCatalog.Culture = _previous;
}
