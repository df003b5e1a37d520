namespace WindowScoring.History;

/// <summary>
/// Renames and mergers of departments: an immutable map from a former department to the department that
/// carries its history today (省林业厅 → 省林草局), so a renamed department keeps its months.
/// </summary>
/// <remarks>
/// <para>Departments are matched by identity (<see cref="Department.Code"/>), never by display name; a
/// department known only by name has its normalised name as code, so <c>省林业厅窗口</c> and <c>省林业厅</c> are
/// the same former department.</para>
/// <para>Chains resolve to their end: with 甲 → 乙 and 乙 → 丙, <see cref="Resolve"/> gives 丙 for 甲, 乙 and 丙.
/// A merger is several formers mapped to one current department. A cycle (甲 → 乙 → 甲), a department mapped
/// to itself, or one former mapped to two different departments is a programmer error
/// (<see cref="ArgumentException"/>).</para>
/// <para>The resolved department is the <em>target object</em> given here, so its <see cref="Department.Name"/>
/// is the display name the history uses.</para>
/// <para>Immutable and safe to share between threads; <see cref="Add(Department, Department)"/> returns a new map.</para>
/// </remarks>
public sealed class DepartmentAliases
{
    private readonly Dictionary<Department, Department> _pairs;
    private readonly Dictionary<Department, Department> _resolved;

    /// <summary>Creates a map from pairs of a former department and the department it became.</summary>
    /// <param name="pairs">Former department (key) → current department (value); a <see cref="Dictionary{TKey, TValue}"/> will do.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> or a department in it is null.</exception>
    /// <exception cref="ArgumentException">A department maps to itself, a former maps to two departments, or the pairs form a cycle.</exception>
    public DepartmentAliases(IEnumerable<KeyValuePair<Department, Department>> pairs)
    {
        Preconditions.CheckNotNull(pairs);
        _pairs = new Dictionary<Department, Department>();
        foreach (var (former, current) in pairs)
        {
            AddPair(_pairs, former, current);
        }

        _resolved = ResolveAll(_pairs);
    }

    private DepartmentAliases(Dictionary<Department, Department> pairs)
    {
        _pairs = pairs;
        _resolved = ResolveAll(pairs);
    }

    /// <summary>No aliases: every department is itself.</summary>
    public static DepartmentAliases Empty { get; } = new(new Dictionary<Department, Department>());

    /// <summary>The pairs as given: former department → the department it became (one step, not resolved).</summary>
    public IReadOnlyDictionary<Department, Department> Pairs => _pairs;

    /// <summary>The number of former departments.</summary>
    public int Count => _pairs.Count;

    /// <summary>Returns a map with one more pair.</summary>
    /// <param name="former">The department as it was (e.g. <c>Department.FromName("省林业厅")</c>).</param>
    /// <param name="current">The department it became (e.g. <c>Department.FromName("省林草局")</c>).</param>
    /// <returns>A new map; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The pair maps a department to itself, contradicts a pair already present, or closes a cycle.</exception>
    public DepartmentAliases Add(Department former, Department current)
    {
        var pairs = new Dictionary<Department, Department>(_pairs);
        AddPair(pairs, former, current);
        return new DepartmentAliases(pairs);
    }

    /// <summary>Returns a map with one more pair, both departments known by name (see <see cref="Department.FromName"/>).</summary>
    /// <param name="formerName">The former name, e.g. <c>省林业厅</c>.</param>
    /// <param name="currentName">The current name, e.g. <c>省林草局</c>.</param>
    /// <returns>A new map; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, or the pair is rejected as by <see cref="Add(Department, Department)"/>.</exception>
    public DepartmentAliases Add(string formerName, string currentName) =>
        Add(Department.FromName(formerName), Department.FromName(currentName));

    /// <summary>The department that carries <paramref name="department"/>'s history today: the end of its chain, or itself.</summary>
    /// <param name="department">A department as printed in some month.</param>
    /// <returns>The current department (the object given as the last target of the chain), or <paramref name="department"/> when it has no alias.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public Department Resolve(Department department)
    {
        Preconditions.CheckNotNull(department);
        return _resolved.TryGetValue(department, out var current) ? current : department;
    }

    /// <summary>True when <paramref name="department"/> is a former department (it resolves to another one).</summary>
    /// <param name="department">The department.</param>
    /// <returns>Whether it has an alias.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="department"/> is null.</exception>
    public bool IsFormer(Department department) => _pairs.ContainsKey(Preconditions.CheckNotNull(department));

    /// <summary>An invariant summary, e.g. <c>2 aliases</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Count == 1 ? "1 alias" : $"{Count} aliases";

    private static void AddPair(Dictionary<Department, Department> pairs, Department former, Department current)
    {
        Preconditions.CheckNotNull(former);
        Preconditions.CheckNotNull(current);
        Preconditions.CheckArgument(!former.Equals(current), $"The department '{former.Name}' ({former.Code}) is mapped to itself.", nameof(current));
        if (pairs.TryGetValue(former, out var existing))
        {
            Preconditions.CheckArgument(existing.Equals(current),
                $"The department '{former.Name}' ({former.Code}) is mapped to both '{existing.Name}' and '{current.Name}'.", nameof(current));
            return;
        }

        pairs.Add(former, current);
    }

    private static Dictionary<Department, Department> ResolveAll(Dictionary<Department, Department> pairs)
    {
        var resolved = new Dictionary<Department, Department>(pairs.Count);
        foreach (var former in pairs.Keys)
        {
            var current = pairs[former];
            var steps = 1;
            while (pairs.TryGetValue(current, out var next))
            {
                Preconditions.CheckArgument(++steps <= pairs.Count,
                    $"The aliases form a cycle through '{former.Name}' ({former.Code}).", nameof(pairs));
                current = next;
            }

            resolved.Add(former, current);
        }

        return resolved;
    }
}
