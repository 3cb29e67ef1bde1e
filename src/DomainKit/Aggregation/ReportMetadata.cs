using System.Collections.Immutable;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Aggregation;

/// <summary>What a report is about and how it was computed, for exporters and readers. Immutable and thread-safe.</summary>
public sealed class ReportMetadata
{
    internal ReportMetadata(Unit root, ReportingPeriod period, Hierarchy hierarchy, UnitBasis basis, EligibilityDefinition eligibility,
        Instant generatedAt, ImmutableArray<LocalizedText> definitions, int unplacedItems)
    {
        Root = root;
        Period = period;
        Hierarchy = hierarchy;
        Basis = basis;
        Eligibility = eligibility;
        GeneratedAt = generatedAt;
        Definitions = definitions;
        UnplacedItems = unplacedItems;
    }

    /// <summary>The root unit.</summary>
    public Unit Root { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The tree rolled up by.</summary>
    public Hierarchy Hierarchy { get; }

    /// <summary>The map of units rolled up by.</summary>
    public UnitBasis Basis { get; }

    /// <summary>The definition of eligible members used by participation rates.</summary>
    public EligibilityDefinition Eligibility { get; }

    /// <summary>When the report was computed, by the engine's clock.</summary>
    public Instant GeneratedAt { get; }

    /// <summary>One sentence per measure saying what it counts and how it combines, in Vietnamese and English.</summary>
    public ImmutableArray<LocalizedText> Definitions { get; }

    /// <summary>
    /// Items of the report that could not be placed on its map: those in the unplaced row (their unit is not in the
    /// dataset, or cannot be followed to the map's day) and those with no row at all; <see cref="ReportTable.Findings"/>
    /// says which and why.
    /// </summary>
    public int UnplacedItems { get; }

    /// <summary>The root, period, tree and time of computing, invariant: <c>Tỉnh ủy Bình Phước (tinh-uy-binh-phuoc), 2023, Organisation tree, generated 2024-03-25T01:00:00Z</c>.</summary>
    public override string ToString()
        => $"{Root.Name} ({Root.Id}), {Period.Id}, {Hierarchy} tree, generated {InstantPattern.ExtendedIso.Format(GeneratedAt)}";
}
