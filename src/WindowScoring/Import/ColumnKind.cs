namespace WindowScoring.Import;

/// <summary>The columns a table reader understands; any other column is kept as an extra value.</summary>
internal enum ColumnKind
{
    Extra = 0,
    Rank,
    Department,
    Base,
    Deduction,
    Bonus,
    Total,
    Code,
    Note,
    Group,
}
