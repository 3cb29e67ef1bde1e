using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// Which map of units a report rolls up by when the map has changed. Immutable and thread-safe.
/// </summary>
public sealed record UnitBasis
{
    private UnitBasis(LocalDate? asOf, bool splitFormerUnits)
    {
        AsOf = asOf;
        SplitFormerUnits = splitFormerUnits;
    }

    /// <summary>Every item stays with the unit it was recorded under.</summary>
    public static UnitBasis AsRecorded { get; } = new(null, false);

    /// <summary>
    /// The map as it stood on <see cref="AsOf"/> (or null for <see cref="AsRecorded"/>): an item recorded under a unit that
    /// no longer existed on that day rolls up into its successor valid then, added to the successor's own figures.
    /// </summary>
    public LocalDate? AsOf { get; }

    /// <summary>
    /// Whether items that moved into a successor are shown apart, under the former unit marked "(cũ)" / "(former)",
    /// instead of being merged into the successor's rows.
    /// </summary>
    public bool SplitFormerUnits { get; }

    /// <summary>The map as it stood on <paramref name="date"/>: items of units merged away roll up into their successors.</summary>
    public static UnitBasis On(LocalDate date) => new(date, false);

    /// <summary>The map as it stood on <paramref name="date"/>, with items of units merged away shown as "X (cũ)".</summary>
    public static UnitBasis OnSplittingFormerUnits(LocalDate date) => new(date, true);
}
