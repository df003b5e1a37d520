namespace WindowScoring;

/// <summary>
/// The words of a published table that readers and writers share: the markers printed in the total cell. The columns'
/// headings are declared in <see cref="ColumnCatalogue"/>. Spreadsheet concerns live beside it, in
/// <see cref="FormulaEscape"/> (formula-like text) and <see cref="TextFolding"/> (full-width forms); none of them is part
/// of the model.
/// </summary>
internal static class TableText
{
    /// <summary>The total cell of a department not assessed (不参与考核).</summary>
    internal const string NotAssessed = "不参与考核";

    /// <summary>The total cell of a department listed apart from an aggregated ranking (不参与排名).</summary>
    internal const string NotRanked = "不参与排名";

    /// <summary>The total cell of a department listed apart from an aggregated ranking, in English.</summary>
    internal const string NotRankedEnglish = "not ranked";
}
