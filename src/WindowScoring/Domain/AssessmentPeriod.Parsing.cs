using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace WindowScoring;

public readonly partial struct AssessmentPeriod
{
    /// <summary>
    /// Parses a period without throwing. Accepted forms (full-width digits are accepted too):
    /// months <c>2023-11</c>, <c>2023/11</c>, <c>2023.11</c>, <c>202311</c>, <c>2023年11月</c>;
    /// quarters <c>2023-Q4</c>, <c>2023Q4</c>, <c>2023年第四季度</c>, <c>2023年第4季度</c>;
    /// halves <c>2023-H2</c>, <c>2023年下半年</c>, <c>2023年上半年</c>; years <c>2023</c>, <c>2023年</c>, <c>2023年度</c>.
    /// Surrounding white space is ignored. Culture plays no part.
    /// </summary>
    /// <param name="text">The text to parse; null gives false.</param>
    /// <param name="period">The parsed period, or the default value when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AssessmentPeriod period)
    {
        period = default;
        if (text is null)
        {
            return false;
        }

        var s = TextFolding.Fold(text).Trim();
        var m = PeriodPattern().Match(s);
        if (!m.Success)
        {
            return false;
        }

        var year = int.Parse(m.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (year < MinYear)
        {
            return false;
        }

        if (m.Groups["m"].Success)
        {
            var month = int.Parse(m.Groups["m"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return false;
            }

            period = new AssessmentPeriod(year, PeriodKind.Month, month);
        }
        else if (m.Groups["q"].Success)
        {
            var q = m.Groups["q"].Value;
            var quarter = "一二三四".IndexOf(q, StringComparison.Ordinal) is var i and >= 0 ? i + 1 : q[0] - '0';
            period = new AssessmentPeriod(year, PeriodKind.Quarter, quarter);
        }
        else if (m.Groups["h"].Success)
        {
            var h = m.Groups["h"].Value;
            period = new AssessmentPeriod(year, PeriodKind.Half, h is "1" or "上" ? 1 : 2);
        }
        else
        {
            period = new AssessmentPeriod(year, PeriodKind.Year, 1);
        }

        return true;
    }

    /// <summary>Parses a period in any form accepted by <see cref="TryParse(string?, out AssessmentPeriod)"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a period.</exception>
    public static AssessmentPeriod Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var period)
            ? period
            : throw new FormatException($"'{text}' is not an assessment period (expected e.g. 2023-11, 2023年11月, 2023-Q4, 2023-H2 or 2023).");
    }

    [GeneratedRegex(
        @"^(?<y>[0-9]{4})(?:" +
        @"[-/.](?<m>[0-9]{1,2})|(?<m>[0-9]{2})|年(?<m>[0-9]{1,2})月份?" +
        @"|[-/ ]?[Qq](?<q>[1-4])|年第?(?<q>[1-4一二三四])季度" +
        @"|[-/ ]?[Hh](?<h>[12])|年(?<h>[上下])半年" +
        @"|年度?|)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PeriodPattern();
}
