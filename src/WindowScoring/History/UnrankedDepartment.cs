namespace WindowScoring.History;

/// <summary>A department of an aggregated period that is listed apart, not ranked, and why.</summary>
/// <remarks>
/// Created only by the aggregation (the constructor is internal); properties may be added in later versions without
/// breaking callers. Immutable and safe to share between threads. Equality is reference equality.
/// </remarks>
public sealed class UnrankedDepartment
{
    internal UnrankedDepartment(Department department, IReadOnlyList<AssessmentPeriod> months, UnrankedReason reason, decimal? sum, decimal? average, string message)
    {
        Department = department;
        Months = ReadOnly.Of(months);
        Reason = reason;
        Sum = sum;
        Average = average;
        Message = message;
    }

    /// <summary>The department (its current identity and name, after aliases).</summary>
    public Department Department { get; }

    /// <summary>The months of the period in which it was assessed, in order (possibly none).</summary>
    public IReadOnlyList<AssessmentPeriod> Months { get; }

    /// <summary>Why it is not ranked.</summary>
    public UnrankedReason Reason { get; }

    /// <summary>The sum of its monthly totals; null when it has no assessed month or the sum is beyond <see cref="decimal"/>.</summary>
    public decimal? Sum { get; }

    /// <summary>The average of its monthly totals; null when <see cref="Sum"/> is null.</summary>
    public decimal? Average { get; }

    /// <summary>The reason with its figures, a sentence naming the department, in the language of the history's
    /// <see cref="MessageCatalog.ActiveCulture"/> when it was made (the same text as the diagnostic of its code).</summary>
    public string Message { get; }

    /// <summary>A one-line summary: <see cref="Reason"/> and <see cref="Message"/>, e.g. <c>TooFewMonths: 新进驻单位 was assessed in 1 month(s)…</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{Reason}: {Message}";
}
