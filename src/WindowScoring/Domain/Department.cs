using System.Text;

namespace WindowScoring.Domain;

/// <summary>
/// A department (部门/单位) whose window (窗口) is assessed. Its identity is the <see cref="Code"/>;
/// the <see cref="Name"/> is only how a table prints it.
/// </summary>
/// <remarks>
/// <para>Two departments are equal when their codes are equal (ordinal comparison); the display name
/// takes no part in equality, so a department keeps its identity across name variants.</para>
/// <para>A department created from a name alone (<see cref="FromName(string)"/>) gets the code
/// <see cref="NormalizeName(string)"/> of that name, so <c>省新闻出版局 (省电影局)</c> and
/// <c>省新闻出版局（省电影局）</c> are the same department.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Department : IEquatable<Department>
{
    /// <summary>Creates a department with an explicit stable code and a display name.</summary>
    /// <param name="code">The stable identity (e.g. an organisation code); must not be blank.</param>
    /// <param name="name">The display name as printed in tables; must not be blank. Surrounding white space is trimmed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    public Department(string code, string name)
    {
        Code = Preconditions.CheckNotBlank(code).Trim();
        Name = Preconditions.CheckNotBlank(name).Trim();
    }

    /// <summary>The stable identity of the department. Equality compares this alone.</summary>
    public string Code { get; }

    /// <summary>The display name, exactly as given apart from surrounding white space.</summary>
    public string Name { get; }

    /// <summary>
    /// Creates a department known only by its name; its <see cref="Code"/> is the normalised name
    /// (see <see cref="NormalizeName(string)"/>).
    /// </summary>
    /// <param name="name">The display name; must not be blank.</param>
    /// <returns>A department whose code is derived from <paramref name="name"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static Department FromName(string name)
    {
        Preconditions.CheckNotBlank(name);
        return new Department(NormalizeName(name), name);
    }

    /// <summary>
    /// Normalises a department name to the key used as a derived code: full-width letters, digits and
    /// brackets folded to ASCII (<c>（</c> → <c>(</c>), surrounding white space trimmed, inner runs of
    /// white space collapsed to one space, spaces next to brackets or Chinese characters removed,
    /// ASCII letters lower-cased invariantly, and a trailing <c>窗口</c> ("window") removed.
    /// </summary>
    /// <param name="name">The name to normalise.</param>
    /// <returns>The normalised key; culture-invariant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <example><c>NormalizeName("省新闻出版局 (省电影局)") == NormalizeName("省新闻出版局（省电影局）") == "省新闻出版局(省电影局)"</c></example>
    public static string NormalizeName(string name)
    {
        Preconditions.CheckNotNull(name);
        if (IsAlreadyNormal(name))
        {
            return name;
        }

        var folded = TextFolding.Fold(name).Trim();
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var raw in folded)
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var c = raw is >= 'A' and <= 'Z' ? (char)(raw + 32) : raw;
            if (pendingSpace && !IsSpaceAbsorbing(c) && !IsSpaceAbsorbing(builder[^1]))
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c);
        }

        const string WindowSuffix = "窗口";
        if (builder.Length > WindowSuffix.Length && builder.ToString(builder.Length - WindowSuffix.Length, WindowSuffix.Length) == WindowSuffix)
        {
            builder.Length -= WindowSuffix.Length;
            if (builder[^1] == ' ')
            {
                builder.Length--;
            }
        }

        return builder.ToString();
    }

    // True when NormalizeName would return the name unchanged (the usual case), checked without allocating.
    private static bool IsAlreadyNormal(string name)
    {
        if (name.Length == 0 || name.EndsWith("窗口", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c is >= 'A' and <= 'Z' || TextFolding.Fold(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpaceAbsorbing(char c) => c > '\u007F' || c is '(' or ')' or '[' or ']' or '{' or '}';

    /// <inheritdoc />
    public bool Equals(Department? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Department);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Compares two departments by <see cref="Code"/>.</summary>
    /// <param name="left">The first department.</param>
    /// <param name="right">The second department.</param>
    /// <returns>True when both are null or their codes are equal.</returns>
    public static bool operator ==(Department? left, Department? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two departments by <see cref="Code"/>.</summary>
    /// <param name="left">The first department.</param>
    /// <param name="right">The second department.</param>
    /// <returns>True when their codes differ.</returns>
    public static bool operator !=(Department? left, Department? right) => !(left == right);

    /// <summary>Returns the display name.</summary>
    /// <returns>The <see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
