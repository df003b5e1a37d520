using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
        // Every format character of the BMP lies in U+00AD–U+206F or U+FEFF–U+FFFF (FormatInTwoRanges checks it against the
        // runtime's Unicode data), so ASCII and CJK text pass two vectorised scans.
        var span = text.AsSpan();
        if ((FormatInTwoRanges && !span.ContainsAnyInRange('\u00AD', '\u206F') && !span.ContainsAnyInRange('\uFEFF', '\uFFFF')) || Format.IndexIn(span) < 0)
        {
            return text;
        }

        var b = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Format.Contains(c))
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
        var at = span.IndexOfAnyExceptInRange(' ', '~'); // printable ASCII (most cells) is text
        if (at < 0 || AllPlainText(span[at..]))
        {
            return -1;
        }

        for (; at < span.Length; at++)
        {
            var c = span[at];
            if (!NotPlainText.Contains(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && at + 1 < span.Length && char.IsLowSurrogate(span[at + 1]))
            {
                if ((char.ConvertToUtf32(c, span[at + 1]) & 0xFFFE) == 0xFFFE)
                {
                    return at; // U+1FFFE, U+1FFFF … U+10FFFF
                }

                at++;
            }
            else if (c is not ('\t' or '\n' or '\r'))
            {
                return at;
            }
        }

        return -1;
    }

    // True when every unit is text on its own, eight at a time: printable ASCII, U+00A0–U+D7FF (Latin to Hangul, CJK among
    // them), U+E000–U+FDCF and U+FDF0–U+FFFD (the complement of NotPlainText but tab, LF and CR, which the exact loop
    // lets through); false for a text shorter than eight units or one with any other unit (then the loop decides).
    private static bool AllPlainText(ReadOnlySpan<char> text)
    {
        if (!Vector128.IsHardwareAccelerated || text.Length < Vector128<ushort>.Count)
        {
            return false;
        }

        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var last = (nuint)(text.Length - Vector128<ushort>.Count);
        for (nuint i = 0; ; i += (nuint)Vector128<ushort>.Count)
        {
            i = Math.Min(i, last); // the last block overlaps the one before it
            var c = Vector128.LoadUnsafe(ref first, i);
            var plain = Vector128.LessThanOrEqual(c - Vector128.Create((ushort)' '), Vector128.Create((ushort)('~' - ' ')))
                | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)0x00A0), Vector128.Create((ushort)(0xD7FF - 0x00A0)))
                | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)0xE000), Vector128.Create((ushort)(0xFDCF - 0xE000)))
                | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)0xFDF0), Vector128.Create((ushort)(0xFFFD - 0xFDF0)));
            if (plain != Vector128<ushort>.AllBitsSet)
            {
                return false;
            }

            if (i == last)
            {
                return true;
            }
        }
    }

    // The UTF-16 units that are not text on their own: the controls (tab, LF and CR are then let through), the surrogates
    // (checked in pairs) and the BMP's noncharacters.
    private static readonly CharSet NotPlainText = new(c => char.IsControl(c) || char.IsSurrogate(c) || c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF');

    // The format characters of the BMP (Unicode category Cf).
    private static readonly CharSet Format = new(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);

    // True when no format character lies outside the two ranges StripFormatCharacters scans first (so a later Unicode
    // version with one elsewhere only loses the shortcut, never a character).
    private static readonly bool FormatInTwoRanges = Enumerable.Range(0, 0x10000).All(i => !Format.Contains((char)i) || i is (>= 0x00AD and <= 0x206F) or >= 0xFEFF);

    // A set of UTF-16 units as one bit each (8 KB), built once from its definition: a lookup costs the same for CJK text as
    // for ASCII (a SearchValues of thousands of characters falls back to a probabilistic map, several times slower per
    // CJK character, which the import of a 10^6-row table measured).
    private sealed class CharSet
    {
        private readonly ulong[] _bits = new ulong[0x10000 / 64];

        internal CharSet(Func<char, bool> member)
        {
            for (var i = 0; i < 0x10000; i++)
            {
                if (member((char)i))
                {
                    _bits[i >> 6] |= 1UL << i;
                }
            }
        }

        internal bool Contains(char c) => (_bits[c >> 6] & (1UL << c)) != 0;

        internal int IndexIn(ReadOnlySpan<char> text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (Contains(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
