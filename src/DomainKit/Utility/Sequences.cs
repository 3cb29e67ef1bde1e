using System.Collections.Immutable;

namespace DomainKit.Utility;

/// <summary>
/// Element-wise equality for the immutable arrays and dictionaries that records hold: a record compares them by
/// reference otherwise, so two identical imports of the same unit, or two identical queries, would not be equal.
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

    public static bool Equal<TValue>(ImmutableDictionary<string, TValue> left, ImmutableDictionary<string, TValue> right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        if (left.Count != right.Count)
        {
            return false;
        }
        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !EqualityComparer<TValue>.Default.Equals(value, other))
            {
                return false;
            }
        }
        return true;
    }

    // Independent of the order the dictionary gives its entries in.
    public static int Hash<TValue>(ImmutableDictionary<string, TValue> items)
    {
        var hash = 0;
        foreach (var (key, value) in items)
        {
            hash ^= HashCode.Combine(items.KeyComparer.GetHashCode(key), value);
        }
        return HashCode.Combine(items.Count, hash);
    }
}
