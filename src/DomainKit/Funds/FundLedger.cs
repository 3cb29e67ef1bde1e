using System.Collections.Immutable;
using DomainKit.Money;
using NodaTime;

namespace DomainKit.Funds;

/// <summary>
/// The entries of one fund in date order (entries of the same day in the order they were added), with the
/// balance and the loans as of any day. Immutable and thread-safe.
/// </summary>
public sealed class FundLedger
{
    internal FundLedger(Fund? fund, FundId fundId, ImmutableArray<FundEntry> entries)
    {
        Fund = fund;
        FundId = fundId;
        Entries = entries;
    }

    /// <summary>The fund, or <see langword="null"/> when entries name a fund the dataset does not hold.</summary>
    public Fund? Fund { get; }

    /// <summary>The fund's id.</summary>
    public FundId FundId { get; }

    /// <summary>The entries in date order.</summary>
    public ImmutableArray<FundEntry> Entries { get; }

    /// <summary>Creates a ledger from entries in any order; entries of other funds are ignored.</summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static FundLedger Create(Fund fund, IEnumerable<FundEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(entries);
        return new FundLedger(fund, fund.Id, Order(entries.Where(e => e is not null && e.FundId == fund.Id)));
    }

    internal static ImmutableArray<FundEntry> Order(IEnumerable<FundEntry> entries)
        => entries.Select((e, i) => (e, i)).OrderBy(x => x.e.Date).ThenBy(x => x.i).Select(x => x.e).ToImmutableArray();

    /// <summary>
    /// The cash balance at the start or end of <paramref name="date"/>: the sum of the cash effects of the
    /// entries before that day, and of that day's entries too at its end.
    /// </summary>
    /// <exception cref="OverflowException">The balance does not fit in 64 bits.</exception>
    public Dong BalanceOn(LocalDate date, BalanceTime at)
    {
        var balance = Dong.Zero;
        foreach (var entry in Entries)
        {
            if (entry.Date > date || (entry.Date == date && at == BalanceTime.StartOfDay))
            {
                break;
            }
            balance += entry.CashEffect;
        }
        return balance;
    }

    /// <summary>
    /// The principal still owed on loans at the end of <paramref name="date"/>: loans paid out less repayments,
    /// with each loan's repayments capped at its principal.
    /// </summary>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public Dong OutstandingLoansOn(LocalDate date)
    {
        var principal = new Dictionary<string, Dong>(StringComparer.Ordinal);
        var repaid = new Dictionary<string, Dong>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (entry.Date > date)
            {
                break;
            }
            switch (entry)
            {
                case LoanDisbursement loan when loan.LoanId is not null:
                    principal[loan.LoanId] = principal.GetValueOrDefault(loan.LoanId) + loan.Principal;
                    break;
                case LoanRepayment repayment when repayment.LoanId is not null:
                    repaid[repayment.LoanId] = repaid.GetValueOrDefault(repayment.LoanId) + repayment.Amount;
                    break;
            }
        }
        var outstanding = Dong.Zero;
        foreach (var (loanId, amount) in principal)
        {
            var back = repaid.GetValueOrDefault(loanId);
            outstanding += back >= amount ? Dong.Zero : amount - back;
        }
        return outstanding;
    }
}
