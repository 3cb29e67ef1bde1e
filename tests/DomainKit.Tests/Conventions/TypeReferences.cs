using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace DomainKit.Tests.Conventions;

/// <summary>
/// Every reference from a type of a compiled assembly to another type, read from its metadata as the runtime would
/// bind it: base types and interfaces, generic constraints, the signatures of fields and methods, local variables,
/// every type, method and field a method body names (calls, <c>new</c>, casts, <c>typeof</c>, field access), caught
/// exception types, and attributes with the types their arguments name. A nested type counts as its outermost type,
/// and so does a compiler-made class (a lambda's closure, an iterator). References to the defining type itself are
/// left out.
/// </summary>
internal sealed class TypeReferences
{
    private readonly MetadataReader reader;
    private readonly string assembly;
    private readonly SignatureTypes types;
    private readonly Dictionary<EntityHandle, TypeDefinitionHandle> owners = [];
    private readonly HashSet<(TypeKey From, TypeKey To)> found = [];

    private TypeReferences(MetadataReader reader)
    {
        this.reader = reader;
        assembly = reader.GetString(reader.GetAssemblyDefinition().Name);
        types = new SignatureTypes(this);
    }

    /// <summary>The distinct references between types of the assembly in <paramref name="image"/> and the types they use.</summary>
    public static IReadOnlyCollection<(TypeKey From, TypeKey To)> Read(Stream image)
    {
        using var pe = new PEReader(image, PEStreamOptions.LeaveOpen);
        var references = new TypeReferences(pe.GetMetadataReader());
        references.ReadAll(pe);
        return references.found;
    }

    /// <summary>The references of the assembly in the file at <paramref name="path"/>.</summary>
    public static IReadOnlyCollection<(TypeKey From, TypeKey To)> Read(string path)
    {
        using var file = File.OpenRead(path);
        return Read(file);
    }

    internal TypeKey Of(TypeDefinitionHandle handle)
    {
        var definition = reader.GetTypeDefinition(handle);
        while (definition.GetDeclaringType() is { IsNil: false } outer)
        {
            definition = reader.GetTypeDefinition(outer);
        }
        return new TypeKey(assembly, reader.GetString(definition.Namespace), reader.GetString(definition.Name));
    }

    internal TypeKey Of(TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        while (reference.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            reference = reader.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope);
        }
        var scope = reference.ResolutionScope.Kind == HandleKind.AssemblyReference
            ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name)
            : assembly;
        return new TypeKey(scope, reader.GetString(reference.Namespace), reader.GetString(reference.Name));
    }

    /// <summary>The type an attribute's <c>typeof(...)</c> argument names, written as <c>Namespace.Outer+Inner, Assembly</c>.</summary>
    internal TypeKey? OfSerializedName(string name)
    {
        var generic = name.IndexOf('[', StringComparison.Ordinal);
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var typeName = (generic >= 0 ? name[..generic] : comma >= 0 ? name[..comma] : name).Trim();
        var rest = generic >= 0 ? name[(name.LastIndexOf(']') + 1)..] : comma >= 0 ? name[comma..] : "";
        var owner = rest.TrimStart(',', ' ').Split(',')[0].Trim();
        var outer = typeName.Split('+')[0];
        var dot = outer.LastIndexOf('.');
        return new TypeKey(owner.Length == 0 ? assembly : owner, dot < 0 ? "" : outer[..dot], outer[(dot + 1)..]);
    }

    internal PrimitiveTypeCode UnderlyingEnumType(ImmutableArray<TypeKey> type)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            if (type.Length == 1 && reader.GetTypeDefinition(handle).GetDeclaringType().IsNil && Of(handle) == type[0])
            {
                foreach (var field in reader.GetTypeDefinition(handle).GetFields())
                {
                    var definition = reader.GetFieldDefinition(field);
                    if ((definition.Attributes & FieldAttributes.Static) == 0)
                    {
                        var blob = reader.GetBlobReader(definition.Signature);
                        blob.ReadSignatureHeader();
                        return (PrimitiveTypeCode)blob.ReadSignatureTypeCode();
                    }
                }
            }
        }
        // Enums of other assemblies in attribute arguments (AttributeTargets and the like) are 32-bit.
        return PrimitiveTypeCode.Int32;
    }

    private void ReadAll(PEReader pe)
    {
        foreach (var handle in reader.TypeDefinitions)
        {
            ReadType(pe, handle);
        }
        foreach (var handle in reader.CustomAttributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!owners.TryGetValue(attribute.Parent, out var owner))
            {
                continue;
            }
            AddMember(owner, attribute.Constructor);
            try
            {
                var value = attribute.DecodeValue(types);
                foreach (var argument in value.FixedArguments.Concat(value.NamedArguments.Select(n => new CustomAttributeTypedArgument<ImmutableArray<TypeKey>>(n.Type, n.Value))))
                {
                    AddAttributeArgument(owner, argument);
                }
            }
            catch (BadImageFormatException)
            {
                // A value the decoder cannot read names no type of ours that its constructor does not already.
            }
        }
    }

    private void AddAttributeArgument(TypeDefinitionHandle owner, CustomAttributeTypedArgument<ImmutableArray<TypeKey>> argument)
    {
        // The decoder gives a typeof(...) argument as the types its serialized name names (SignatureTypes.GetTypeFromSerializedName).
        if (argument.Value is ImmutableArray<TypeKey> named)
        {
            Add(owner, named);
        }
        else if (argument.Value is ImmutableArray<CustomAttributeTypedArgument<ImmutableArray<TypeKey>>> elements)
        {
            foreach (var element in elements)
            {
                AddAttributeArgument(owner, element);
            }
        }
    }

    private void ReadType(PEReader pe, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        owners[handle] = handle;
        AddType(handle, type.BaseType);
        foreach (var implementation in type.GetInterfaceImplementations())
        {
            owners[implementation] = handle;
            AddType(handle, reader.GetInterfaceImplementation(implementation).Interface);
        }
        ReadGenericParameters(handle, type.GetGenericParameters());
        foreach (var fieldHandle in type.GetFields())
        {
            owners[fieldHandle] = handle;
            Add(handle, reader.GetFieldDefinition(fieldHandle).DecodeSignature(types, null));
        }
        foreach (var propertyHandle in type.GetProperties())
        {
            owners[propertyHandle] = handle;
        }
        foreach (var eventHandle in type.GetEvents())
        {
            owners[eventHandle] = handle;
            AddType(handle, reader.GetEventDefinition(eventHandle).Type);
        }
        foreach (var methodHandle in type.GetMethods())
        {
            owners[methodHandle] = handle;
            var method = reader.GetMethodDefinition(methodHandle);
            var signature = method.DecodeSignature(types, null);
            Add(handle, signature.ReturnType);
            foreach (var parameter in signature.ParameterTypes)
            {
                Add(handle, parameter);
            }
            foreach (var parameter in method.GetParameters())
            {
                owners[parameter] = handle;
            }
            ReadGenericParameters(handle, method.GetGenericParameters());
            if (method.RelativeVirtualAddress != 0)
            {
                ReadBody(handle, pe.GetMethodBody(method.RelativeVirtualAddress));
            }
        }
    }

    private void ReadGenericParameters(TypeDefinitionHandle owner, GenericParameterHandleCollection parameters)
    {
        foreach (var parameterHandle in parameters)
        {
            owners[parameterHandle] = owner;
            foreach (var constraint in reader.GetGenericParameter(parameterHandle).GetConstraints())
            {
                owners[constraint] = owner;
                AddType(owner, reader.GetGenericParameterConstraint(constraint).Type);
            }
        }
    }

    private void ReadBody(TypeDefinitionHandle owner, MethodBodyBlock body)
    {
        if (!body.LocalSignature.IsNil)
        {
            foreach (var local in reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(types, null))
            {
                Add(owner, local);
            }
        }
        foreach (var region in body.ExceptionRegions)
        {
            AddType(owner, region.CatchType);
        }
        foreach (var (kind, token) in IlOperands.TokensOf(body))
        {
            switch (kind)
            {
                case IlOperands.Method:
                case IlOperands.Token:
                    AddMember(owner, MetadataTokens.EntityHandle(token));
                    break;
                case IlOperands.Signature:
                    var signature = reader.GetStandaloneSignature((StandaloneSignatureHandle)MetadataTokens.EntityHandle(token));
                    var decoded = signature.DecodeMethodSignature(types, null);
                    Add(owner, [.. decoded.ReturnType, .. decoded.ParameterTypes.SelectMany(p => p)]);
                    break;
            }
        }
    }

    private void AddMember(TypeDefinitionHandle owner, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
            case HandleKind.TypeReference:
            case HandleKind.TypeSpecification:
                AddType(owner, handle);
                break;
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                AddType(owner, method.GetDeclaringType());
                break;
            case HandleKind.FieldDefinition:
                AddType(owner, reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                AddMember(owner, member.Parent);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    var signature = member.DecodeMethodSignature(types, null);
                    Add(owner, [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)]);
                }
                else
                {
                    Add(owner, member.DecodeFieldSignature(types, null));
                }
                break;
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                AddMember(owner, specification.Method);
                foreach (var argument in specification.DecodeSignature(types, null))
                {
                    Add(owner, argument);
                }
                break;
        }
    }

    private void AddType(TypeDefinitionHandle owner, EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return;
        }
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                Add(owner, [Of((TypeDefinitionHandle)handle)]);
                break;
            case HandleKind.TypeReference:
                Add(owner, [Of((TypeReferenceHandle)handle)]);
                break;
            case HandleKind.TypeSpecification:
                Add(owner, types.GetTypeFromSpecification(reader, null, (TypeSpecificationHandle)handle, 0));
                break;
        }
    }

    private void Add(TypeDefinitionHandle owner, ImmutableArray<TypeKey> targets)
    {
        var from = Of(owner);
        foreach (var to in targets)
        {
            if (to != from)
            {
                found.Add((from, to));
            }
        }
    }
}
