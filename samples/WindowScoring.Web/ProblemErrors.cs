namespace WindowScoring.Web;

/// <summary>
/// The <c>errors</c> of a problem response, bounded: the first <see cref="MaxListed"/> diagnostics (their values and
/// messages cut to a few hundred characters), then the rest counted by code in <c>omitted</c>, so a file of a million
/// bad rows is answered in well under 64 KB. <c>diagnosticCount</c> is every diagnostic.
/// </summary>
internal static class ProblemErrors
{
    public const int MaxListed = 100;

    // A budget for the listed entries, counting six bytes a character (the JSON escape of a non-ASCII character).
    private const int ByteBudget = 48 * 1024;
    private const int MaxValue = 80;
    private const int MaxMessage = 240;

    public static Dictionary<string, object?> Extensions(IEnumerable<Diagnostic> diagnostics)
    {
        var listed = new List<ProblemError>();
        var omitted = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        var bytes = 0;
        foreach (var diagnostic in diagnostics)
        {
            count++;
            var error = Cut(ProblemError.From(diagnostic));
            var size = 120 + (6 * (error.Code.Length + (error.Column?.Length ?? 0) + (error.Cell?.Length ?? 0) + (error.Value?.Length ?? 0) + error.Message.Length));
            if (listed.Count < MaxListed && bytes + size <= ByteBudget)
            {
                listed.Add(error);
                bytes += size;
            }
            else
            {
                omitted[diagnostic.Code] = omitted.GetValueOrDefault(diagnostic.Code) + 1;
            }
        }

        var extensions = new Dictionary<string, object?> { ["errors"] = listed, ["diagnosticCount"] = count };
        if (omitted.Count > 0)
        {
            extensions["omitted"] = omitted;
        }

        return extensions;
    }

    private static ProblemError Cut(ProblemError error) => error with
    {
        Column = Cut(error.Column, MaxValue),
        Cell = Cut(error.Cell, MaxValue),
        Value = Cut(error.Value, MaxValue),
        Message = Cut(error.Message, MaxMessage)!,
    };

    private static string? Cut(string? text, int max)
    {
        if (text is null || text.Length <= max)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max; // never half a surrogate pair
        return string.Concat(text.AsSpan(0, end), "…");
    }
}
