using System.Text;
using CsCheck;

namespace WindowScoring.Tests.Domain;

public sealed class DepartmentTests
{
    [TestCase("省新闻出版局 (省电影局)", "省新闻出版局（省电影局）")]
    [TestCase("  省林草局 ", "省林草局")]
    [TestCase("省林草局窗口", "省林草局")]
    [TestCase("省 林草局", "省林草局")]
    [TestCase("Sichuan  Customs", "sichuan customs")]
    [TestCase("省\u3000林草局", "省林草局")]
    public void FromName_NameVariants_AreTheSameDepartment(string a, string b)
    {
        Department.FromName(a).Should().Be(Department.FromName(b));
    }

    [Test]
    public void FromName_KeepsTheDisplayNameAsGiven()
    {
        var d = Department.FromName("省新闻出版局 (省电影局)");
        d.Name.Should().Be("省新闻出版局 (省电影局)");
        d.Code.Should().Be("省新闻出版局(省电影局)");
        d.ToString().Should().Be("省新闻出版局 (省电影局)");
    }

    [Test]
    public void Identity_IsTheCode_NotTheName()
    {
        Contracts.Equality(new Department("11510000MB1234567X", "省林业厅"), new Department("11510000MB1234567X", "省林草局"), new Department("X2", "省林业厅"));
    }

    [Test]
    public void DifferentNames_AreDifferentDepartments()
    {
        Department.FromName("水利厅").Should().NotBe(Department.FromName("商务厅"));
        Department.FromName("窗口").Code.Should().Be("窗口", "a bare suffix is not removed");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void FromName_Blank_Throws(string? name)
    {
        FluentActions.Invoking(() => Department.FromName(name!)).Should().Throw<ArgumentException>().WithParameterName("name");
    }

    // Names drawn from the characters NormalizeName treats specially: white space of every kind, capitals, full-width forms,
    // brackets, the 窗口 suffix, and long names beyond the stack buffer.
    private static readonly Gen<string> NameLike = Gen.Frequency(
            (6, Gen.OneOfConst("省", "新闻", "出版局", "窗口", "窗", "口", "(", ")", "（", "）", "【", "】", "〔", "〕", " ", "  ", "\t", "\u3000", "\u00A0", "\u2003", "\n", "A", "Z", "ａ", "Ｚ", "１", "－", "\u2212", "x", "Tax", "'")),
            (1, Gen.Char.Select(c => c.ToString())))
        .Array[0, 12].Select(parts => string.Concat(parts))
        .SelectMany(s => Gen.Int[0, 3].Select(n => n == 0 ? s + new string('甲', 300) + s : s));

    [Test]
    public void NormalizeName_AgreesWithTheReferenceDefinition()
    {
        // (Not idempotent, by definition: one trailing 窗口 is removed, so 甲窗口窗口 → 甲窗口 → 甲.)
        NameLike.Sample(name => Department.NormalizeName(name).Should().Be(Reference(name), name), iter: 5000);
    }

    // The definition in the documentation, written plainly: fold, trim, collapse inner white space to one space and drop it
    // next to brackets and Chinese characters, lower-case ASCII, remove a trailing 窗口 (and a space before it).
    private static string Reference(string name)
    {
        // Folding itself is checked against its definition on every char (TextFoldingTests).
        var folded = new StringBuilder();
        foreach (var c in name)
        {
            folded.Append(TextFolding.Fold(c));
        }

        var words = folded.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder();
        foreach (var word in words)
        {
            if (builder.Length > 0 && !Absorbs(builder[^1]) && !Absorbs(word[0]))
            {
                builder.Append(' ');
            }

            builder.Append(word);
        }

        var result = string.Concat(builder.ToString().Select(c => c is >= 'A' and <= 'Z' ? char.ToLowerInvariant(c) : c));
        return result.Length > 2 && result.EndsWith("窗口", StringComparison.Ordinal) ? result[..^2].TrimEnd(' ') : result;

        static bool Absorbs(char c) => c > '\u007F' || c is '(' or ')' or '[' or ']' or '{' or '}';
    }
}
