namespace WindowScoring;

/// <summary>Which end of the ranked table an honour (or list) takes.</summary>
public enum HonourSide
{
    /// <summary>The top: red-flag windows (红旗窗口), the red list (红榜).</summary>
    Top = 0,

    /// <summary>The bottom: the black list (黑榜).</summary>
    Bottom = 1,
}
