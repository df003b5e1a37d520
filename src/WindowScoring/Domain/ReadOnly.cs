using System.Collections.ObjectModel;

namespace WindowScoring;

/// <summary>Wraps lists a result exposes so a caller cannot cast them back to an array and change them.</summary>
internal static class ReadOnly
{
    internal static ReadOnlyCollection<T> Of<T>(IEnumerable<T> items) => Array.AsReadOnly(items as T[] ?? items.ToArray());
}
