using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Units;

/// <summary>
/// A unit (đơn vị): a province, commune, Party cell, mass organisation, armed-forces or enterprise unit.
/// It has one parent in the organisational tree and may also lie in a territory (another unit). The map
/// changes, so a unit has a validity period and successors. Immutable and thread-safe; change it with
/// <c>with</c>.
/// </summary>
/// <remarks>
/// Construction never rejects bad data (a blank name, a dangling parent): validation reports it, so data
/// from any source can be held and checked.
/// </remarks>
public sealed record Unit
{
    /// <summary>The unit's id.</summary>
    public required UnitId Id { get; init; }

    /// <summary>The name as users write it, for instance "Huyện ủy Bù Đăng".</summary>
    public required string Name { get; init; }

    /// <summary>The kind of unit.</summary>
    public required UnitKind Kind { get; init; }

    /// <summary>The parent in the organisational tree, or <see langword="null"/> for a root.</summary>
    public UnitId? ParentId { get; init; }

    /// <summary>The territorial unit the unit lies in (a village, a commune), if any.</summary>
    public UnitId? TerritoryId { get; init; }

    /// <summary>The first day the unit exists, or <see langword="null"/> when unknown (treated as always).</summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>The last day the unit exists, or <see langword="null"/> while it still exists.</summary>
    public LocalDate? ValidTo { get; init; }

    /// <summary>The units that took over this one when it was merged, split or renamed.</summary>
    public ImmutableArray<UnitId> Successors { get; init; } = [];

    /// <summary>Head-count snapshots, in any order.</summary>
    public ImmutableArray<HeadCount> HeadCounts { get; init; } = [];

    /// <summary>Whether two units are equal field by field, the successors and head counts element by element.</summary>
    public bool Equals(Unit? other)
        => other is not null
           && Id == other.Id && Name == other.Name && Equals(Kind, other.Kind)
           && ParentId == other.ParentId && TerritoryId == other.TerritoryId
           && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo
           && Utility.Sequences.Equal(Successors, other.Successors)
           && Utility.Sequences.Equal(HeadCounts, other.HeadCounts);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(Id, Name, Kind, ParentId, TerritoryId, ValidFrom, ValidTo, HashCode.Combine(Utility.Sequences.Hash(Successors), Utility.Sequences.Hash(HeadCounts)));

    /// <summary>Whether the unit exists on <paramref name="date"/>.</summary>
    public bool IsValidOn(LocalDate date)
        => (ValidFrom is not LocalDate from || date >= from) && (ValidTo is not LocalDate to || date <= to);

    /// <summary>The latest head-count snapshot on or before <paramref name="date"/>, or <see langword="null"/>.</summary>
    public HeadCount? HeadCountOn(LocalDate date)
    {
        HeadCount? best = null;
        foreach (var snapshot in HeadCounts.IsDefault ? [] : HeadCounts)
        {
            if (snapshot is not null && snapshot.AsOf <= date && (best is null || snapshot.AsOf >= best.AsOf))
            {
                best = snapshot;
            }
        }
        return best;
    }
}
