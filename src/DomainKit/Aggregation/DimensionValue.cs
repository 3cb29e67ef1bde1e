using DomainKit.Text;

namespace DomainKit.Aggregation;

/// <summary>
/// One value of a dimension in a row: a stable key (a code, a unit id, a period id) and a label in Vietnamese
/// and English. Immutable and thread-safe.
/// </summary>
/// <param name="Key">The stable key: <c>economy</c>, <c>huyen-bu-dang</c>, <c>2023-11</c>; empty for "none".</param>
/// <param name="Label">The label for people.</param>
public readonly record struct DimensionValue(string Key, LocalizedText Label)
{
    /// <summary>Returns the key.</summary>
    public override string ToString() => Key ?? string.Empty;
}
