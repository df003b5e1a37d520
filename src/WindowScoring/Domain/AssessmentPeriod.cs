using System.Globalization;

namespace WindowScoring;

/// <summary>
/// The period an assessment covers: a month (the usual case), a quarter, a half-year or a year.
/// </summary>
/// <remarks>
/// <para>An immutable value type with complete equality and ordering. Periods are ordered by the
/// month they start in, then by the month they end in, so <c>2023-10 &lt; 2023-Q4 &lt; 2023-11</c> and
/// <c>2023 &lt; 2023-01</c> is false (<c>2023-01 &lt; 2023-Q1 &lt; 2023-H1 &lt; 2023</c>).</para>
/// <para><see cref="ToString()"/> is invariant and canonical: <c>2023-11</c>, <c>2023-Q4</c>,
/// <c>2023-H2</c>, <c>2023</c>. The default value is the month <c>0001-01</c>.</para>
/// <para>Safe to share between threads.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(AssessmentPeriodJsonConverter))]
public readonly partial struct AssessmentPeriod : IEquatable<AssessmentPeriod>, IComparable<AssessmentPeriod>, IComparable, IFormattable
{
    /// <summary>The smallest year a period can have.</summary>
    public const int MinYear = 1;

    /// <summary>The largest year a period can have.</summary>
    public const int MaxYear = 9999;

    // (year - 1) << 8 | kind << 4 | (index - 1): the default value is the month 0001-01.
    private readonly int _packed;

    private AssessmentPeriod(int year, PeriodKind kind, int index)
    {
        _packed = ((year - MinYear) << 8) | ((int)kind << 4) | (index - 1);
    }

    /// <summary>The calendar year.</summary>
    public int Year => (_packed >> 8) + MinYear;

    /// <summary>Whether this is a month, quarter, half-year or year.</summary>
    public PeriodKind Kind => (PeriodKind)((_packed >> 4) & 0xF);

    /// <summary>The 1-based index within the year: month 1–12, quarter 1–4, half 1–2, or 1 for a year.</summary>
    public int Index => (_packed & 0xF) + 1;

    /// <summary>The number of months the period covers (1, 3, 6 or 12).</summary>
    public int MonthCount => Kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.Half => 6,
        _ => 12,
    };

    /// <summary>The first month of the period.</summary>
    public AssessmentPeriod FirstMonth => new(Year, PeriodKind.Month, ((Index - 1) * MonthCount) + 1);

    /// <summary>The last month of the period.</summary>
    public AssessmentPeriod LastMonth => new(Year, PeriodKind.Month, Index * MonthCount);

    /// <summary>The months the period covers, in order.</summary>
    public IEnumerable<AssessmentPeriod> Months
    {
        get
        {
            var first = FirstMonth.Index;
            var year = Year;
            for (var m = first; m < first + MonthCount; m++)
            {
                yield return new AssessmentPeriod(year, PeriodKind.Month, m);
            }
        }
    }

    private int StartOrdinal => (Year * 12) + ((Index - 1) * MonthCount);

    private int EndOrdinal => StartOrdinal + MonthCount - 1;

    /// <summary>Creates a month period.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static AssessmentPeriod Month(int year, int month) =>
        new(Preconditions.CheckRange(year, MinYear, MaxYear), PeriodKind.Month, Preconditions.CheckRange(month, 1, 12));

    /// <summary>Creates a quarter period.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static AssessmentPeriod Quarter(int year, int quarter) =>
        new(Preconditions.CheckRange(year, MinYear, MaxYear), PeriodKind.Quarter, Preconditions.CheckRange(quarter, 1, 4));

    /// <summary>Creates a half-year period.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="half">1 for the first half (上半年), 2 for the second (下半年).</param>
    /// <returns>The half-year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static AssessmentPeriod Half(int year, int half) =>
        new(Preconditions.CheckRange(year, MinYear, MaxYear), PeriodKind.Half, Preconditions.CheckRange(half, 1, 2));

    /// <summary>Creates a year period.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static AssessmentPeriod FullYear(int year) =>
        new(Preconditions.CheckRange(year, MinYear, MaxYear), PeriodKind.Year, 1);

    /// <summary>The month that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The month period of that date.</returns>
    public static AssessmentPeriod MonthOf(DateOnly date) => new(date.Year, PeriodKind.Month, date.Month);

    /// <summary>True when every month of <paramref name="other"/> lies within this period.</summary>
    /// <param name="other">The period to test.</param>
    /// <returns>Whether this period contains <paramref name="other"/> (a period contains itself).</returns>
    public bool Contains(AssessmentPeriod other) => StartOrdinal <= other.StartOrdinal && other.EndOrdinal <= EndOrdinal;

    /// <summary>True when <paramref name="date"/> falls within this period.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>Whether the date's month lies within this period.</returns>
    public bool Contains(DateOnly date) => Contains(MonthOf(date));

    /// <summary>The first day of the period.</summary>
    public DateOnly Start => new(Year, FirstMonth.Index, 1);

    /// <summary>The last day of the period.</summary>
    public DateOnly End
    {
        get
        {
            var last = LastMonth.Index;
            return new DateOnly(Year, last, DateTime.DaysInMonth(Year, last));
        }
    }

    /// <inheritdoc />
    public bool Equals(AssessmentPeriod other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AssessmentPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed;

    /// <summary>Orders by first month, then by last month (see the type's remarks).</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(AssessmentPeriod other)
    {
        var byStart = StartOrdinal.CompareTo(other.StartOrdinal);
        return byStart != 0 ? byStart : EndOrdinal.CompareTo(other.EndOrdinal);
    }

    /// <inheritdoc />
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        AssessmentPeriod other => CompareTo(other),
        _ => Preconditions.Fail<int>($"Object must be of type {nameof(AssessmentPeriod)}.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AssessmentPeriod left, AssessmentPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(AssessmentPeriod left, AssessmentPeriod right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> orders before <paramref name="right"/>.</returns>
    public static bool operator <(AssessmentPeriod left, AssessmentPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> orders after <paramref name="right"/>.</returns>
    public static bool operator >(AssessmentPeriod left, AssessmentPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> orders before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(AssessmentPeriod left, AssessmentPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> orders after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(AssessmentPeriod left, AssessmentPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>The canonical invariant text: <c>2023-11</c>, <c>2023-Q4</c>, <c>2023-H2</c> or <c>2023</c>.</summary>
    /// <returns>The canonical text, the same under every culture.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the period. Format <c>G</c> (or null/empty) gives the canonical text; <c>C</c> gives the
    /// Chinese form used in published titles: <c>2023年11月</c>, <c>2023年第四季度</c>, <c>2023年下半年</c>, <c>2023年</c>.
    /// </summary>
    /// <param name="format"><c>G</c>, <c>C</c> or null.</param>
    /// <param name="formatProvider">Ignored: both forms are culture-invariant.</param>
    /// <returns>The formatted period.</returns>
    /// <exception cref="FormatException">The format is not <c>G</c> or <c>C</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var inv = CultureInfo.InvariantCulture;
        var year = Year.ToString("D4", inv);
        return format switch
        {
            null or "" or "G" => Kind switch
            {
                PeriodKind.Month => year + "-" + Index.ToString("D2", inv),
                PeriodKind.Quarter => year + "-Q" + Index.ToString(inv),
                PeriodKind.Half => year + "-H" + Index.ToString(inv),
                _ => year,
            },
            "C" => Kind switch
            {
                PeriodKind.Month => year + "年" + Index.ToString(inv) + "月",
                PeriodKind.Quarter => year + "年第" + "一二三四"[Index - 1] + "季度",
                PeriodKind.Half => year + (Index == 1 ? "年上半年" : "年下半年"),
                _ => year + "年",
            },
            _ => throw new FormatException($"Unknown period format '{format}'. Use \"G\" or \"C\"."),
        };
    }
}
