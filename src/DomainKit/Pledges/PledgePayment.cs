using DomainKit.Money;
using NodaTime;

namespace DomainKit.Pledges;

/// <summary>
/// A payment made towards a pledge: an immutable fact. Which instalments it settles is worked out by
/// <see cref="PledgeStatement"/>, oldest unpaid first. Immutable and thread-safe.
/// </summary>
/// <param name="PledgeId">The pledge paid towards.</param>
/// <param name="Date">The day of the payment.</param>
/// <param name="Amount">The amount paid.</param>
public sealed record PledgePayment(PledgeId PledgeId, LocalDate Date, Dong Amount)
{
    /// <summary>A receipt or voucher number, if any.</summary>
    public string? Reference { get; init; }
}
