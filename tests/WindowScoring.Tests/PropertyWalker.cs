using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace WindowScoring.Tests;

/// <summary>
/// Reads an object graph as LINQPad's <c>Dump()</c> and a debugger view do: every public instance property (indexers
/// aside) of every object it reaches, recursively, the elements of every sequence (up to 1,000, as <c>Dump()</c> shows),
/// and the result of a <c>ToDump()</c> method when a type has one. A getter, an enumerator or a <c>ToDump()</c> that
/// throws fails the walk with the path that reached it. Framework types are leaves except for their sequences,
/// key-value pairs and tuples. Public so that the LINQPad queries compiled by <see cref="Samples.LinqPadSampleTests"/>
/// can call it from their <c>Dump()</c> stand-in.
/// </summary>
public static class PropertyWalker
{
    private const int MaxDepth = 24;
    private const int MaxElements = 1000;

    /// <summary>Walks <paramref name="root"/>; returns the distinct types of the objects it read.</summary>
    /// <exception cref="PropertyReadException">A property, an enumeration or a <c>ToDump()</c> threw.</exception>
    public static IReadOnlySet<Type> Walk(object? root)
    {
        var walk = new State();
        Visit(root, "root", 0, walk);
        return walk.Types;
    }

    private static void Visit(object? value, string path, int depth, State state)
    {
        if (value is null || depth > MaxDepth)
        {
            return;
        }

        var type = value.GetType();
        if (IsLeaf(type))
        {
            return;
        }

        if (type.IsValueType)
        {
            if (state.Path.Any(v => v.Equals(value)))
            {
                return; // a value that contains itself (a month's FirstMonth is the month)
            }
        }
        else if (!state.Seen.Add(value))
        {
            return;
        }

        state.Types.Add(type);
        state.Path.Push(value);
        try
        {
            if (IsFramework(type))
            {
                VisitFramework(value, type, path, depth, state);
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true } getter)
                {
                    continue;
                }

                Visit(Read(() => getter.Invoke(value, null), $"{path}.{property.Name}"), $"{path}.{property.Name}", depth + 1, state);
            }

            if (type.GetMethod("ToDump", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is { } toDump)
            {
                Visit(Read(() => toDump.Invoke(value, null), $"{path}.ToDump()"), $"{path}.ToDump()", depth + 1, state);
            }

            if (value is IEnumerable sequence)
            {
                VisitElements(sequence, path, depth, state);
            }
        }
        finally
        {
            state.Path.Pop();
        }
    }

    private static void VisitFramework(object value, Type type, string path, int depth, State state)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            Visit(type.GetProperty("Key")!.GetValue(value), path + ".Key", depth + 1, state);
            Visit(type.GetProperty("Value")!.GetValue(value), path + ".Value", depth + 1, state);
        }
        else if (value is ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                Visit(tuple[i], $"{path}.Item{i + 1}", depth + 1, state);
            }
        }
        else if (value is IEnumerable sequence)
        {
            VisitElements(sequence, path, depth, state);
        }
    }

    private static void VisitElements(IEnumerable sequence, string path, int depth, State state)
    {
        var enumerator = Read(sequence.GetEnumerator, path + ".GetEnumerator()")!;
        try
        {
            for (var i = 0; i < MaxElements && Read(() => enumerator.MoveNext(), $"{path}[{i}]") is true; i++)
            {
                Visit(enumerator.Current, $"{path}[{i}]", depth + 1, state);
            }
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }

    private static T Read<T>(Func<T> read, string path)
    {
        try
        {
            return read();
        }
        catch (Exception e)
        {
            var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
            throw new PropertyReadException($"Reading {path} threw {inner.GetType().Name}: {inner.Message}", inner);
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal)
        || typeof(Delegate).IsAssignableFrom(type) || typeof(MemberInfo).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type)
        || (IsFramework(type) && IsOpaque(type));

    // A framework type is read only for what it holds (sequences, pairs, tuples); the others (CultureInfo, DateOnly, …) are leaves.
    private static bool IsOpaque(Type type) =>
        !typeof(IEnumerable).IsAssignableFrom(type) && !typeof(ITuple).IsAssignableFrom(type)
        && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));

    private static bool IsFramework(Type type) =>
        type.Assembly.GetName().Name is { } name && (name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft", StringComparison.Ordinal)
            || name is "mscorlib" or "netstandard");

    private sealed class State
    {
        internal HashSet<object> Seen { get; } = new(ReferenceEqualityComparer.Instance);

        internal HashSet<Type> Types { get; } = [];

        internal Stack<object> Path { get; } = new();
    }
}

/// <summary>A property (or an enumeration, or <c>ToDump()</c>) threw while <see cref="PropertyWalker"/> read it.</summary>
public sealed class PropertyReadException(string message, Exception inner) : Exception(message, inner);
