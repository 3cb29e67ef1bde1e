using System.Collections.Immutable;

namespace DomainKit.Utility;

/// <summary>
/// Element-wise equality for the immutable arrays that records hold: a record compares its array properties by
/// reference otherwise, so two identical imports of the same unit would not be equal.
/// </summary>
internal static class Sequences
{
    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        var a = left.IsDefault ? [] : left;
        var b = right.IsDefault ? [] : right;
        return a.AsSpan().SequenceEqual(b.AsSpan(), EqualityComparer<T>.Default);
    }

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items.IsDefault ? [] : items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }
}
