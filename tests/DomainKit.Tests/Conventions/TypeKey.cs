namespace DomainKit.Tests.Conventions;

/// <summary>A type as the layering sees it: the assembly that defines it, its namespace (a nested type's is its outer type's) and its name.</summary>
internal sealed record TypeKey(string Assembly, string Namespace, string Name)
{
    /// <summary>The namespace and name: <c>DomainKit.Money.Dong</c>.</summary>
    public override string ToString() => Namespace.Length == 0 ? Name : Namespace + "." + Name;
}
