using DomainKit.Money;
using NodaTime;

namespace DomainKit.Funds;

/// <summary>The money value of goods (quy ra tiền) as of a day. Immutable and thread-safe.</summary>
/// <param name="Value">The value in đồng.</param>
/// <param name="ValuedOn">The day the value holds on.</param>
public sealed record Valuation(Dong Value, LocalDate ValuedOn);
