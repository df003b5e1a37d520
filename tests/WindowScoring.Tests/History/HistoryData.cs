using WindowScoring.History;

namespace WindowScoring.Tests.History;

/// <summary>Synthetic monthly tables whose quarter and year figures are computed by hand in the tests.</summary>
internal static class HistoryData
{
    internal const string Education = "省教育厅";
    internal const string Police = "省公安厅";
    internal const string Forestry = "省林业厅";      // renamed 省林草局 (in December of the quarter, in July of the year)
    internal const string ForestryNow = "省林草局";
    internal const string Tax = "省税务局";           // not assessed in one month
    internal const string Medical = "省医保局";       // joins part-way through

    internal static DepartmentAliases Aliases { get; } = DepartmentAliases.Empty.Add(Forestry, ForestryNow);

    internal static Assessment Score(string name, decimal total) => Assessment.FromTotal(Department.FromName(name), total);

    internal static NotAssessedEntry Exempt(string name, string reason) => new(Department.FromName(name), reason);

    /// <summary>A ranked month of <see cref="Assessment"/>s and <see cref="NotAssessedEntry"/>s, each list in the order given.</summary>
    internal static RankedTable Month(int year, int month, params object[] entries) =>
        ScoringEngine.Default.Rank(entries.OfType<Assessment>(), AssessmentPeriod.Month(year, month), null, entries.OfType<NotAssessedEntry>());

    /// <summary>
    /// 2023-Q4. October: 教育 100, 公安 98, 林业 95, 税务 90. November: 公安 100.5, 教育 99, 医保 97 (joins), 林业 96,
    /// 税务 not assessed. December: 教育 101, 公安 99, 林草 94 (renamed), 税务 92, 医保 88.
    /// </summary>
    internal static RankedTable[] QuarterTables() =>
    [
        Month(2023, 10, Score(Education, 100m), Score(Police, 98m), Score(Forestry, 95m), Score(Tax, 90m)),
        Month(2023, 11, Score(Police, 100.5m), Score(Education, 99m), Score(Medical, 97m), Score(Forestry, 96m), Exempt(Tax, "系统升级")),
        Month(2023, 12, Score(Education, 101m), Score(Police, 99m), Score(ForestryNow, 94m), Score(Tax, 92m), Score(Medical, 88m)),
    ];

    internal static AssessmentHistory Quarter() => new(QuarterTables(), Aliases);

    /// <summary>
    /// 2023, twelve months. 教育 100 every month; 公安 90 + month; 林业 95 every month but March (83), printed 省林草局 from
    /// July; 税务 98 every month but June (not assessed); 医保 99 from July.
    /// </summary>
    internal static RankedTable[] YearTables() =>
        Enumerable.Range(1, 12).Select(m => Month(2023, m,
            new object[]
            {
                Score(Education, 100m),
                Score(Police, 90m + m),
                Score(m < 7 ? Forestry : ForestryNow, m == 3 ? 83m : 95m),
                m == 6 ? Exempt(Tax, "免考核") : Score(Tax, 98m),
            }.Concat(m >= 7 ? [Score(Medical, 99m)] : []).ToArray())).ToArray();

    internal static AssessmentHistory Year() => new(YearTables(), Aliases);

    internal static Department Dept(string name) => Department.FromName(name);
}
