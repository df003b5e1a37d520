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

    /// <summary>True when the text holds a control character other than tab, line feed and carriage return (NUL, bell, DEL, C1 controls).</summary>
    internal static bool HasControlCharacter(string text) => text.AsSpan().ContainsAny(ControlCharacters);

    // The control characters (Cc: U+0000–U+001F, U+007F–U+009F) but tab, line feed and carriage return, searched a block at a time.
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')).ToArray());

    // Every format character (Cf) of the Basic Multilingual Plane.
    private static readonly System.Buffers.SearchValues<char> FormatCharacters = System.Buffers.SearchValues.Create(
        Enumerable.Range(0xAD, 0x10000 - 0xAD).Select(i => (char)i).Where(c => !char.IsSurrogate(c) && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format).ToArray());
}
