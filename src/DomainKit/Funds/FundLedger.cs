using System.Collections;
using System.Globalization;
using DomainKit.Money;
using NodaTime;

namespace DomainKit.Funds;

/// <summary>
/// The entries of one fund in date order (entries of the same day in the order they were added), with the
/// balance, sums and loans as of any day. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// A ledger is a view of the dataset's columnar entry store: balances and sums read the columns directly, and
/// <see cref="Entries"/> gives each entry as a record when asked (the record it was added as, or an equal one).
/// </remarks>
public sealed class FundLedger
{
    private readonly LedgerStore store;
    private readonly int start;
    private readonly int end;

    internal FundLedger(Fund? fund, FundId fundId, LedgerStore store, int start, int end)
    {
        Fund = fund;
        FundId = fundId;
        this.store = store;
        this.start = start;
        this.end = end;
        Entries = new EntryList(this);
    }

    /// <summary>The fund, or <see langword="null"/> when entries name a fund the dataset does not hold.</summary>
    public Fund? Fund { get; }

    /// <summary>The fund's id.</summary>
    public FundId FundId { get; }

    /// <summary>The entries in date order.</summary>
    public IReadOnlyList<FundEntry> Entries { get; }

    /// <summary>The number of entries.</summary>
    public int Count => end - start;

    internal LedgerStore Store => store;

    // Made the first time a report asks and kept: it depends on the ledger alone. Two threads may both make it, alike.
    private System.Runtime.CompilerServices.StrongBox<LedgerCoverage>? coverage;

    /// <summary>The days on which the ledger's figures are known.</summary>
    internal LedgerCoverage Coverage
    {
        get
        {
            var box = Volatile.Read(ref coverage);
            if (box is null)
            {
                box = new(LedgerCoverage.Of(this));
                Volatile.Write(ref coverage, box);
            }
            return box.Value;
        }
    }

    internal int Start => start;

    internal int End => end;

    /// <summary>Creates a ledger from entries in any order; entries of other funds are ignored.</summary>
    /// <exception cref="ArgumentNullException">An argument or entry is <see langword="null"/>.</exception>
    public static FundLedger Create(Fund fund, IEnumerable<FundEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(fund);
        ArgumentNullException.ThrowIfNull(entries);
        var builder = new LedgerStoreBuilder();
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            if (entry.FundId == fund.Id)
            {
                builder.Add(entry);
            }
        }
        var store = builder.Build();
        return new FundLedger(fund, fund.Id, store, 0, store.Count);
    }

    /// <summary>
    /// The cash balance at the start or end of <paramref name="date"/>: the sum of the cash effects of the
    /// entries before that day, and of that day's entries too at its end.
    /// </summary>
    /// <exception cref="OverflowException">The balance does not fit in 64 bits.</exception>
    public Dong BalanceOn(LocalDate date, BalanceTime at)
    {
        var last = LedgerStore.ToDayNumber(date) - (at == BalanceTime.StartOfDay ? 1 : 0);
        var days = store.DayNumbers;
        long balance = 0;
        for (var i = start; i < end && days[i] <= last; i++)
        {
            balance = checked(balance + store.CashEffectAt(i));
        }
        return new Dong(balance);
    }

    /// <summary>
    /// The sum of the amounts of the entries of <paramref name="kind"/> dated within <paramref name="days"/>
    /// (every entry when it is <see langword="null"/>): contributions received, disbursements paid, principal lent,
    /// repayments received, or the valuations of goods.
    /// </summary>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public Dong Sum(FundEntryKind kind, DateInterval? days = null)
    {
        var from = days is null ? int.MinValue : LedgerStore.ToDayNumber(days.Start);
        var to = days is null ? int.MaxValue : LedgerStore.ToDayNumber(days.End);
        var dayNumbers = store.DayNumbers;
        long sum = 0;
        for (var i = start; i < end && dayNumbers[i] <= to; i++)
        {
            if (dayNumbers[i] >= from && store.KindAt(i) == kind)
            {
                sum = checked(sum + store.AmountAt(i));
            }
        }
        return new Dong(sum);
    }

    /// <summary>
    /// The principal still owed on loans at the end of <paramref name="date"/>: loans paid out less repayments,
    /// with each loan's repayments capped at its principal.
    /// </summary>
    /// <exception cref="OverflowException">The sum does not fit in 64 bits.</exception>
    public Dong OutstandingLoansOn(LocalDate date)
    {
        var last = LedgerStore.ToDayNumber(date);
        var days = store.DayNumbers;
        var principal = new Dictionary<string, Dong>(StringComparer.Ordinal);
        var repaid = new Dictionary<string, Dong>(StringComparer.Ordinal);
        for (var i = start; i < end && days[i] <= last; i++)
        {
            switch (store.KindAt(i))
            {
                case FundEntryKind.LoanDisbursement when store.EntryAt(i, FundId) is LoanDisbursement { LoanId: { } id } loan:
                    principal[id] = principal.GetValueOrDefault(id) + loan.Principal;
                    break;
                case FundEntryKind.LoanRepayment when store.EntryAt(i, FundId) is LoanRepayment { LoanId: { } id } repayment:
                    repaid[id] = repaid.GetValueOrDefault(id) + repayment.Amount;
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

    /// <summary>The fund and how many entries its ledger holds: <c>Ledger of pl-tiet-kiem: 12 entries</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Ledger of {FundId}: {Count} entries");

    internal FundEntryKind KindAt(int index) => store.KindAt(start + index);

    internal LocalDate DateAt(int index) => store.DateAt(start + index);

    internal long AmountAt(int index) => store.AmountAt(start + index);

    internal bool HasDetailsAt(int index) => store.HasDetailsAt(start + index);

    internal int OccurrencesAt(int index) => store.OccurrencesAt(start + index);

    internal int DistinctAt(int index) => store.DistinctAt(start + index);

    internal long CashEffectAt(int index) => store.CashEffectAt(start + index);

    internal FundEntry EntryAt(int index) => store.EntryAt(start + index, FundId);

    /// <summary>The purpose of an entry kept in the store's columns, from the store's table.</summary>
    internal DisbursementPurpose? PurposeAt(int index) => store.PurposeAt(start + index);

    private sealed class EntryList(FundLedger ledger) : IReadOnlyList<FundEntry>
    {
        public int Count => ledger.Count;

        public FundEntry this[int index]
            => (uint)index < (uint)ledger.Count ? ledger.EntryAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<FundEntry> GetEnumerator()
        {
            for (var i = 0; i < ledger.Count; i++)
            {
                yield return ledger.EntryAt(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
