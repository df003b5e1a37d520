using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WindowScoring.Tests.Reliability;

/// <summary>
/// The arrows between the library's namespaces, read from the compiled assembly (every type's signatures, fields,
/// properties, attributes' constructors, locals and the type, method and field tokens of every method body): the root
/// namespace <c>WindowScoring</c> names no wing (Import, Export, Rules, History, Validation, Audit, the DI namespace), and
/// the wings form no cycle. The checker is proved on a synthetic graph and on a small assembly compiled here whose only
/// wrong arrow is inside a method body.
/// </summary>
public sealed class LayerTests
{
    private const string Root = "WindowScoring";

    private static readonly Lazy<LayerGraph> Library = new(() => LayerGraph.Of(typeof(Assessment).Assembly));

    [Test]
    public void Root_NamesNoWing()
    {
        Library.Value.Violations(Root).Where(v => v.StartsWith(Root + " →", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void Wings_FormNoCycle()
    {
        Library.Value.Violations(Root).Where(v => v.StartsWith("cycle", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void Scan_SeesTheKnownArrows()
    {
        // A guard against a scan that finds nothing: arrows the code is known to have are seen.
        var edges = Library.Value.Edges;
        foreach (var (from, to) in edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine(from + " → " + string.Join(", ", to.Where(t => t != from).Order(StringComparer.Ordinal)));
        }

        edges["WindowScoring.Export"].Should().Contain(Root);
        edges["WindowScoring.Export"].Should().Contain("WindowScoring.History");
        edges["WindowScoring.Rules"].Should().Contain("WindowScoring.Import");
        edges["Microsoft.Extensions.DependencyInjection"].Should().Contain(
            [Root, "WindowScoring.Import", "WindowScoring.Export", "WindowScoring.Rules", "WindowScoring.History", "WindowScoring.Validation", "WindowScoring.Audit"]);
        edges[Root].Should().BeEquivalentTo([Root]);
    }

    [Test]
    public void Violations_OfAGraphWithWrongArrows_NameTheRootArrowAndTheCycle()
    {
        var graph = new LayerGraph(new Dictionary<string, HashSet<string>>
        {
            [Root] = [Root, "WindowScoring.Rules"],
            ["WindowScoring.Rules"] = [Root, "WindowScoring.Import"],
            ["WindowScoring.Import"] = [Root, "WindowScoring.Export"],
            ["WindowScoring.Export"] = [Root, "WindowScoring.Rules"],
            ["WindowScoring.Audit"] = [Root, "WindowScoring.Import"],
        });

        graph.Violations(Root).Should().Equal(
            "WindowScoring → WindowScoring.Rules",
            "cycle among WindowScoring.Export, WindowScoring.Import, WindowScoring.Rules");
    }

    [Test]
    public void Violations_OfALayeredGraph_AreNone()
    {
        var graph = new LayerGraph(new Dictionary<string, HashSet<string>>
        {
            [Root] = [Root],
            ["WindowScoring.Rules"] = [Root, "WindowScoring.Import"],
            ["WindowScoring.Import"] = [Root],
            ["WindowScoring.Export"] = [Root, "WindowScoring.History"],
            ["WindowScoring.History"] = [Root],
        });

        graph.Violations(Root).Should().BeEmpty();
    }

    [Test]
    public void Scan_OfAnAssemblyWhoseRootUsesAWingInAMethodBodyOnly_FindsTheArrow()
    {
        var graph = LayerGraph.Of(Compile("""
            namespace WindowScoring
            {
                public static class Core
                {
                    public static object Make() { var t = new WindowScoring.Rules.Thing(); return t.ToString()!; }
                }
            }

            namespace WindowScoring.Rules
            {
                public sealed class Thing { }
            }

            namespace WindowScoring.Import
            {
                public static class Reader
                {
                    public static int Count() => WindowScoring.Export.Writer.Written.Length;
                }
            }

            namespace WindowScoring.Export
            {
                public static class Writer
                {
                    public static readonly string Written = "";

                    public static string Read() { System.Func<int> f = () => WindowScoring.Import.Reader.Count(); return f().ToString(System.Globalization.CultureInfo.InvariantCulture); }
                }
            }
            """));

        graph.Violations(Root).Should().Equal(
            "WindowScoring → WindowScoring.Rules",
            "cycle among WindowScoring.Export, WindowScoring.Import");
    }

    private static Assembly Compile(string source)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var compilation = CSharpCompilation.Create(
            "LayerProbe" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source)],
            platform.Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        emitted.Success.Should().BeTrue(string.Join(Environment.NewLine, emitted.Diagnostics));
        pe.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(pe);
    }

    /// <summary>Which layer (namespace) names which, over the types of one assembly.</summary>
    private sealed class LayerGraph(Dictionary<string, HashSet<string>> edges)
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value, o => o.OperandType);

        internal Dictionary<string, HashSet<string>> Edges { get; } = edges;

        internal static LayerGraph Of(Assembly assembly)
        {
            var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var type in assembly.GetTypes())
            {
                if (LayerOf(type) is not { } from)
                {
                    continue;
                }

                var to = edges.TryGetValue(from, out var set) ? set : edges[from] = new HashSet<string>(StringComparer.Ordinal);
                foreach (var referenced in References(type))
                {
                    if (referenced.Assembly == assembly && LayerOf(referenced) is { } layer)
                    {
                        to.Add(layer);
                    }
                }
            }

            return new LayerGraph(edges);
        }

        /// <summary>The arrows from <paramref name="root"/> to any other layer, then every cycle among the others.</summary>
        internal IReadOnlyList<string> Violations(string root)
        {
            var found = Edges.GetValueOrDefault(root, []).Where(l => l != root).Order(StringComparer.Ordinal).Select(l => root + " → " + l).ToList();
            found.AddRange(Cycles(root).Select(c => "cycle among " + string.Join(", ", c)));
            return found;
        }

        // Strongly connected components (Tarjan) of more than one layer, the root left out; each listed in ordinal order.
        private IEnumerable<IReadOnlyList<string>> Cycles(string root)
        {
            var nodes = Edges.Keys.Concat(Edges.Values.SelectMany(v => v)).Where(n => n != root).Distinct().Order(StringComparer.Ordinal).ToArray();
            var index = new Dictionary<string, int>();
            var low = new Dictionary<string, int>();
            var stack = new Stack<string>();
            var components = new List<IReadOnlyList<string>>();
            foreach (var node in nodes)
            {
                if (!index.ContainsKey(node))
                {
                    Visit(node);
                }
            }

            return components.OrderBy(c => c[0], StringComparer.Ordinal);

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                foreach (var next in Edges.GetValueOrDefault(node, []).Where(n => n != root && n != node).Order(StringComparer.Ordinal))
                {
                    if (!index.ContainsKey(next))
                    {
                        Visit(next);
                        low[node] = Math.Min(low[node], low[next]);
                    }
                    else if (stack.Contains(next))
                    {
                        low[node] = Math.Min(low[node], index[next]);
                    }
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        component.Add(member);
                    }
                    while (member != node);

                    if (component.Count > 1)
                    {
                        components.Add(component.Order(StringComparer.Ordinal).ToArray());
                    }
                }
            }
        }

        // The layer of a type: the namespace of its outermost declaring type, cut to WindowScoring.<Wing>; null for
        // types of no layer (compiler-generated helpers in the global namespace, embedded attributes in System.*).
        private static string? LayerOf(Type type)
        {
            while (type.DeclaringType is { } outer)
            {
                type = outer;
            }

            var ns = type.Namespace;
            if (ns is null || ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                return null;
            }

            if (ns.StartsWith(Root + ".", StringComparison.Ordinal))
            {
                var dot = ns.IndexOf('.', Root.Length + 1);
                return dot < 0 ? ns : ns[..dot];
            }

            return ns;
        }

        private static IEnumerable<Type> References(Type type)
        {
            var found = new List<Type?> { type.BaseType };
            found.AddRange(type.GetInterfaces());
            found.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
            found.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
            found.AddRange(type.GetProperties(Declared).Select(p => p.PropertyType));
            found.AddRange(type.GetEvents(Declared).Select(e => e.EventHandlerType));
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                found.AddRange(method.GetParameters().Select(p => p.ParameterType));
                found.AddRange(method.GetCustomAttributesData().Select(a => a.AttributeType));
                if (method is MethodInfo info)
                {
                    found.Add(info.ReturnType);
                    found.AddRange(info.GetGenericArguments());
                }

                if (method.GetMethodBody() is { } body)
                {
                    found.AddRange(body.LocalVariables.Select(l => l.LocalType));
                    found.AddRange(BodyReferences(method, body.GetILAsByteArray()!));
                }
            }

            return found.OfType<Type>().SelectMany(Expand);
        }

        // The types named by the type, method, field and token operands of a method body.
        private static IEnumerable<Type> BodyReferences(MethodBase method, byte[] il)
        {
            var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            var found = new List<Type>();
            var at = 0;
            while (at < il.Length)
            {
                short value = il[at++];
                if (value == 0xFE)
                {
                    value = unchecked((short)(0xFE00 | il[at++]));
                }

                switch (Operands[value])
                {
                    case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                        var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                        switch (member)
                        {
                            case Type t:
                                found.Add(t);
                                break;
                            case MethodBase m:
                                found.Add(m.DeclaringType!);
                                if (m.IsGenericMethod)
                                {
                                    found.AddRange(m.GetGenericArguments());
                                }

                                break;
                            case FieldInfo f:
                                found.Add(f.DeclaringType!);
                                found.Add(f.FieldType);
                                break;
                        }

                        at += 4;
                        break;
                    case OperandType.InlineSwitch:
                        at += 4 + (4 * BitConverter.ToInt32(il, at));
                        break;
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        at += 1;
                        break;
                    case OperandType.InlineVar:
                        at += 2;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        at += 8;
                        break;
                    default:
                        at += 4;
                        break;
                }
            }

            return found;
        }

        // A type and what it is made of: element types and generic arguments, recursively.
        private static IEnumerable<Type> Expand(Type type)
        {
            if (type.IsGenericParameter)
            {
                yield break;
            }

            if (type.HasElementType)
            {
                foreach (var t in Expand(type.GetElementType()!))
                {
                    yield return t;
                }

                yield break;
            }

            yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
            if (type.IsGenericType)
            {
                foreach (var t in type.GetGenericArguments().SelectMany(Expand))
                {
                    yield return t;
                }
            }
        }
    }
}
