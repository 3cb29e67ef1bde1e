using System.Collections.Immutable;
using DomainKit.Money;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Pledges;

/// <summary>
/// A pledge's position as of a date, computed from the pledge and its payments: instalments due with the
/// payments allocated to them (oldest unpaid first), any credit paid ahead, and the status. Because it is
/// computed, it cannot go stale. Immutable and thread-safe.
/// </summary>
public sealed class PledgeStatement
{
    private PledgeStatement(Pledge pledge, LocalDate asOf, ImmutableArray<Instalment> instalments, Dong paid, Dong credit, PledgeStatus status)
    {
        Pledge = pledge;
        AsOf = asOf;
        Instalments = instalments;
        TotalPaid = paid;
        UnallocatedCredit = credit;
        Status = status;
    }

    /// <summary>The pledge.</summary>
    public Pledge Pledge { get; }

    /// <summary>The day the statement holds on (payments and due dates up to and including it).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Instalments due up to <see cref="AsOf"/>, oldest first; empty for a pledge without a schedule.</summary>
    public ImmutableArray<Instalment> Instalments { get; }

    /// <summary>The sum of payments up to <see cref="AsOf"/>.</summary>
    public Dong TotalPaid { get; }

    /// <summary>Paid beyond the instalments due so far: credit towards later instalments.</summary>
    public Dong UnallocatedCredit { get; }

    /// <summary>The sum still unpaid on the instalments due so far.</summary>
    public Dong Outstanding => Dong.Sum(Instalments.Select(i => i.Outstanding));

    /// <summary>The status as of <see cref="AsOf"/>.</summary>
    public PledgeStatus Status { get; }

    /// <summary>The pledge, the day and the status with the amounts: <c>Pledge p-1 as of 2023-11-10: Overdue, paid 200,000 VND, outstanding 100,000 VND</c>.</summary>
    public override string ToString()
        => $"Pledge {Pledge.Id} as of {LocalDatePattern.Iso.Format(AsOf)}: {Status}, paid {TotalPaid.ToString()}, outstanding {Outstanding.ToString()}";

    /// <summary>
    /// Computes the statement of <paramref name="pledge"/> as of <paramref name="asOf"/> from
    /// <paramref name="payments"/> (payments of other pledges and after the date are ignored).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The payments or instalments sum beyond 64 bits.</exception>
    public static PledgeStatement Compute(Pledge pledge, IEnumerable<PledgePayment> payments, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(payments);

        var paid = Dong.Sum(payments.Where(p => p is not null && p.PledgeId == pledge.Id && p.Date <= asOf).Select(p => p.Amount));
        var instalments = ImmutableArray.CreateBuilder<Instalment>();
        var available = paid;
        if (pledge.Schedule is { } schedule)
        {
            var periodEnd = pledge.Period.End;
            var through = asOf < periodEnd ? asOf : periodEnd;
            foreach (var due in schedule.DueDates(through))
            {
                var allocated = available >= schedule.Amount ? schedule.Amount : (available.IsNegative ? Dong.Zero : available);
                available -= allocated;
                instalments.Add(new Instalment(due, schedule.Amount, allocated));
            }
        }
        var credit = available.IsNegative ? Dong.Zero : available;
        var list = instalments.ToImmutable();
        return new PledgeStatement(pledge, asOf, list, paid, credit, StatusOf(pledge, list, asOf));
    }

    private static PledgeStatus StatusOf(Pledge pledge, ImmutableArray<Instalment> instalments, LocalDate asOf)
    {
        if (pledge.CancelledOn is LocalDate cancelled && cancelled <= asOf)
        {
            return PledgeStatus.Cancelled;
        }
        if (asOf < pledge.Period.Start)
        {
            return PledgeStatus.Pending;
        }
        if (pledge.Evaluation is { } evaluation && evaluation.EvaluatedOn <= asOf && evaluation.EffectiveRating is { } rating)
        {
            return rating == PerformanceRating.NotCompleted ? PledgeStatus.Overdue : PledgeStatus.Completed;
        }
        // An instalment due today may still be paid today, so only earlier ones make the pledge overdue.
        if (instalments.Any(i => !i.IsPaid && i.DueDate < asOf))
        {
            return PledgeStatus.Overdue;
        }
        if (asOf > pledge.Period.End)
        {
            // Instalments stop at the period's end, and none is unpaid, so a money pledge is fulfilled;
            // any other pledge needs a passing evaluation.
            return pledge.Schedule is not null ? PledgeStatus.Completed : PledgeStatus.Overdue;
        }
        return PledgeStatus.InProgress;
    }
}
