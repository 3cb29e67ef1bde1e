using System.Collections.Immutable;
using DomainKit.Periods;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// What a report asks: the root unit and the tree to roll up by, the period, the dimensions to group by and the
/// measures to compute. Immutable and thread-safe; change it with <c>with</c>. Two queries are equal when they ask
/// the same, their measures and dimensions compared element by element.
/// </summary>
public sealed record ReportQuery
{
    /// <summary>The unit whose subtree the report covers.</summary>
    public required UnitId Root { get; init; }

    /// <summary>The period of the report.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The measures to compute, as columns in this order.</summary>
    public required ImmutableArray<Measure> Measures { get; init; }

    /// <summary>The dimensions to group by, outermost first; empty for a single total row.</summary>
    public ImmutableArray<Dimension> GroupBy { get; init; } = [];

    /// <summary>The tree to roll up by.</summary>
    public Hierarchy Hierarchy { get; init; } = Hierarchy.Organisation;

    /// <summary>Which map of units to roll up by when units were merged.</summary>
    public UnitBasis Basis { get; init; } = UnitBasis.AsRecorded;

    /// <summary>Who counts as eligible for participation rates.</summary>
    public EligibilityDefinition Eligibility { get; init; } = EligibilityDefinition.ExcludingExempt;

    /// <summary>Whether <paramref name="other"/> asks the same, measures and dimensions element by element.</summary>
    public bool Equals(ReportQuery? other)
        => other is not null
           && Root == other.Root && Period == other.Period
           && Utility.Sequences.Equal(Measures, other.Measures) && Utility.Sequences.Equal(GroupBy, other.GroupBy)
           && Equals(Hierarchy, other.Hierarchy) && Equals(Basis, other.Basis) && Equals(Eligibility, other.Eligibility);

    /// <inheritdoc/>
    public override int GetHashCode()
        => HashCode.Combine(Root, Period, Utility.Sequences.Hash(Measures), Utility.Sequences.Hash(GroupBy), Hierarchy, Basis, Eligibility);
}
