using System.Runtime.InteropServices;
using DomainKit.Money;

namespace DomainKit.Funds;

/// <summary>
/// Collects fund entries into growing columns as they are added, so that the records given can be collected
/// by the garbage collector at once, and sorts them into a <see cref="LedgerStore"/>. Not thread-safe.
/// </summary>
internal sealed class LedgerStoreBuilder
{
    private readonly Dictionary<FundId, int> fundOrdinals = [];
    private readonly List<FundId> funds = [];
    private readonly Dictionary<DisbursementPurpose, byte> purposeIndex = [];
    private readonly List<DisbursementPurpose> purposeTable = [];
    private readonly List<int> fundOf = [];
    private readonly List<int> days = [];
    private readonly List<long> amounts = [];
    private readonly List<byte> kinds = [];
    private readonly List<byte> purposes = [];
    private readonly List<int> occurrences = [];
    private readonly List<int> distinct = [];
    private readonly Dictionary<int, FundEntry> details = [];

    public int Count => days.Count;

    public void Add(FundEntry entry)
    {
        if (!fundOrdinals.TryGetValue(entry.FundId, out var ordinal))
        {
            ordinal = funds.Count;
            fundOrdinals.Add(entry.FundId, ordinal);
            funds.Add(entry.FundId);
        }
        var kind = (byte)entry.Kind;
        var (amount, purpose, beneficiaries) = entry switch
        {
            OpeningBalance e => (e.Amount, null, null),
            Contribution e => (e.Amount, null, null),
            Disbursement e => (e.Amount, e.Purpose, e.Beneficiaries),
            LoanDisbursement e => (e.Principal, e.Purpose, e.Beneficiaries),
            LoanRepayment e => (e.Amount, null, null),
            InKindReceipt e => (e.Valuation?.Value ?? Dong.Zero, null, null),
            InKindDistribution e => (e.Valuation?.Value ?? Dong.Zero, null, e.Beneficiaries),
            BalanceAssertion e => (e.StatedBalance, (DisbursementPurpose?)null, (Beneficiaries?)null),
            _ => throw new ArgumentException($"Unknown kind of fund entry {entry.GetType().Name}.", nameof(entry)),
        };
        var purposeByte = PurposeByte(purpose, out var purposeFits);
        if (!purposeFits || NeedsDetails(entry))
        {
            kind |= LedgerStore.HasDetails;
            details.Add(days.Count, entry);
        }
        if (beneficiaries is not null)
        {
            kind |= LedgerStore.HasBeneficiaries;
        }
        fundOf.Add(ordinal);
        days.Add(LedgerStore.ToDayNumber(entry.Date));
        amounts.Add(amount.Value);
        kinds.Add(kind);
        purposes.Add(purposeByte);
        occurrences.Add(beneficiaries?.Occurrences ?? LedgerStore.Missing);
        distinct.Add(beneficiaries?.Distinct ?? LedgerStore.Missing);
    }

    // An entry keeps its record when a field of it has no column.
    private static bool NeedsDetails(FundEntry entry) =>
        entry.Covers is not null || entry.Reference is not null || entry.Note is not null || entry switch
        {
            OpeningBalance => false,
            Contribution c => c.Contributor is not null,
            Disbursement d => d.Beneficiaries is { Kind: not BeneficiaryKind.People } or { Description: not null },
            _ => true,
        };

    private byte PurposeByte(DisbursementPurpose? purpose, out bool fits)
    {
        fits = true;
        if (purpose is null)
        {
            return 0;
        }
        if (purposeIndex.TryGetValue(purpose, out var index))
        {
            return index;
        }
        if (purposeTable.Count >= byte.MaxValue)
        {
            // Past 255 purposes the entry keeps its record, which holds the purpose itself.
            fits = false;
            return 0;
        }
        purposeTable.Add(purpose);
        index = (byte)purposeTable.Count;
        purposeIndex.Add(purpose, index);
        return index;
    }

    public LedgerStore Build()
    {
        var n = days.Count;
        var fundCount = funds.Count;

        // Counting sort by fund keeps the order added within a fund; a fund's range is then sorted by day.
        var fundStart = new int[fundCount + 1];
        foreach (var f in CollectionsMarshal.AsSpan(fundOf))
        {
            fundStart[f + 1]++;
        }
        for (var f = 0; f < fundCount; f++)
        {
            fundStart[f + 1] += fundStart[f];
        }
        var next = (int[])fundStart.Clone();
        var order = new int[n];
        var fundSpan = CollectionsMarshal.AsSpan(fundOf);
        for (var i = 0; i < n; i++)
        {
            order[next[fundSpan[i]]++] = i;
        }
        var daySpan = CollectionsMarshal.AsSpan(days);
        for (var f = 0; f < fundCount; f++)
        {
            SortByDay(order.AsSpan(fundStart[f], fundStart[f + 1] - fundStart[f]), daySpan);
        }

        var sortedDetails = new Dictionary<int, FundEntry>(details.Count);
        var position = new int[n];
        for (var p = 0; p < n; p++)
        {
            position[order[p]] = p;
        }
        foreach (var (original, entry) in details)
        {
            sortedDetails.Add(position[original], entry);
        }

        return new LedgerStore(
            [.. funds],
            fundStart,
            Permute(days, order),
            Permute(amounts, order),
            Permute(kinds, order),
            Permute(purposes, order),
            Permute(occurrences, order),
            Permute(distinct, order),
            [.. purposeTable],
            sortedDetails);
    }

    // Entries usually arrive in date order; only a range that is not already sorted pays for a sort.
    private static void SortByDay(Span<int> range, ReadOnlySpan<int> days)
    {
        var sorted = true;
        for (var k = 1; k < range.Length && sorted; k++)
        {
            sorted = days[range[k - 1]] <= days[range[k]];
        }
        if (sorted)
        {
            return;
        }
        var keys = new long[range.Length];
        for (var k = 0; k < range.Length; k++)
        {
            // Day first, then the position added, which makes the sort stable.
            keys[k] = ((long)days[range[k]] << 32) | (uint)range[k];
        }
        keys.AsSpan().Sort(range);
    }

    private static T[] Permute<T>(List<T> column, int[] order)
    {
        var source = CollectionsMarshal.AsSpan(column);
        var result = new T[order.Length];
        for (var p = 0; p < order.Length; p++)
        {
            result[p] = source[order[p]];
        }
        return result;
    }
}
