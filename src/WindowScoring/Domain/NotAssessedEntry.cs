namespace WindowScoring;

/// <summary>
/// A department not assessed in a period (不参与考核: newly moved in, exempt, below a workload threshold): listed apart,
/// never ranked and never treated as 0 or 100. It has no figures, so it is not an <see cref="Assessment"/>.
/// </summary>
/// <remarks>Immutable and safe to share between threads. Equality compares the department, the reason and the group.</remarks>
public sealed class NotAssessedEntry : IEquatable<NotAssessedEntry>
{
    private readonly string? _group;

    /// <summary>Creates an entry.</summary>
    /// <param name="department">The department not assessed.</param>
    /// <param name="reason">Why it was not assessed, e.g. "新进驻" (newly moved in); optional (trimmed; blank is none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public NotAssessedEntry(Department department, string? reason = null)
    {
        Department = Preconditions.CheckNotNull(department);
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    /// <summary>The department not assessed.</summary>
    public Department Department { get; }

    /// <summary>Why the department was not assessed, when given (trimmed); null when none was given.</summary>
    public string? Reason { get; }

    /// <summary>
    /// The group the department is listed in when the table has groups (see <see cref="Assessment.Group"/>); null for the
    /// table's single group. A blank group is no group (null), and a group is trimmed, however it is set.
    /// </summary>
    public string? Group
    {
        get => _group;
        init => _group = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <inheritdoc />
    public bool Equals(NotAssessedEntry? other) =>
        other is not null
        && Department.Equals(other.Department)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && string.Equals(Group, other.Group, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NotAssessedEntry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Department, Reason, Group);

    /// <summary>Value equality (see <see cref="Equals(NotAssessedEntry?)"/>).</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(NotAssessedEntry? left, NotAssessedEntry? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first entry.</param>
    /// <param name="right">The second entry.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(NotAssessedEntry? left, NotAssessedEntry? right) => !(left == right);

    /// <summary>An invariant one-line summary, e.g. <c>新进驻单位: not assessed (新进驻)</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{Department.Name}: not assessed{(Reason is null ? string.Empty : " (" + Reason + ")")}";
}
