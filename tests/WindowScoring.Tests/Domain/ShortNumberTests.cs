using CsCheck;

namespace WindowScoring.Tests.Domain;

/// <summary>The integer shortcut for <c>base − deduction + bonus</c> gives decimal arithmetic's result bit for bit, or declines.</summary>
public sealed class ShortNumberTests
{
    private static readonly Gen<ShortNumber> Number = Gen.Select(
        Gen.Frequency(
            (4, Gen.Long[-1000, 1000]),
            (2, Gen.OneOfConst(0L, 1L, -1L, 5L, 25L, 100L, 999_999_999_999_999_999L, -999_999_999_999_999_999L)),
            (2, Gen.Long[-999_999_999_999_999_999L, 999_999_999_999_999_999L])),
        Gen.Frequency((4, Gen.Byte[0, 2]), (1, Gen.Byte[0, 18])),
        (m, s) => new ShortNumber(m, s));

    [Test]
    public void TryAddSubtract_IsDecimalArithmetic_BitForBit()
    {
        Gen.Select(Number, Number, Number).Sample((a, b, c) =>
        {
            var expected = a.ToDecimal() - b.ToDecimal() + c.ToDecimal();

            if (ShortNumber.TryAddSubtract(a, b, c, out var actual))
            {
                decimal.GetBits(actual.ToDecimal()).Should().Equal(decimal.GetBits(expected), $"{a} {b} {c}");
            }
        }, iter: 20_000);
    }

    [Test]
    public void TryAddSubtract_TakesTheTablesOfAHall()
    {
        // Base 100, deductions and bonuses in halves and quarters: always within the shortcut.
        Gen.Select(Gen.Int[0, 400], Gen.Int[0, 400]).Sample((d, b) =>
        {
            var (baseScore, deduction, bonus) = (new ShortNumber(100, 0), new ShortNumber(d * 25, 2), new ShortNumber(b * 5, 1));

            var ok = ShortNumber.TryAddSubtract(baseScore, deduction, bonus, out var total);

            ok.Should().Be(d * 25 != 10_000 + (b * 50), "only a zero total is left to decimal");
            if (ok)
            {
                decimal.GetBits(total.ToDecimal()).Should().Equal(decimal.GetBits(baseScore.ToDecimal() - deduction.ToDecimal() + bonus.ToDecimal()));
            }
        });
    }

    [Test]
    public void TryAddSubtract_DeclinesWhenAScaledNumberWouldNotFit()
    {
        ShortNumber.TryAddSubtract(new ShortNumber(999_999_999_999_999_999L, 0), new ShortNumber(1, 18), new ShortNumber(0, 0), out _).Should().BeFalse();
    }

    [Test]
    public void ToDecimal_KeepsDigitsAndScale_AndHasNoNegativeZero()
    {
        decimal.GetBits(new ShortNumber(11450, 2).ToDecimal()).Should().Equal(decimal.GetBits(114.50m));
        decimal.GetBits(new ShortNumber(-5, 1).ToDecimal()).Should().Equal(decimal.GetBits(-0.5m));
        decimal.GetBits(new ShortNumber(0, 1).ToDecimal()).Should().Equal(decimal.GetBits(0.0m));
    }

    [Test]
    public void TryParseShortNumber_TakesExactlyASignDigitsAndOnePoint_UpTo18Digits()
    {
        // Strings of signs, digits, points and a stray letter, from empty to 22 characters, as UTF-16 and as UTF-8 bytes:
        // the parser agrees with a plain reading of its definition (mantissa and scale, digit for digit).
        var text = Gen.Frequency((8, Gen.Char["0123456789"]), (2, Gen.Char[".-+"]), (1, Gen.Char["a 。/:\u00ff"])).Array[0, 22].Select(c => new string(c));
        text.Sample(s =>
        {
            var expected = Reference(s);

            var fromChars = ScoreText.TryParseShortNumber(s.AsSpan(), out var chars);
            var fromBytes = ScoreText.TryParseShortNumber(System.Text.Encoding.UTF8.GetBytes(s).AsSpan(), out var bytes);

            fromChars.Should().Be(expected is not null, s);
            fromBytes.Should().Be(expected is not null, s);
            if (expected is { } e)
            {
                chars.Should().Be(e, s);
                bytes.Should().Be(e, s);
            }
        }, iter: 50_000);
    }

    // [+-]? digits [. digits]? with 1 to 18 digits in all; the mantissa carries the sign.
    private static ShortNumber? Reference(string s)
    {
        var match = System.Text.RegularExpressions.Regex.Match(s, @"^([+-]?)([0-9]*)(?:\.([0-9]*))?$");
        var digits = match.Groups[2].Value + match.Groups[3].Value;
        if (!match.Success || digits.Length is 0 or > 18)
        {
            return null;
        }

        var mantissa = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return new ShortNumber(match.Groups[1].Value == "-" ? -mantissa : mantissa, (byte)match.Groups[3].Value.Length);
    }
}
