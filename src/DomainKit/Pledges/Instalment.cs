using DomainKit.Money;
using NodaTime;

namespace DomainKit.Pledges;

/// <summary>One due instalment of a money pledge and what has been allocated to it. Immutable and thread-safe.</summary>
/// <param name="DueDate">The day it falls due.</param>
/// <param name="AmountDue">The amount due.</param>
/// <param name="AmountPaid">The amount of payments allocated to it, at most <paramref name="AmountDue"/>.</param>
public sealed record Instalment(LocalDate DueDate, Dong AmountDue, Dong AmountPaid)
{
    /// <summary>Whether the instalment is paid in full.</summary>
    public bool IsPaid => AmountPaid >= AmountDue;

    /// <summary>What remains to be paid.</summary>
    public Dong Outstanding => AmountDue - AmountPaid;
}
