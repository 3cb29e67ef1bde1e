using System.Collections.Immutable;
using NodaTime;

namespace DomainKit.Units;

/// <summary>
/// A unit (đơn vị): a province, commune, Party cell, mass organisation, armed-forces or enterprise unit.
/// It has one parent at a time in the organisational tree and may also lie in a territory (another unit). The map
/// changes, so a unit has a validity period, successors, and dated changes of its parent and territory
/// (<see cref="ParentChanges"/>, <see cref="TerritoryChanges"/>) that keep its history one history when it moves.
/// Immutable and thread-safe; change it with <c>with</c>.
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

    /// <summary>
    /// The parent in the organisational tree from the unit's start (until the first of <see cref="ParentChanges"/>),
    /// or <see langword="null"/> for a root.
    /// </summary>
    public UnitId? ParentId { get; init; }

    /// <summary>
    /// Later parents, each from a date: a commune moved from its district to the province on 01/07/2025 has one. In
    /// any order; the latest change on or before a day holds on that day (<see cref="ParentOn"/>).
    /// </summary>
    public ImmutableArray<UnitLink> ParentChanges { get; init; } = [];

    /// <summary>The territorial unit the unit lies in (a village, a commune) from its start, if any.</summary>
    public UnitId? TerritoryId { get; init; }

    /// <summary>Later territories, each from a date, as <see cref="ParentChanges"/> are for the parent.</summary>
    public ImmutableArray<UnitLink> TerritoryChanges { get; init; } = [];

    /// <summary>The first day the unit exists, or <see langword="null"/> when unknown (treated as always).</summary>
    public LocalDate? ValidFrom { get; init; }

    /// <summary>The last day the unit exists, or <see langword="null"/> while it still exists.</summary>
    public LocalDate? ValidTo { get; init; }

    /// <summary>The units that took over this one when it was merged, split or renamed.</summary>
    public ImmutableArray<UnitId> Successors { get; init; } = [];

    /// <summary>
    /// When the unit was split between several <see cref="Successors"/>, the one that takes over what was recorded
    /// under the unit itself (its models, funds, pledges, commendations) and the units below it that do not move by a
    /// dated link of their own; <see langword="null"/> when there is one successor or none. With several successors
    /// and none primary, reports on a later map cannot place the unit's items and show them as unplaced, and validation
    /// says so (DK209).
    /// </summary>
    public UnitId? PrimarySuccessorId { get; init; }

    /// <summary>Head-count snapshots, in any order.</summary>
    public ImmutableArray<HeadCount> HeadCounts { get; init; } = [];

    /// <summary>Whether two units are equal field by field, the successors and head counts element by element.</summary>
    public bool Equals(Unit? other)
        => other is not null
           && Id == other.Id && Name == other.Name && Equals(Kind, other.Kind)
           && ParentId == other.ParentId && TerritoryId == other.TerritoryId
           && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo && PrimarySuccessorId == other.PrimarySuccessorId
           && Utility.Sequences.Equal(ParentChanges, other.ParentChanges)
           && Utility.Sequences.Equal(TerritoryChanges, other.TerritoryChanges)
           && Utility.Sequences.Equal(Successors, other.Successors)
           && Utility.Sequences.Equal(HeadCounts, other.HeadCounts);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(Id, Name, Kind, ParentId, TerritoryId, ValidFrom, ValidTo,
            HashCode.Combine(PrimarySuccessorId, Utility.Sequences.Hash(ParentChanges), Utility.Sequences.Hash(TerritoryChanges),
                Utility.Sequences.Hash(Successors), Utility.Sequences.Hash(HeadCounts)));

    /// <summary>Whether the unit exists on <paramref name="date"/>.</summary>
    public bool IsValidOn(LocalDate date)
        => (ValidFrom is not LocalDate from || date >= from) && (ValidTo is not LocalDate to || date <= to);

    /// <summary>
    /// The parent on <paramref name="date"/>: the latest of <see cref="ParentChanges"/> from that day or earlier, or
    /// <see cref="ParentId"/> before the first. The unit's validity is not checked: a unit that has ended answers with
    /// the parent its links give.
    /// </summary>
    public UnitId? ParentOn(LocalDate date) => LinkOn(ParentId, ParentChanges, date);

    /// <summary>The territory on <paramref name="date"/>, as <see cref="ParentOn"/> gives the parent.</summary>
    public UnitId? TerritoryOn(LocalDate date) => LinkOn(TerritoryId, TerritoryChanges, date);

    // Changes may come in any order; of two changes on the same day the one listed later holds.
    private static UnitId? LinkOn(UnitId? initial, ImmutableArray<UnitLink> changes, LocalDate date)
    {
        var result = initial;
        LocalDate? latest = null;
        foreach (var change in changes.IsDefault ? [] : changes)
        {
            if (change.From <= date && (latest is not LocalDate day || change.From >= day))
            {
                latest = change.From;
                result = change.Target;
            }
        }
        return result;
    }

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
