using CsCheck;

namespace WindowScoring.Tests.Domain;

/// <summary>The shortcuts of <see cref="TextFolding"/> agree with their definitions on every UTF-16 code unit.</summary>
public sealed class TextFoldingTests
{
    [Test]
    public void IsSpace_IsCharIsWhiteSpace_ForEveryChar()
    {
        var differ = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => TextFolding.IsSpace(c) != char.IsWhiteSpace(c));

        differ.Should().BeEmpty();
    }

    [Test]
    public void Fold_FoldsExactlyTheFullWidthFormsAndTheListedMarks_ForEveryChar()
    {
        static char Expected(char c) => c switch
        {
            >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
            '\u3000' => ' ',
            '\u2212' => '-',
            '\u3010' => '[',
            '\u3011' => ']',
            '\u3014' => '(',
            '\u3015' => ')',
            _ => c,
        };

        var differ = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => TextFolding.Fold(c) != Expected(c));

        differ.Should().BeEmpty();
        TextFolding.Fold("１２０．５（省）【甲】〔乙〕\u3000\u2212").Should().Be("120.5(省)[甲](乙) -");
    }

    [Test]
    public void TrimSpace_IsStringTrim()
    {
        var spaces = Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace).ToArray();
        var chars = Gen.Frequency((3, Gen.OneOfConst(spaces)), (2, Gen.OneOfConst('省', 'a', '(', '\u3001', '\u200B', '\uFEFF', '\0')), (1, Gen.Char));

        chars.Array[0, 10].Select(a => new string(a)).Sample(text => TextFolding.TrimSpace(text).Should().Be(text.Trim()), iter: 5000);
    }

    [Test]
    public void TrimSpace_NothingToTrim_ReturnsTheSameString()
    {
        const string Name = "省直部门12";

        TextFolding.TrimSpace(Name).Should().BeSameAs(Name);
        TextFolding.TrimSpace(" " + Name + "\u3000").Should().Be(Name);
    }

    [Test]
    public void IndexOfNotText_EveryUtf16Unit_FollowsTheDefinition()
    {
        // Checked against the rule as written (controls but tab, LF, CR; lone surrogates; U+FDD0–U+FDEF, U+FFFE, U+FFFF),
        // after a printable ASCII prefix and after a CJK one, in short texts (the exact loop) and long ones (eight at a time).
        for (var i = 0; i < 0x10000; i++)
        {
            var c = (char)i;
            var notText = (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF';
            TextFolding.IndexOfNotText("ab" + c + "c").Should().Be(notText ? 2 : -1, "U+{0:X4}", i);
            TextFolding.IndexOfNotText("省直" + c).Should().Be(notText ? 2 : -1, "U+{0:X4}", i);
            TextFolding.IndexOfNotText("1省直部门行政" + c + "审批服务局窗口").Should().Be(notText ? 7 : -1, "U+{0:X4} in a long text", i);
            TextFolding.IndexOfNotText("省直部门行政审批服务" + c).Should().Be(notText ? 10 : -1, "U+{0:X4} at the end of a long text", i);
        }
    }

    [TestCase("a\U0001F600b", -1)] // a pair: text
    [TestCase("省\U0001FFFE", 1)] // a noncharacter beyond the BMP
    [TestCase("省\U0010FFFF", 1)]
    public void IndexOfNotText_SurrogatePairs_AreTextUnlessANoncharacter(string text, int index) =>
        TextFolding.IndexOfNotText(text).Should().Be(index);

    [TestCase("\U00020000", '\uD800', 2)] // a lone high surrogate after a pair (built in code: an attribute cannot hold one)
    [TestCase("ab", '\uDC00', 2)] // a lone low surrogate
    [TestCase("", '\uDBFF', 0)]
    public void IndexOfNotText_LoneSurrogate_IsNotText(string before, char lone, int index) =>
        TextFolding.IndexOfNotText(before + lone + "c").Should().Be(index);

    [Test]
    public void StripFormatCharacters_EveryUtf16Unit_RemovesExactlyCategoryCf()
    {
        for (var i = 0; i < 0x10000; i++)
        {
            var c = (char)i;
            var text = "a" + c + "省";
            var expected = char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? "a省" : text;
            TextFolding.StripFormatCharacters(text).Should().Be(expected, "U+{0:X4}", i);
        }
    }
}
