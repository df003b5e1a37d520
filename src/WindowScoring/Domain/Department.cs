using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace WindowScoring;

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
[System.Text.Json.Serialization.JsonConverter(typeof(DepartmentJsonConverter))]
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

    // For readers that have already trimmed the name and know it is not blank: the same department as FromName(name),
    // without checking and trimming the name twice more.
    private Department(string trimmedName)
    {
        Code = NormalizeName(trimmedName);
        Name = trimmedName;
    }

    /// <summary><see cref="FromName(string)"/> for a name already trimmed and not empty (as a reader has it).</summary>
    internal static Department FromTrimmedName(string trimmedName)
    {
        System.Diagnostics.Debug.Assert(trimmedName.Length > 0 && trimmedName.AsSpan().Trim().Length == trimmedName.Length, "Trimmed and not empty.");
        return new Department(trimmedName);
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

        var folded = TextFolding.TrimSpace(TextFolding.Fold(name));
        char[]? rented = null;
        var buffer = folded.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(folded.Length));
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in folded)
        {
            if (TextFolding.IsSpace(raw))
            {
                pendingSpace = length > 0;
                continue;
            }

            var c = raw is >= 'A' and <= 'Z' ? (char)(raw + 32) : raw;
            if (pendingSpace && !IsSpaceAbsorbing(c) && !IsSpaceAbsorbing(buffer[length - 1]))
            {
                buffer[length++] = ' ';
            }

            pendingSpace = false;
            buffer[length++] = c;
        }

        const string WindowSuffix = "窗口";
        if (length > WindowSuffix.Length && buffer[..length].EndsWith(WindowSuffix))
        {
            length -= WindowSuffix.Length;
            if (buffer[length - 1] == ' ')
            {
                length--;
            }
        }

        var normal = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return normal;
    }

    // True when NormalizeName would return the name unchanged (the usual case), checked without allocating: no white space,
    // no ASCII capital, nothing TextFolding folds, not ending in 窗口.
    private static bool IsAlreadyNormal(string name)
    {
        if (name.Length == 0 || (name.Length >= 2 && name[^1] == '口' && name[^2] == '窗'))
        {
            return false;
        }

        return (Vector128.IsHardwareAccelerated && name.Length >= Vector128<ushort>.Count && AllPlain(name)) || NoneChanged(name);
    }

    // True when every character is printable ASCII other than a capital, or in U+3016..U+FF00 (CJK: neither white space nor
    // folded), eight at a time; false when some character needs the exact check of NoneChanged.
    private static bool AllPlain(ReadOnlySpan<char> name)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(name));
        var last = (nuint)(name.Length - Vector128<ushort>.Count);
        for (nuint i = 0; ; i += (nuint)Vector128<ushort>.Count)
        {
            i = Math.Min(i, last); // the last block overlaps the one before it
            var c = Vector128.LoadUnsafe(ref first, i);
            var plain = Vector128.LessThanOrEqual(c - Vector128.Create((ushort)'!'), Vector128.Create((ushort)('@' - '!')))
                | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)'['), Vector128.Create((ushort)('~' - '[')))
                | Vector128.LessThanOrEqual(c - Vector128.Create((ushort)0x3016), Vector128.Create((ushort)(0xFF00 - 0x3016)));
            if (plain != Vector128<ushort>.AllBitsSet)
            {
                return false;
            }

            if (i == last)
            {
                return true;
            }
        }
    }

    private static bool NoneChanged(string name)
    {
        foreach (var c in name)
        {
            if (c < '\u0080')
            {
                if (c <= ' ' || c is >= 'A' and <= 'Z')
                {
                    return false; // ASCII white space or a capital (or a control character: rare, and then computed the long way)
                }
            }
            else if ((c < '\u3016' || c > '\uFF00') && (TextFolding.IsSpace(c) || TextFolding.Fold(c) != c))
            {
                return false; // CJK (U+3016 to U+FF00) is neither white space nor folded
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
