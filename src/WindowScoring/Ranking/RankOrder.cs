namespace WindowScoring;

/// <summary>Which end of the keys gets rank 1.</summary>
public enum RankOrder
{
    /// <summary>The highest key is rank 1 (scores). The default.</summary>
    Descending = 0,

    /// <summary>The lowest key is rank 1 (e.g. complaint counts, processing times).</summary>
    Ascending = 1,
}
