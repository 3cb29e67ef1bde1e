using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace DomainKit.Tests.Conventions;

/// <summary>
/// Decodes signatures and attribute values into the types they name: a generic instantiation names its type and each
/// argument, an array its element, and a <c>typeof(...)</c> argument of an attribute the type it names.
/// </summary>
internal sealed class SignatureTypes(TypeReferences references)
    : ISignatureTypeProvider<ImmutableArray<TypeKey>, object?>, ICustomAttributeTypeProvider<ImmutableArray<TypeKey>>
{
    // Stands for System.Type in attribute values, wherever the runtime defines it.
    private static readonly TypeKey SystemTypeMarker = new("", "System", "Type");

    public ImmutableArray<TypeKey> GetArrayType(ImmutableArray<TypeKey> elementType, ArrayShape shape) => elementType;

    public ImmutableArray<TypeKey> GetByReferenceType(ImmutableArray<TypeKey> elementType) => elementType;

    public ImmutableArray<TypeKey> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeKey>> signature)
        => [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

    public ImmutableArray<TypeKey> GetGenericInstantiation(ImmutableArray<TypeKey> genericType, ImmutableArray<ImmutableArray<TypeKey>> typeArguments)
        => [.. genericType, .. typeArguments.SelectMany(a => a)];

    public ImmutableArray<TypeKey> GetGenericMethodParameter(object? genericContext, int index) => [];

    public ImmutableArray<TypeKey> GetGenericTypeParameter(object? genericContext, int index) => [];

    public ImmutableArray<TypeKey> GetModifiedType(ImmutableArray<TypeKey> modifier, ImmutableArray<TypeKey> unmodifiedType, bool isRequired)
        => [.. modifier, .. unmodifiedType];

    public ImmutableArray<TypeKey> GetPinnedType(ImmutableArray<TypeKey> elementType) => elementType;

    public ImmutableArray<TypeKey> GetPointerType(ImmutableArray<TypeKey> elementType) => elementType;

    public ImmutableArray<TypeKey> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

    public ImmutableArray<TypeKey> GetSZArrayType(ImmutableArray<TypeKey> elementType) => elementType;

    public ImmutableArray<TypeKey> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [references.Of(handle)];

    public ImmutableArray<TypeKey> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [references.Of(handle)];

    public ImmutableArray<TypeKey> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

    public ImmutableArray<TypeKey> GetSystemType() => [SystemTypeMarker];

    public bool IsSystemType(ImmutableArray<TypeKey> type) => type.Length == 1 && type[0] is { Namespace: "System", Name: "Type" };

    public ImmutableArray<TypeKey> GetTypeFromSerializedName(string name) => references.OfSerializedName(name) is { } key ? [key] : [];

    public PrimitiveTypeCode GetUnderlyingEnumType(ImmutableArray<TypeKey> type) => references.UnderlyingEnumType(type);
}
