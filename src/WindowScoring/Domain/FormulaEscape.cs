namespace WindowScoring;

/// <summary>
/// Keeps text cells from running as spreadsheet formulas: a cell that begins with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return is written with a leading apostrophe (<c>'=SUM(A1)</c>),
/// which spreadsheet programs show as text; the reader removes exactly that apostrophe again. A cell
/// that already begins with apostrophes before such a character gets one more, so every text round-trips.
/// </summary>
internal static class FormulaEscape
{
    internal static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    internal static string Escape(string text) => NeedsEscape(text) ? "'" + text : text;

    internal static string Unescape(string text) => text.Length > 1 && text[0] == '\'' && NeedsEscape(text.AsSpan(1)) ? text[1..] : text;

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && text[i] == '\'')
        {
            i++;
        }

        return i < text.Length && IsTrigger(text[i]);
    }
}
