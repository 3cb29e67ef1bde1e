using System.Collections.Immutable;
using DomainKit.Periods;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// What <see cref="IndicatorEngine"/> answers: the indicators of a form (or those listed) for the subtree of
/// <see cref="Root"/> in a period, with a column for each unit directly under the root and one for the root's total.
/// Immutable; equal by value.
/// </summary>
public sealed record IndicatorQuery
{
    /// <summary>The unit whose subtree the report covers: the province or district that compiles it.</summary>
    public required UnitId Root { get; init; }

    /// <summary>
    /// The period. Submissions for periods within it are read and combined as each indicator combines over time: a
    /// figure for the period itself stands; a flow adds up the figures of the periods within it (a lower bound where they
    /// do not cover it); a stock takes the figure of the period that ends with it; a rate is recomputed from its counts.
    /// </summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The code of the form whose submissions are read and whose lines are reported; <see langword="null"/> to read every form's submissions for <see cref="IndicatorCodes"/>.</summary>
    public string? FormCode { get; init; }

    /// <summary>The indicators reported, in order; empty for every line of <see cref="FormCode"/>'s form.</summary>
    public ImmutableArray<string> IndicatorCodes { get; init; } = [];

    /// <summary>The map of units the figures roll up on, as the report engine's <see cref="ReportQuery.Basis"/>.</summary>
    public UnitBasis Basis { get; init; } = UnitBasis.AsRecorded;

    /// <summary>Where figures may come from: submissions, records, or both (the default).</summary>
    public FigureSources Sources { get; init; } = FigureSources.Both;

    /// <inheritdoc/>
    public bool Equals(IndicatorQuery? other)
        => other is not null && Root == other.Root && Period == other.Period
           && string.Equals(FormCode, other.FormCode, StringComparison.OrdinalIgnoreCase)
           && Utility.Sequences.Equal(IndicatorCodes, other.IndicatorCodes) && Equals(Basis, other.Basis) && Sources == other.Sources;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Root, Period, Utility.Sequences.Hash(IndicatorCodes), Basis, Sources);
}
