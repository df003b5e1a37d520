namespace WindowScoring;

/// <summary>
/// The assessments of one period (a month's table, 考核结果): every department assessed or not assessed,
/// in the order given.
/// </summary>
/// <remarks>Immutable (the assessments are copied on construction) and safe to share between threads.</remarks>
public sealed class AssessmentTable
{
    private readonly Assessment[] _assessments;

    /// <summary>Creates a table.</summary>
    /// <param name="assessments">The assessments, in table order; copied.</param>
    /// <param name="period">The period the table covers, when known.</param>
    /// <param name="title">The table's title as published, when known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> or one of its elements is null.</exception>
    public AssessmentTable(IEnumerable<Assessment> assessments, AssessmentPeriod? period = null, string? title = null)
    {
        _assessments = Preconditions.CheckNotNull(assessments).ToArray();
        foreach (var a in _assessments)
        {
            Preconditions.CheckArgument(a is not null, "The table contains a null assessment.", nameof(assessments));
        }

        Period = period;
        Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
    }

    /// <summary>The period the table covers, when known.</summary>
    public AssessmentPeriod? Period { get; }

    /// <summary>The title as published, when known.</summary>
    public string? Title { get; }

    /// <summary>The assessments in table order.</summary>
    public IReadOnlyList<Assessment> Assessments => Array.AsReadOnly(_assessments);

    /// <summary>The number of assessments (assessed and not assessed).</summary>
    public int Count => _assessments.Length;

    /// <summary>An invariant summary, e.g. <c>2023-11: 29 assessments</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{(Period?.ToString() ?? "period unknown")}: {_assessments.Length} assessments";
}
