using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using WindowScoring.Import;
using WindowScoring.Rules;

namespace WindowScoring.Tests.Reliability;

/// <summary>
/// What the library's IL can do, read from its metadata and method bodies (System.Reflection.Metadata): no file is opened
/// but the one whose path the caller passes to a documented path overload; nothing is written to the file system but the
/// file a caller names to a writer's <c>Write(table, path)</c>, through one internal helper (<c>TextTarget.ToFile</c>); no
/// BinaryFormatter or other type-naming serializer; no reflection that turns input into types or calls (Type.GetType,
/// Activator, Assembly.Load, Invoke); no process or network. Serialization of the scheme goes through System.Text.Json
/// into fixed private DTO types.
/// </summary>
public sealed class ReferencedMembersTests
{
    private static readonly Lazy<Library> Scanned = new(() => new Library(typeof(Assessment).Assembly.Location));

    [Test]
    public void OnlyTheDocumentedPathOverloadsOpenFiles_ReadersForReading_WritersThroughOneHelper()
    {
        var fileSystem = Scanned.Value.Calls
            .Where(c => c.Callee.StartsWith("System.IO.File::", StringComparison.Ordinal)
                || c.Callee.StartsWith("System.IO.FileStream::", StringComparison.Ordinal)
                || c.Callee.StartsWith("System.IO.FileInfo::", StringComparison.Ordinal)
                || c.Callee.StartsWith("System.IO.Directory::", StringComparison.Ordinal)
                || c.Callee.StartsWith("System.IO.DirectoryInfo::", StringComparison.Ordinal)
                || c.Callee.StartsWith("System.IO.RandomAccess::", StringComparison.Ordinal)
                || c.Callee is "System.IO.StreamReader::.ctor(string, …)" or "System.IO.StreamWriter::.ctor(string, …)")
            .Select(c => $"{c.Caller} → {c.Callee}")
            .Distinct()
            .Order(StringComparer.Ordinal);

        // The writers' one helper: a temporary file beside the target, flushed, moved over it (or deleted on failure);
        // a link followed, a device written in place.
        fileSystem.Should().Equal(
            "WindowScoring.Export.TextTarget::ToFile → System.IO.File::Delete(string, …)",
            "WindowScoring.Export.TextTarget::ToFile → System.IO.File::Move(string, …)",
            "WindowScoring.Export.TextTarget::ToFile → System.IO.FileInfo::.ctor(string, …)",
            "WindowScoring.Export.TextTarget::ToFile → System.IO.FileStream::.ctor(string, …)",
            "WindowScoring.Export.TextTarget::ToFile → System.IO.FileStream::Flush",
            "WindowScoring.Import.AssessmentTableReader::ReadEach → System.IO.File::OpenRead(string, …)",
            "WindowScoring.Ratings.RatingReader::Read → System.IO.File::OpenRead(string, …)",
            "WindowScoring.Rules.EventLogReader::Read → System.IO.File::OpenRead(string, …)",
            "WindowScoring.Rules.SchemeJson::LoadFile → System.IO.File::OpenRead(string, …)");
    }

    [Test]
    public void TheDocumentedPathOverloads_TakeThePathAsTheirFirstParameter()
    {
        var methods = new[]
        {
            typeof(AssessmentTableReader).GetMethod(nameof(AssessmentTableReader.Read), [typeof(string), typeof(ImportOptions)]),
            typeof(AssessmentTableReader).GetMethod(nameof(AssessmentTableReader.ReadEach), [typeof(string), typeof(Action<PublishedRow>), typeof(ImportOptions)]),
            typeof(EventLogReader).GetMethod(nameof(EventLogReader.Read), [typeof(string), typeof(ImportOptions)]),
            typeof(SchemeJson).GetMethod(nameof(SchemeJson.LoadFile), [typeof(string)]),
        };

        methods.Should().AllSatisfy(m => m!.GetParameters()[0].Name.Should().Be("path"));
    }

    [Test]
    public void NoBinaryFormatter_NoTypeNamingSerializer_NoProcessOrNetwork()
    {
        Scanned.Value.TypeReferences.Should().NotContain(t =>
            t.Contains("BinaryFormatter", StringComparison.Ordinal)
            || t.Contains("SoapFormatter", StringComparison.Ordinal)
            || t.Contains("NetDataContractSerializer", StringComparison.Ordinal)
            || t.Contains("ObjectStateFormatter", StringComparison.Ordinal)
            || t.Contains("LosFormatter", StringComparison.Ordinal)
            || t.StartsWith("System.Runtime.Serialization.Formatters", StringComparison.Ordinal)
            || t.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal)
            || t.StartsWith("System.Net.", StringComparison.Ordinal)
            || t.StartsWith("System.Reflection.Emit", StringComparison.Ordinal));
        Scanned.Value.AssemblyReferences.Should().NotContain(a => a.Contains("Formatters", StringComparison.Ordinal));
    }

    [Test]
    public void NoReflectionThatTurnsInputIntoTypesOrCalls()
    {
        Scanned.Value.Calls.Select(c => c.Callee).Should().NotContain(callee =>
            callee == "System.Type::GetType(string, …)"
            || callee.StartsWith("System.Type::InvokeMember", StringComparison.Ordinal)
            || callee.StartsWith("System.Type::GetMethod", StringComparison.Ordinal)
            || callee.StartsWith("System.Activator::", StringComparison.Ordinal)
            || callee.StartsWith("System.AppDomain::", StringComparison.Ordinal)
            || callee.StartsWith("System.Reflection.Assembly::Load", StringComparison.Ordinal)
            || callee.StartsWith("System.Reflection.MethodBase::Invoke", StringComparison.Ordinal)
            || callee.StartsWith("System.Reflection.MethodInfo::Invoke", StringComparison.Ordinal)
            || callee.StartsWith("System.Reflection.ConstructorInfo::Invoke", StringComparison.Ordinal)
            || callee.StartsWith("System.Runtime.Serialization.FormatterServices::", StringComparison.Ordinal));
    }

    [Test]
    public void ArgumentExceptions_AreMadeOnlyByPreconditions()
    {
        // Preconditions says it is the one place that throws for bad arguments: no other type makes one.
        var makers = Scanned.Value.Calls
            .Where(c => c.Callee.StartsWith("System.Argument", StringComparison.Ordinal) && c.Callee.Contains("Exception::", StringComparison.Ordinal))
            .Select(c => c.Caller[..c.Caller.IndexOf("::", StringComparison.Ordinal)])
            .Distinct();

        makers.Should().Equal("WindowScoring.Preconditions");
    }

    [Test]
    public void TheScanSeesCalls()
    {
        // A guard against a scan that finds nothing: known calls of the library are seen.
        Scanned.Value.Calls.Should().Contain(c => c.Caller == "WindowScoring.Rules.SchemeJson::Load" && c.Callee.StartsWith("System.Text.Json.JsonSerializer::Deserialize", StringComparison.Ordinal));
        Scanned.Value.Calls.Should().Contain(c => c.Caller == "WindowScoring.Rules.SchemeJson::Load" && c.Callee == "System.IO.StreamReader::.ctor");
        Scanned.Value.Calls.Count.Should().BeGreaterThan(1000);
    }

    /// <summary>The type references and the calls (caller → callee) of one assembly's IL.</summary>
    private sealed class Library
    {
        private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value, o => o.OperandType);

        internal Library(string path)
        {
            using var pe = new PEReader(File.OpenRead(path));
            var md = pe.GetMetadataReader();
            TypeReferences = md.TypeReferences.Select(h => TypeName(md, h)).ToHashSet(StringComparer.Ordinal);
            AssemblyReferences = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToArray();
            foreach (var typeHandle in md.TypeDefinitions)
            {
                var type = md.GetTypeDefinition(typeHandle);
                var caller = OuterTypeName(md, typeHandle);
                foreach (var methodHandle in type.GetMethods())
                {
                    var method = md.GetMethodDefinition(methodHandle);
                    if (method.RelativeVirtualAddress == 0)
                    {
                        continue;
                    }

                    // Lambdas and local functions are named <Outer>b__… or <Outer>g__…: attribute them to the method they are in.
                    var name = md.GetString(method.Name);
                    var outer = name.StartsWith('<') ? name[1..name.IndexOf('>', StringComparison.Ordinal)] : name;
                    foreach (var callee in Callees(md, pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader()))
                    {
                        Calls.Add((caller + "::" + outer, callee));
                    }
                }
            }
        }

        internal HashSet<string> TypeReferences { get; }

        internal string[] AssemblyReferences { get; }

        internal List<(string Caller, string Callee)> Calls { get; } = [];

        private static IEnumerable<string> Callees(MetadataReader md, BlobReader il)
        {
            var callees = new List<string>();
            while (il.RemainingBytes > 0)
            {
                short value = il.ReadByte();
                if (value == 0xFE)
                {
                    value = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                switch (Operands[value])
                {
                    case OperandType.InlineMethod:
                        callees.Add(MethodName(md, MetadataTokens.EntityHandle(il.ReadInt32())));
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    default:
                        il.Offset += 4;
                        break;
                }
            }

            return callees;
        }

        private static string MethodName(MetadataReader md, EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.MethodSpecification:
                    return MethodName(md, md.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
                case HandleKind.MethodDefinition:
                    var def = md.GetMethodDefinition((MethodDefinitionHandle)handle);
                    return OuterTypeName(md, def.GetDeclaringType()) + "::" + md.GetString(def.Name);
                case HandleKind.MemberReference:
                    var reference = md.GetMemberReference((MemberReferenceHandle)handle);
                    var name = ParentName(md, reference.Parent) + "::" + md.GetString(reference.Name);
                    return FirstParameterIsString(md, reference) ? name + "(string, …)" : name;
                default:
                    return "?";
            }
        }

        // A method signature: header, [generic count], parameter count, return type, then the first parameter.
        private static bool FirstParameterIsString(MetadataReader md, MemberReference reference)
        {
            if (reference.GetKind() != MemberReferenceKind.Method)
            {
                return false;
            }

            var blob = md.GetBlobReader(reference.Signature);
            var header = blob.ReadSignatureHeader();
            if (header.IsGeneric)
            {
                blob.ReadCompressedInteger();
            }

            if (blob.ReadCompressedInteger() == 0)
            {
                return false;
            }

            SkipType(ref blob); // the return type
            return blob.ReadSignatureTypeCode() == SignatureTypeCode.String;
        }

        private static void SkipType(ref BlobReader blob)
        {
            switch (blob.ReadSignatureTypeCode())
            {
                case SignatureTypeCode.TypeHandle:
                    blob.ReadTypeHandle();
                    break;
                case SignatureTypeCode.SZArray or SignatureTypeCode.ByReference or SignatureTypeCode.Pointer or SignatureTypeCode.Pinned:
                    SkipType(ref blob);
                    break;
                case SignatureTypeCode.GenericTypeParameter or SignatureTypeCode.GenericMethodParameter:
                    blob.ReadCompressedInteger();
                    break;
                case SignatureTypeCode.RequiredModifier or SignatureTypeCode.OptionalModifier:
                    blob.ReadTypeHandle();
                    SkipType(ref blob);
                    break;
                case SignatureTypeCode.GenericTypeInstance:
                    SkipType(ref blob);
                    for (var n = blob.ReadCompressedInteger(); n > 0; n--)
                    {
                        SkipType(ref blob);
                    }

                    break;
                case SignatureTypeCode.Array:
                    SkipType(ref blob);
                    blob.ReadCompressedInteger(); // rank
                    for (var n = blob.ReadCompressedInteger(); n > 0; n--)
                    {
                        blob.ReadCompressedInteger(); // sizes
                    }

                    for (var n = blob.ReadCompressedInteger(); n > 0; n--)
                    {
                        blob.ReadCompressedSignedInteger(); // lower bounds
                    }

                    break;
            }
        }

        private static string ParentName(MetadataReader md, EntityHandle parent) => parent.Kind switch
        {
            HandleKind.TypeReference => TypeName(md, (TypeReferenceHandle)parent),
            HandleKind.TypeDefinition => OuterTypeName(md, (TypeDefinitionHandle)parent),
            HandleKind.TypeSpecification => GenericTypeName(md, (TypeSpecificationHandle)parent),
            _ => "?",
        };

        private static string GenericTypeName(MetadataReader md, TypeSpecificationHandle handle)
        {
            var blob = md.GetBlobReader(md.GetTypeSpecification(handle).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return "?";
            }

            blob.ReadSignatureTypeCode();
            var type = blob.ReadTypeHandle();
            return type.Kind == HandleKind.TypeReference ? TypeName(md, (TypeReferenceHandle)type) : OuterTypeName(md, (TypeDefinitionHandle)type);
        }

        private static string TypeName(MetadataReader md, TypeReferenceHandle handle)
        {
            var type = md.GetTypeReference(handle);
            var name = md.GetString(type.Name);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? TypeName(md, (TypeReferenceHandle)type.ResolutionScope) + "+" + name
                : md.GetString(type.Namespace) + "." + name;
        }

        // Nested (compiler-generated) types are attributed to the outermost type that contains them.
        private static string OuterTypeName(MetadataReader md, TypeDefinitionHandle handle)
        {
            var type = md.GetTypeDefinition(handle);
            while (type.GetDeclaringType() is { IsNil: false } outer)
            {
                type = md.GetTypeDefinition(outer);
            }

            return md.GetString(type.Namespace) + "." + md.GetString(type.Name);
        }
    }
}
