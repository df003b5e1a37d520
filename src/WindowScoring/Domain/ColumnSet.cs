using System.Globalization;
using System.Text;

namespace WindowScoring;

/// <summary>
/// The columns of one kind of table (<see cref="ColumnCatalogue.PublishedTable"/>, <see cref="ColumnCatalogue.EventLog"/>),
/// found in a header row by their headings (<see cref="ColumnDefinition.Aliases"/>), matched after folding, removing white
/// space and lower-casing invariantly: the readers find their columns with it, and the writers know which of a row's
/// extras a table's own columns already print. Immutable; thread-safe.
/// </summary>
internal sealed class ColumnSet
{
    private readonly Dictionary<string, ColumnDefinition> _byKey = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">Two columns of the set share a heading (a programmer error of the catalogue).</exception>
    internal ColumnSet(IEnumerable<ColumnDefinition> columns)
    {
        foreach (var column in columns)
        {
            foreach (var alias in column.Aliases)
            {
                var key = Key(alias);
                Preconditions.CheckArgument(!_byKey.TryGetValue(key, out var other) || other == column, $"The heading '{alias}' names two columns.", nameof(columns));
                _byKey[key] = column;
            }
        }
    }

    /// <summary>The columns of a published table.</summary>
    internal static ColumnSet PublishedTable { get; } = new(ColumnCatalogue.PublishedTable);

    /// <summary>The column a heading names in this set; null for a column the set does not know (an extra).</summary>
    internal ColumnDefinition? Classify(string header) => _byKey.GetValueOrDefault(Key(header));

    /// <summary>
    /// The column of each heading of a header row (null for extras), or null when a column is named twice: each repeat is
    /// reported (<see cref="DiagnosticCodes.DuplicateColumn"/>) with the column's headings in the message language.
    /// </summary>
    internal ColumnDefinition?[]? Resolve(string[] headers, int line, ICollection<Diagnostic> diagnostics)
    {
        var columns = headers.Select(Classify).ToArray();
        var ok = true;
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i] is null)
            {
                continue;
            }

            var first = Array.IndexOf(columns, columns[i]);
            if (first < i)
            {
                diagnostics.Add(Problems.Error(DiagnosticCodes.DuplicateColumn, line, headers[i], headers[i],
                    DisplayName(columns[i]!), headers[first], first + 1, headers[i], i + 1));
                ok = false;
            }
        }

        return ok ? columns : null;
    }

    /// <summary>Reports the columns a header row lacks ("expected … found …", one diagnostic).</summary>
    internal static void ReportMissing(IEnumerable<ColumnDefinition> missing, string[] headers, int line, ICollection<Diagnostic> diagnostics)
    {
        var missingText = string.Join(", ", missing.Select(DisplayName));
        var found = string.Join(", ", headers.Select(h => "'" + h + "'"));
        diagnostics.Add(Problems.Error(DiagnosticCodes.MissingColumns, line, null, string.Join(" | ", headers), missingText, found));
    }

    /// <summary>The name listed in messages: the Chinese heading alone for Chinese messages, "基础分/base" for English ones.</summary>
    internal static string DisplayName(ColumnDefinition column) =>
        Messages.IsChinese(MessageCatalog.ActiveCulture) ? column.Chinese : column.ToString();

    internal static string Key(string header)
    {
        var folded = TextFolding.Fold(header);
        var b = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                b.Append(char.ToLowerInvariant(c));
            }
        }

        return b.ToString();
    }
}
