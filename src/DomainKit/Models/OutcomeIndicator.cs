using DomainKit.Money;
using NodaTime;

namespace DomainKit.Models;

/// <summary>
/// A measured outcome of a model: houses built, km of lit road, households lifted out of poverty,
/// beneficiaries. Immutable and thread-safe.
/// </summary>
/// <param name="Name">What is measured, as the report says it.</param>
/// <param name="Quantity">How much, or <see langword="null"/> when the report names the outcome without a figure.</param>
/// <param name="UnitOfMeasure">The unit the quantity is in: "căn nhà", "km", "hộ", "lượt".</param>
/// <param name="Date">The day the figure holds on.</param>
public sealed record OutcomeIndicator(string Name, decimal? Quantity, string UnitOfMeasure, LocalDate Date)
{
    /// <summary>The money value of the outcome, or <see langword="null"/> when none was stated.</summary>
    public Dong? MoneyValue { get; init; }
}
