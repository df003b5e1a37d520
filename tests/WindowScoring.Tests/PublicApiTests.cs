using System.Reflection;

namespace WindowScoring.Tests;

/// <summary>Checks of the public surface as a whole, by reflection.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Library = typeof(ScoringEngine).Assembly;

    private static IEnumerable<Type> TypesIn(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.HasElementType)
        {
            foreach (var t in TypesIn(type.GetElementType()!))
            {
                yield return t;
            }
        }

        foreach (var t in type.GetGenericArguments().SelectMany(TypesIn))
        {
            yield return t;
        }
    }

    private static IEnumerable<(string Where, Type Type)> PublicSignatureTypes()
    {
        const BindingFlags Visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in Library.GetExportedTypes())
        {
            if (type.BaseType is { } b)
            {
                yield return (type.Name + " base", b);
            }

            foreach (var i in type.GetInterfaces())
            {
                yield return (type.Name + " interface", i);
            }

            foreach (var member in type.GetMembers(Visible | BindingFlags.NonPublic).Where(m => m is not MethodBase { IsPrivate: true, IsAssembly: true }))
            {
                var visible = member switch
                {
                    MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
                    FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
                    PropertyInfo p => (p.GetMethod?.IsPublic ?? false) || (p.SetMethod?.IsPublic ?? false),
                    _ => false,
                };
                if (!visible)
                {
                    continue;
                }

                var types = member switch
                {
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    FieldInfo f => [f.FieldType],
                    PropertyInfo p => [p.PropertyType],
                    _ => [],
                };
                foreach (var t in types)
                {
                    yield return ($"{type.Name}.{member.Name}", t);
                }
            }
        }
    }

    [Test]
    public void NoCsvHelperType_InThePublicApi()
    {
        var leaks = PublicSignatureTypes()
            .SelectMany(x => TypesIn(x.Type).Select(t => (x.Where, Type: t)))
            .Where(x => x.Type.Assembly.GetName().Name == "CsvHelper")
            .Select(x => $"{x.Where}: {x.Type}")
            .ToArray();

        leaks.Should().BeEmpty();
        PublicSignatureTypes().Should().NotBeEmpty("the check must see the public surface");
    }

    [Test]
    public void EveryResultWithDiagnostics_HasErrorsHasErrorsAndEnsureSuccessReturningItself()
    {
        var results = Library.GetExportedTypes()
            .Where(t => !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t) && t.GetProperty("Diagnostics")?.PropertyType == typeof(IReadOnlyList<Diagnostic>))
            .ToArray();
        results.Select(t => t.Name).Should().Contain(["SchemeLoadResult", "EventLogResult", "AuditReport", "ImportResult"]);

        var missing = results
            .Where(t => t.GetProperty("Errors")?.PropertyType != typeof(IEnumerable<Diagnostic>)
                || t.GetProperty("HasErrors")?.PropertyType != typeof(bool)
                || t.GetMethod("EnsureSuccess", Type.EmptyTypes)?.ReturnType != t)
            .Select(t => t.FullName)
            .ToArray();

        missing.Should().BeEmpty("every result that can fail follows one pattern: Diagnostics, Errors, HasErrors, EnsureSuccess() returning the result");
    }

    [Test]
    public void EveryEquatableType_DefinesEqualityOperators()
    {
        var missing = Library.GetExportedTypes()
            .Where(t => !t.IsInterface && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GenericTypeArguments[0] == t))
            .Where(t => t.GetMethod("op_Equality", [t, t]) is null || t.GetMethod("op_Inequality", [t, t]) is null)
            .Select(t => t.FullName)
            .ToArray();

        missing.Should().BeEmpty();
    }

    [Test]
    public void EveryComparableType_DefinesOrderingOperators()
    {
        var missing = Library.GetExportedTypes()
            .Where(t => t.GetInterfaces().Contains(typeof(IComparable<>).MakeGenericType(t)))
            .Where(t => new[] { "op_LessThan", "op_GreaterThan", "op_LessThanOrEqual", "op_GreaterThanOrEqual" }.Any(op => t.GetMethod(op, [t, t]) is null))
            .Select(t => t.FullName)
            .ToArray();

        missing.Should().BeEmpty();
    }

    [Test]
    public void LibraryBuild_IsTheOneTheRunAskedFor()
    {
        var framework = Library.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName;
        TestContext.Out.WriteLine($"Testing the library built for {framework}");
        // .ci/run sets the variable for its run against the net8.0 build; otherwise the project references the net10.0 build.
        var expected = Environment.GetEnvironmentVariable("WINDOWSCORING_EXPECT_LIBRARY_TFM") ?? ".NETCoreApp,Version=v10.0";
        framework.Should().Be(expected);
    }
}
