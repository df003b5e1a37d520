namespace WindowScoring.Rules;

/// <summary>A department named in an honour or list.</summary>
/// <remarks>
/// Created only by the engine (the constructor is internal); properties may be added in later versions without
/// breaking callers. Immutable and safe to share between threads. Equality is reference equality.
/// </remarks>
public sealed class HonourAward
{
    internal HonourAward(string title, Department department, decimal rank, decimal total)
    {
        Title = title;
        Department = department;
        Rank = rank;
        Total = total;
    }

    /// <summary>The honour's title, e.g. 红旗窗口.</summary>
    public string Title { get; }

    /// <summary>The department.</summary>
    public Department Department { get; }

    /// <summary>Its rank in the period.</summary>
    public decimal Rank { get; }

    /// <summary>Its total.</summary>
    public decimal Total { get; }

    /// <summary>An invariant form, e.g. <c>HonourAward { Title = 红旗窗口, Department = 教育厅, Rank = 1, Total = 114.5 }</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Of(nameof(HonourAward),
        (nameof(Title), Title), (nameof(Department), Department), (nameof(Rank), Rank), (nameof(Total), Total));
}
