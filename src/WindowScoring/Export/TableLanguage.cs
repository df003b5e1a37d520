namespace WindowScoring.Export;

/// <summary>The language of the header row a writer writes.</summary>
public enum TableLanguage
{
    /// <summary>Chinese headers as published tables print them (序号, 部门窗口, 基础分, 减分, 加分, 实得分值). The default.</summary>
    Chinese = 0,

    /// <summary>English headers (rank, department, base, deduction, bonus, total).</summary>
    English = 1,
}
