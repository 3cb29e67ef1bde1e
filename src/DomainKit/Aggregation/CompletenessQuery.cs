using DomainKit.Periods;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// What <see cref="CompletenessEngine"/> answers: which units under <see cref="Root"/> were expected to file the form
/// <see cref="FormCode"/> for <see cref="Period"/>, which did, on time or late, which did not, and where each report
/// stands in its approval. Immutable; equal by value (the form code ordinal, ignoring case).
/// </summary>
public sealed record CompletenessQuery
{
    /// <summary>The unit that receives the reports: the province or district that watches who filed.</summary>
    public required UnitId Root { get; init; }

    /// <summary>The code of the form (biểu mẫu) the reports are filed on.</summary>
    public required string FormCode { get; init; }

    /// <summary>The period; it must be of the form's kind of period.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>
    /// The map of units: <see cref="UnitBasis.AsRecorded"/> (the default) for the map as it stood on the period's last
    /// day; <see cref="UnitBasis.On"/> for the map of another day, on which units that had ended count under the unit
    /// they had become.
    /// </summary>
    public UnitBasis Basis { get; init; } = UnitBasis.AsRecorded;

    /// <inheritdoc/>
    public bool Equals(CompletenessQuery? other)
        => other is not null && Root == other.Root && Period == other.Period
           && string.Equals(FormCode, other.FormCode, StringComparison.OrdinalIgnoreCase) && Equals(Basis, other.Basis);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Root, Period, StringComparer.OrdinalIgnoreCase.GetHashCode(FormCode ?? string.Empty), Basis);
}
