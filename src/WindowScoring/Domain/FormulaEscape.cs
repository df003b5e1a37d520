namespace WindowScoring;

/// <summary>
/// Keeps text cells from running as spreadsheet formulas: a cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// their full-width forms <c>＝</c>, <c>＋</c>, <c>－</c>, <c>＠</c>, a tab or a carriage return — also after invisible marks
/// a spreadsheet program skips (a byte order mark U+FEFF, the directional marks U+200E and U+200F, the embeddings and
/// overrides U+202A–U+202E, the isolates U+2066–U+2069) — is written with a leading apostrophe (<c>'=SUM(A1)</c>), which
/// spreadsheet programs show as text; the reader removes exactly that apostrophe again. A cell that already begins with
/// apostrophes before such a character gets one more, so every text round-trips. The escape belongs to the text formats
/// (CSV, TSV, the report layout): a worksheet's cell, or a host's (<c>CellTableSource</c>), is its value, and a leading
/// apostrophe there is text (Excel keeps the apostrophe typed before a formula out of the value and marks the cell with
/// <c>quotePrefix</c> instead).
/// </summary>
/// <remarks>A spreadsheet concern shared by the readers and the writers (see <see cref="TableText"/>).</remarks>
internal static class FormulaEscape
{
    /// <summary>True for a character that starts a formula: <c>= + - @</c>, their full-width forms, tab, carriage return.</summary>
    internal static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠';

    /// <summary>True for an invisible mark a spreadsheet program may skip before a formula: BOM, directional marks, embeddings, overrides, isolates.</summary>
    internal static bool IsInvisible(char c) => c is '\uFEFF' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    internal static string Escape(string text) => NeedsEscape(text) ? "'" + text : text;

    /// <summary>The text of a cell: <see cref="Unescape(string)"/> when the cell comes from a text the core writes with the
    /// escape (<paramref name="escaped"/>), else the cell as it is (a worksheet's or a host's cell is its value).</summary>
    internal static string Unescape(string text, bool escaped) => escaped ? Unescape(text) : text;

    internal static string Unescape(string text) => text.Length > 1 && text[0] == '\'' && NeedsEscape(text.AsSpan(1)) ? text[1..] : text;

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && text[i] == '\'')
        {
            i++;
        }

        while (i < text.Length && IsInvisible(text[i]))
        {
            i++;
        }

        return i < text.Length && IsTrigger(text[i]);
    }
}
