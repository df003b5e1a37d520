namespace WindowScoring;

/// <summary>
/// How tied keys are ranked. For the totals 120, 120, 114.5, 110 (highest first):
/// competition 1, 1, 3, 4; modified competition 2, 2, 3, 4; dense 1, 1, 2, 3; ordinal 1, 2, 3, 4;
/// fractional 1.5, 1.5, 3, 4.
/// </summary>
public enum RankingMethod
{
    /// <summary>Standard competition ranking ("1224"), as halls publish it and as <c>RANK.EQ</c> and SQL <c>RANK()</c> compute it: ties share the best rank and the next rank is skipped. The default.</summary>
    Competition = 0,

    /// <summary>Modified competition ranking ("1334"): ties share the worst rank of their run.</summary>
    ModifiedCompetition = 1,

    /// <summary>Dense ranking ("1223"), as SQL <c>DENSE_RANK()</c>: ties share a rank and no rank is skipped.</summary>
    Dense = 2,

    /// <summary>Ordinal ranking ("1234"), as SQL <c>ROW_NUMBER()</c>: every item gets its own rank; tied items keep their input order.</summary>
    Ordinal = 3,

    /// <summary>Fractional ranking ("1 2.5 2.5 4"): ties share the mean of the positions they occupy.</summary>
    Fractional = 4,
}
