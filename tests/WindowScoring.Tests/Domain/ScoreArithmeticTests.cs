using System.Globalization;
using CsCheck;
using WindowScoring.History;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Domain;

/// <summary>
/// Computed scores are written as people write numbers: never more trailing zeros than the figures they come from
/// (<c>0.5 × 6</c> is <c>3</c>, not <c>3.0</c>), and never a different value. Zeros are counted in the invariant text,
/// as a reader sees them, not with the helper under test.
/// </summary>
public sealed class ScoreArithmeticTests
{
    // A figure as a person writes it: up to 6 digits and 0–4 decimals, trailing zeros included (12.50).
    private static readonly Gen<decimal> Written = Gen.Select(Gen.Int[0, 999_999], Gen.Byte[0, 4]).Select((m, s) => new decimal(m, 0, 0, false, s));

    private static int Zeros(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.Length - text.TrimEnd('0').Length : 0;
    }

    private static int MostZeros(params decimal[] values) => values.Max(Zeros);

    [TestCase("12.50", 1)]
    [TestCase("12", 0)]
    [TestCase("120", 0)]
    [TestCase("0.00", 2)]
    [TestCase("-3.10", 1)]
    [TestCase("0", 0)]
    [TestCase("79228162514264337593543950335", 0)]
    [TestCase("1.0000000000000000000000000000", 28)]
    [TestCase("0.0000000000000000000000000010", 1)]
    [TestCase("1844674407370955161.5", 0)] // mantissa just below 2^64: the 64-bit division
    [TestCase("1844674407370955161.60", 1)] // mantissa above 2^64: the 128-bit division
    [TestCase("100000000000000000000000.00", 2)]
    [TestCase("18446744073709551615.0", 1)]
    public void TrailingZeros_CountsTheZerosAfterTheLastDigit(string text, int zeros)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        ScoreArithmetic.TrailingZeros(value).Should().Be(zeros).And.Be(Zeros(value));
    }

    [TestCase("0.5", "6", "3")]
    [TestCase("0.50", "6", "3.0")]
    [TestCase("3", "0.5", "1.5")]
    [TestCase("2.5", "0.4", "1")]
    public void Multiply_DropsTheZerosArithmeticAdds(string a, string b, string product) =>
        ScoreArithmetic.Multiply(decimal.Parse(a, CultureInfo.InvariantCulture), decimal.Parse(b, CultureInfo.InvariantCulture))
            .ToString(CultureInfo.InvariantCulture).Should().Be(product);

    [Test]
    public void Total_KeepsTheScaleTheUserGave_OrNoArtefact()
    {
        ScoreArithmetic.ExactTotal(100m, 1.5m, 0.5m).ToString(CultureInfo.InvariantCulture).Should().Be("99");
        ScoreArithmetic.ExactTotal(100.00m, 12.50m, 2.00m).ToString(CultureInfo.InvariantCulture).Should().Be("89.50");
        ScoreArithmetic.ExactTotal(100m, 0.25m, 0m).ToString(CultureInfo.InvariantCulture).Should().Be("99.75");
        ScoreArithmetic.Divide(297.0m, 3m).ToString(CultureInfo.InvariantCulture).Should().Be("99.0", "297.0 was written with one zero");
        ScoreArithmetic.Divide(297.5m, 3m).Should().Be(297.5m / 3m);
        ScoreArithmetic.Sum([]).Should().Be(0m);
    }

    [Test]
    public void Property_ComputedFigures_NeverMoreTrailingZerosThanTheirInputs_AndTheSameValue()
    {
        Gen.Select(Written, Written, Written).Sample((baseScore, deduction, bonus) =>
        {
            var total = new Assessment(Department.FromName("甲"), baseScore, deduction, bonus).Total;
            total.Should().Be(baseScore - deduction + bonus);
            Zeros(total).Should().BeLessThanOrEqualTo(MostZeros(baseScore, deduction, bonus));

            var product = ScoreArithmetic.Multiply(baseScore, deduction);
            product.Should().Be(baseScore * deduction);
            Zeros(product).Should().BeLessThanOrEqualTo(MostZeros(baseScore, deduction));

            var sum = ScoreArithmetic.Sum([baseScore, deduction, bonus]);
            sum.Should().Be(baseScore + deduction + bonus);
            Zeros(sum).Should().BeLessThanOrEqualTo(MostZeros(baseScore, deduction, bonus));
        });
    }

    [Test]
    public void Property_Aggregation_SumAverageAndWeighted_NeverMoreTrailingZerosThanTheMonths()
    {
        Gen.Select(Written.Array[1, 12], Written).Sample((totals, evaluation) =>
        {
            var department = Department.FromName("甲");
            var history = new AssessmentHistory(totals.Select((t, i) =>
                ScoringEngine.Default.Rank([Assessment.FromTotal(department, t)], AssessmentPeriod.Month(2023, i + 1))));
            var most = MostZeros(totals);

            var average = history.Aggregate(AssessmentPeriod.FullYear(2023)).Rows.Single();
            average.Sum.Should().Be(totals.Sum());
            average.Average.Should().Be(totals.Sum() / totals.Length);
            Zeros(average.Sum).Should().BeLessThanOrEqualTo(most);
            Zeros(average.Average).Should().BeLessThanOrEqualTo(most);

            var weighted = history.Aggregate(AssessmentPeriod.FullYear(2023), new AggregationOptions
            {
                Method = AggregationMethod.Weighted,
                Evaluations = new Dictionary<Department, decimal> { [department] = evaluation },
            }).Rows.Single();
            weighted.Total.Should().Be((0.8m * average.Average) + (0.2m * evaluation));
            Zeros(weighted.Total).Should().BeLessThanOrEqualTo(Math.Max(most, Zeros(evaluation)));
        });
    }

    [Test]
    public void Property_EventScoring_PointsSumsAndChiefShare_NeverMoreTrailingZerosThanTheRules()
    {
        Gen.Select(Written, Gen.Int[1, 20], Written, Gen.Int[1, 20]).Sample((perUnit, quantity, points, times) =>
        {
            var scheme = new ScoringScheme
            {
                Rules =
                [
                    new AssessmentRule("A", "纪律", RuleKind.Deduction, perUnit, perUnit, secondaryShare: 0.5m),
                    new AssessmentRule("B", "服务", RuleKind.Deduction, points, points),
                ],
            };
            var department = Department.FromName("甲");
            var events = new[]
            {
                new AssessmentEvent(department, new DateOnly(2023, 11, 1), "A", quantity),
                new AssessmentEvent(department, new DateOnly(2023, 11, 2), "B", times),
            };
            var month = new ScoringEngine(scheme).Assess(AssessmentPeriod.Month(2023, 11), [department], events);
            var breakdown = month.Breakdowns.Single();
            if (breakdown.Assessment is not { } assessment)
            {
                return; // beyond the range of decimal: a diagnostic, not a figure
            }

            var most = MostZeros(perUnit, points, 0.5m, 100m);
            assessment.Deduction!.Value.Should().Be((perUnit * quantity) + (points * times));
            Zeros(assessment.Deduction.Value).Should().BeLessThanOrEqualTo(most);
            Zeros(assessment.Total).Should().BeLessThanOrEqualTo(most);
            Zeros(breakdown.ChiefRepresentativeDeduction).Should().BeLessThanOrEqualTo(most);
            month.Table.Rows.Single().Total.Should().Be(assessment.Total);
        });
    }
}
