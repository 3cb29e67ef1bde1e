using System.Runtime.InteropServices;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Funds;

/// <summary>
/// Collects fund entries into growing columns as they are added, so that the records given can be collected
/// by the garbage collector at once, and sorts them into a <see cref="LedgerStore"/>. A reader can add an entry
/// that needs no record straight into the columns (<see cref="TryAddColumns"/>), without making the record first.
/// Not thread-safe.
/// </summary>
internal sealed class LedgerStoreBuilder
{
    private readonly Dictionary<FundId, int> fundOrdinals = [];
    private readonly List<FundId> funds = [];
    // Keyed by the purpose as written (code in its case, and its names), not by classifier equality, which goes by the
    // code alone: two purposes of one code with other names must each read back as they were given.
    private readonly Dictionary<(string Code, LocalizedText Name), byte> purposeIndex = new(WrittenPurposeComparer.Instance);
    private readonly List<DisbursementPurpose> purposeTable = [];
    // The fund of each entry, as runs: the position where a run of one fund's entries starts, and the fund.
    private readonly List<(int Start, int Ordinal)> fundRuns = [];
    private readonly ChunkedColumn<int> days = new();
    private readonly ChunkedColumn<long> amounts = new();
    private readonly ChunkedColumn<byte> kinds = new();
    private readonly ChunkedColumn<byte> purposes = new();
    private readonly ChunkedColumn<int> occurrences = new();
    private readonly ChunkedColumn<int> distinct = new();
    private Dictionary<int, FundEntry> details = [];

    // The last fund added to and its ordinal: entries come fund by fund, so the next one is nearly always the same.
    private FundId lastFund;
    private int lastOrdinal = -1;

    // Whether the entries so far are already in the store's order (fund by fund, each by day), the order the writers
    // write: then building needs no sort and no permutation.
    private bool inOrder = true;
    private int lastAddedOrdinal = -1;
    private int lastAddedDay;

    public int Count => days.Count;

    /// <summary>The ordinal of a fund in the store, given on its first entry.</summary>
    public int OrdinalOf(FundId fundId)
    {
        if (lastOrdinal >= 0 && fundId.Value is { } value && ReferenceEquals(value, lastFund.Value))
        {
            return lastOrdinal;
        }
        if (!fundOrdinals.TryGetValue(fundId, out var ordinal))
        {
            ordinal = funds.Count;
            fundOrdinals.Add(fundId, ordinal);
            funds.Add(fundId);
        }
        lastFund = fundId;
        lastOrdinal = ordinal;
        return ordinal;
    }

    public void Add(FundEntry entry)
    {
        var ordinal = OrdinalOf(entry.FundId);
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
        Append(ordinal, LedgerStore.ToDayNumber(entry.Date), amount.Value, kind, purposeByte,
            beneficiaries?.Occurrences ?? LedgerStore.Missing, beneficiaries?.Distinct ?? LedgerStore.Missing);
    }

    /// <summary>
    /// Adds an opening balance, a contribution or a disbursement that has nothing but what the columns hold (no span,
    /// reference, note or contributor; beneficiaries, if any, counted as people without a description), as
    /// <see cref="Add"/> would add the record; <see langword="false"/>, with nothing added, when its purpose finds no
    /// place in the purpose table, so that the caller adds the record.
    /// </summary>
    public bool TryAddColumns(int fundOrdinal, FundEntryKind kind, int dayNumber, long amount, DisbursementPurpose? purpose, int? occurrences, int? distinct, bool hasBeneficiaries)
    {
        var purposeByte = PurposeByte(purpose, out var fits);
        if (!fits)
        {
            return false;
        }
        var kindByte = (byte)kind;
        if (hasBeneficiaries)
        {
            kindByte |= LedgerStore.HasBeneficiaries;
        }
        Append(fundOrdinal, dayNumber, amount, kindByte, purposeByte,
            hasBeneficiaries ? occurrences ?? LedgerStore.Missing : LedgerStore.Missing,
            hasBeneficiaries ? distinct ?? LedgerStore.Missing : LedgerStore.Missing);
        return true;
    }

    private void Append(int ordinal, int day, long amount, byte kind, byte purpose, int occurrenceCount, int distinctCount)
    {
        if (inOrder && (ordinal < lastAddedOrdinal || (ordinal == lastAddedOrdinal && day < lastAddedDay)))
        {
            inOrder = false;
        }
        if (ordinal != lastAddedOrdinal)
        {
            fundRuns.Add((days.Count, ordinal));
        }
        lastAddedOrdinal = ordinal;
        lastAddedDay = day;
        days.Add(day);
        amounts.Add(amount);
        kinds.Add(kind);
        purposes.Add(purpose);
        occurrences.Add(occurrenceCount);
        distinct.Add(distinctCount);
    }

    /// <summary>
    /// Makes room for about <paramref name="expected"/> entries in all, told by a reader that can estimate them (from
    /// the size of its input), so that the columns are filled in place and taken by the store without a copy.
    /// </summary>
    public void Reserve(long expected)
    {
        if (expected <= Count)
        {
            return;
        }
        // An estimate from a size a file declares may be far too large; the room is bounded, and reserved once.
        var capacity = (int)Math.Min(expected, MaxReserved);
        days.Reserve(capacity);
        amounts.Reserve(capacity);
        kinds.Reserve(capacity);
        purposes.Reserve(capacity);
        occurrences.Reserve(capacity);
        distinct.Reserve(capacity);
    }

    private const int MaxReserved = 1 << 27;

    /// <summary>
    /// The entries to reserve room for, estimated once <paramref name="read"/> entries took <paramref name="bytesRead"/>
    /// bytes of an input of <paramref name="totalBytes"/>: the rest at the same rate, and a little more.
    /// </summary>
    public static long Estimate(long read, long bytesRead, long totalBytes)
        => bytesRead <= 0 || totalBytes <= bytesRead ? read : read + (long)((double)(totalBytes - bytesRead) / bytesRead * read * 1.01) + 1024;

    // The fund ordinal of every entry, in the order added.
    private int[] FundOrdinals()
    {
        var result = new int[days.Count];
        for (var r = 0; r < fundRuns.Count; r++)
        {
            var end = r + 1 < fundRuns.Count ? fundRuns[r + 1].Start : result.Length;
            result.AsSpan(fundRuns[r].Start, end - fundRuns[r].Start).Fill(fundRuns[r].Ordinal);
        }
        return result;
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
        if (purposeIndex.TryGetValue((purpose.Code, purpose.Name), out var index))
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
        purposeIndex.Add((purpose.Code, purpose.Name), index);
        return index;
    }

    /// <summary>Builds the store of everything added so far; the builder can go on being used.</summary>
    public LedgerStore Build() => Build(release: false);

    /// <summary>
    /// Builds the store of everything added so far. With <paramref name="release"/> the builder is emptied as the
    /// store is built, column by column, so that the entries are never held twice in full: for a reader that builds once.
    /// </summary>
    public LedgerStore Build(bool release)
    {
        var n = days.Count;
        var fundCount = funds.Count;
        var fundStart = new int[fundCount + 1];
        int[]? order = null;
        Dictionary<int, FundEntry> sortedDetails;
        if (inOrder)
        {
            // Already fund by fund and by day, as written: each fund's run is its range, and the order is as added.
            foreach (var (start, ordinal) in fundRuns)
            {
                fundStart[ordinal] = start;
            }
            fundStart[fundCount] = n;
            sortedDetails = release ? details : new Dictionary<int, FundEntry>(details);
        }
        else
        {
            // Counting sort by fund keeps the order added within a fund; a fund's range is then sorted by day.
            var fundSpan = FundOrdinals();
            foreach (var f in fundSpan)
            {
                fundStart[f + 1]++;
            }
            for (var f = 0; f < fundCount; f++)
            {
                fundStart[f + 1] += fundStart[f];
            }
            var next = (int[])fundStart.Clone();
            order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[next[fundSpan[i]]++] = i;
            }
            fundSpan = [];
            var daySpan = days.ToArray(null, release: false);
            for (var f = 0; f < fundCount; f++)
            {
                SortByDay(order.AsSpan(fundStart[f], fundStart[f + 1] - fundStart[f]), daySpan);
            }
            daySpan = [];

            sortedDetails = new Dictionary<int, FundEntry>(details.Count);
            var position = new int[n];
            for (var p = 0; p < n; p++)
            {
                position[order[p]] = p;
            }
            foreach (var (original, entry) in details)
            {
                sortedDetails.Add(position[original], entry);
            }
        }

        var store = new LedgerStore(
            [.. funds],
            fundStart,
            days.ToArray(order, release),
            amounts.ToArray(order, release),
            kinds.ToArray(order, release),
            purposes.ToArray(order, release),
            occurrences.ToArray(order, release),
            distinct.ToArray(order, release),
            [.. purposeTable],
            sortedDetails,
            n);
        if (release)
        {
            fundRuns.Clear();
            fundOrdinals.Clear();
            funds.Clear();
            purposeIndex.Clear();
            purposeTable.Clear();
            details = [];
            lastOrdinal = -1;
            lastFund = default;
            inOrder = true;
            lastAddedOrdinal = -1;
        }
        return store;
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

    private sealed class WrittenPurposeComparer : IEqualityComparer<(string Code, LocalizedText Name)>
    {
        public static WrittenPurposeComparer Instance { get; } = new();

        public bool Equals((string Code, LocalizedText Name) x, (string Code, LocalizedText Name) y)
            => string.Equals(x.Code, y.Code, StringComparison.Ordinal)
               && string.Equals(x.Name.Vietnamese, y.Name.Vietnamese, StringComparison.Ordinal)
               && string.Equals(x.Name.English, y.Name.English, StringComparison.Ordinal);

        public int GetHashCode((string Code, LocalizedText Name) key) => StringComparer.Ordinal.GetHashCode(key.Code);
    }
}
