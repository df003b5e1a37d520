using System.Text;

namespace WindowScoring;

/// <summary>
/// Folds the full-width forms that Chinese input methods produce (digits, signs, decimal points,
/// brackets, the ideographic space) to their ASCII forms. This is a normalisation, not a guess:
/// <c>１２０</c> and <c>120</c> are the same text to a reader of the table.
/// </summary>
internal static class TextFolding
{
    /// <summary>Folds one character; characters with no ASCII form are returned unchanged.</summary>
    /// <remarks>ASCII and the CJK blocks (U+3016 to U+FF00) return at the first comparison: they are almost every character read.</remarks>
    internal static char Fold(char c) => c < '\u2212' || c is > '\u3015' and < '\uFF01' ? c : FoldRare(c);

    /// <summary>True when <paramref name="c"/> is white space (as <see cref="char.IsWhiteSpace(char)"/>), without a table lookup for CJK text.</summary>
    internal static bool IsSpace(char c) => c <= ' ' ? c == ' ' || c is >= '\t' and <= '\r' : c is >= '\u0085' and <= '\u3000' && char.IsWhiteSpace(c);

    /// <summary>Trims white space (as <see cref="string.Trim()"/> does) without a table lookup for CJK text.</summary>
    internal static ReadOnlySpan<char> TrimSpace(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    private static char FoldRare(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\u2212' => '-', // MINUS SIGN
        '\u3010' => '[', // 【
        '\u3011' => ']', // 】
        '\u3014' => '(', // 〔
        '\u3015' => ')', // 〕
        _ => c,
    };

    /// <summary>True when <paramref name="text"/> contains a character that <see cref="Fold(char)"/> changes.</summary>
    internal static bool NeedsFolding(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Fold(c) != c)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folds every character of <paramref name="text"/>.</summary>
    internal static string Fold(string text)
    {
        if (!NeedsFolding(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    /// <summary>The text without format characters (Unicode category Cf: U+FEFF, zero-width spaces, direction marks,
    /// soft hyphens), which are invisible and would make two names of one; the same string when it has none.</summary>
    internal static string StripFormatCharacters(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\u00AD', '\uFFFF');
        if (first < 0 || !text.AsSpan(first).ContainsAny(FormatCharacters))
        {
            return text;
        }

        var b = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>Trims white space (as <see cref="string.Trim()"/> does, returning the same string when there is none)
    /// without a table lookup for CJK text.</summary>
    internal static string TrimSpace(string text)
    {
        var trimmed = TrimSpace(text.AsSpan());
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>
    /// The one rule for what a text cell may hold: the index of its first character that is no text, or -1. No text is a
    /// control character other than tab, line feed and carriage return (NUL, bell, DEL, C1 controls), a lone surrogate, or
    /// a noncharacter (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF, U+1FFFE …). A decoder
    /// never makes these from valid bytes of a real file; they come from damaged or crafted input, and no writer can keep
    /// them (XML refuses them), so every reader refuses them (WS132) rather than turn them into U+FFFD or drop them.
    /// </summary>
    internal static int IndexOfNotText(string text)
    {
        var span = text.AsSpan();
        var at = span.IndexOfAnyExcept(PlainText);
        while (at >= 0)
        {
            var c = span[at];
            if (char.IsHighSurrogate(c) && at + 1 < span.Length && char.IsLowSurrogate(span[at + 1]))
            {
                if ((char.ConvertToUtf32(c, span[at + 1]) & 0xFFFE) == 0xFFFE)
                {
                    return at; // U+1FFFE, U+1FFFF … U+10FFFF
                }

                at++;
            }
            else if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF')
            {
                return at;
            }

            var next = span[(at + 1)..].IndexOfAnyExcept(PlainText);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return -1;
    }

    // The characters that are text on their own: every UTF-16 unit but the controls (bar tab, LF, CR), the surrogates
    // (checked in pairs) and the BMP's noncharacters.
    private static readonly System.Buffers.SearchValues<char> PlainText = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x10000).Select(i => (char)i)
            .Where(c => (!char.IsControl(c) || c is '\t' or '\n' or '\r') && !char.IsSurrogate(c) && c is not ((>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF')).ToArray());

    // Every format character (Cf) of the Basic Multilingual Plane.
    private static readonly System.Buffers.SearchValues<char> FormatCharacters = System.Buffers.SearchValues.Create(
        Enumerable.Range(0xAD, 0x10000 - 0xAD).Select(i => (char)i).Where(c => !char.IsSurrogate(c) && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format).ToArray());
}
