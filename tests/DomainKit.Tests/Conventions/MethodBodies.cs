using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DomainKit.Tests.Conventions;

/// <summary>
/// What the method bodies of each type of a compiled assembly hold, read from its IL: the string literals they load
/// (constants included, since the compiler writes a constant's value where it is used) and the methods they call,
/// as <c>Namespace.Type::Name</c>. A nested type counts as its outermost type, so a lambda's strings and calls are
/// its method's type's.
/// </summary>
internal sealed class MethodBodies
{
    private readonly Dictionary<string, HashSet<string>> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> calls = new(StringComparer.Ordinal);

    private MethodBodies()
    {
    }

    /// <summary>Reads the assembly in the file at <paramref name="path"/>.</summary>
    public static MethodBodies Read(string path)
    {
        var bodies = new MethodBodies();
        using var file = File.OpenRead(path);
        using var pe = new PEReader(file);
        var reader = pe.GetMetadataReader();
        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var owner = OutermostName(reader, typeHandle);
            foreach (var methodHandle in reader.GetTypeDefinition(typeHandle).GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress != 0)
                {
                    bodies.ReadBody(reader, owner, pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }
        }
        return bodies;
    }

    /// <summary>The string literals the methods of <paramref name="type"/> (by full name) load.</summary>
    public IReadOnlySet<string> StringsOf(string type) => strings.GetValueOrDefault(type) ?? new HashSet<string>();

    /// <summary>The types (by full name) with a method that calls <paramref name="method"/> (<c>Namespace.Type::Name</c>).</summary>
    public IEnumerable<string> TypesCalling(string method) => calls.Where(c => c.Value.Contains(method)).Select(c => c.Key);

    private void ReadBody(MetadataReader reader, string owner, MethodBodyBlock body)
    {
        foreach (var (kind, token) in IlOperands.TokensOf(body))
        {
            if (kind == IlOperands.String)
            {
                Add(strings, owner, reader.GetUserString(MetadataTokens.UserStringHandle(token & 0xFFFFFF)));
            }
            else if (kind == IlOperands.Method && NameOf(reader, MetadataTokens.EntityHandle(token)) is { } called)
            {
                Add(calls, owner, called);
            }
        }
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string owner, string value)
    {
        if (!map.TryGetValue(owner, out var set))
        {
            map[owner] = set = new HashSet<string>(StringComparer.Ordinal);
        }
        set.Add(value);
    }

    private static string? NameOf(MetadataReader reader, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                return FullName(reader, method.GetDeclaringType()) + "::" + reader.GetString(method.Name);
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                return member.Parent.Kind == HandleKind.TypeDefinition
                    ? FullName(reader, (TypeDefinitionHandle)member.Parent) + "::" + reader.GetString(member.Name)
                    : null;
            case HandleKind.MethodSpecification:
                return NameOf(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            default:
                return null;
        }
    }

    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        if (type.GetDeclaringType() is { IsNil: false } outer)
        {
            return FullName(reader, outer) + "+" + name;
        }
        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static string OutermostName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            handle = outer;
            type = reader.GetTypeDefinition(handle);
        }
        return FullName(reader, handle);
    }
}
