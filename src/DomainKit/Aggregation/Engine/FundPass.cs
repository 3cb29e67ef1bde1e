using DomainKit.Funds;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// Adds up fund ledgers: flows within each bucket (or over a longer window up to each bucket's end) straight
/// from the entry columns, and balances and outstanding loans at each bucket's end.
/// </summary>
/// <remarks>
/// What is known and what is not: a ledger's figures are known from the first day its entries cover (the earliest
/// entry's date, or the start of a summary entry's span); before it, and for a fund with no entries at all, every
/// figure is missing, never 0. From it on, a flow with nothing in a bucket is a real 0. A summary entry (one with
/// <c>Covers</c>) is attributed to the bucket that holds its whole span, and otherwise to the row "not attributable
/// to a period" (<see cref="TimeBuckets.Unattributed"/>); without a time dimension it counts in the period of its
/// date, as the ledger books it. A balance, outstanding loans or a cumulative flow at the end of a day inside a
/// summary entry's span (from its start up to its date) is not known, since the entry does not say how much of it
/// had happened by then: it is missing, in every row that adds it up. Goods without a value add nothing to money figures.
/// </remarks>
internal static class FundPass
{
    public static void Run(PassContext pass) => Run(pass, entries: true);

    /// <summary>
    /// Marks the cells of a level derived from finer ones as known where a ledger is known, reading no entry: what the
    /// finer rows could not say for a ledger with nothing in them (a real 0, or a cumulative figure not known).
    /// </summary>
    public static void MarkLedgers(PassContext pass) => Run(pass, entries: false);

    private static void Run(PassContext pass, bool entries)
    {
        var flows = pass.Measures.Where(m => IsFlow(pass.Measure(m)) && pass.Measure(m).Window == Window.Period).ToArray();
        var windowed = pass.Measures.Where(m => IsFlow(pass.Measure(m)) && pass.Measure(m).Window != Window.Period).ToArray();
        var stocks = pass.Measures.Where(m => !IsFlow(pass.Measure(m))).ToArray();
        var fundDimension = pass.IndexOf(DimensionSource.Fund);
        // With entries split by kind or purpose, a row stands for entries that exist; without, for the ledger as a whole.
        var whole = pass.IndexOf(DimensionSource.FundEntryKind) < 0 && pass.IndexOf(DimensionSource.Purpose) < 0;
        var byMonth = entries && flows.Length > 0 && Stride(pass, DimensionSource.Purpose) == 0 && WholeMonths(pass);
        var monthly = byMonth ? new List<(long Key, FundLedger Ledger)>() : null;
        var ledgers = pass.Dataset.LedgerList;
        var owners = DatasetKeys.Of(pass.Dataset).LedgerOwnerPositions(pass.Scope.Tree);
        for (var l = 0; l < ledgers.Length; l++)
        {
            var ledger = ledgers[l];
            // Entries of a fund the dataset does not hold have no known unit, like those of an unknown owner.
            var owner = ledger.Fund is { } fund ? fund.OwnerId : default;
            var position = pass.Scope.PlaceAt(owners[l]);
            if (position == UnitScope.Outside)
            {
                continue;
            }
            if (position == UnitScope.Unplaced)
            {
                if (ledger.Fund is null)
                {
                    pass.UnplacedFunds[ledger.FundId] = pass.UnplacedFunds.GetValueOrDefault(ledger.FundId) + ledger.Count;
                }
                else
                {
                    pass.NoteUnplaced(owner, ledger.Count);
                }
            }
            var baseKey = pass.UnitKey(position, owner)
                + (fundDimension < 0 ? 0 : pass.Keys.FundCodes![ledger.FundId] * pass.Keys.Strides[fundDimension]);
            var coverage = ledger.Coverage;
            if (monthly is not null && ledger.Count > 0 && MonthlyFlows.Of(ledger.Store) is not null)
            {
                monthly.Add((baseKey, ledger));
            }
            else if (entries && flows.Length > 0)
            {
                Flows(pass, ledger, baseKey, flows);
            }
            if (entries && windowed.Length > 0)
            {
                Windowed(pass, ledger, baseKey, windowed, coverage);
            }
            if (entries && stocks.Length > 0)
            {
                Stocks(pass, ledger, baseKey, stocks, coverage);
            }
            if (whole)
            {
                MarkKnown(pass, baseKey, flows, windowed, coverage);
            }
        }
        if (monthly is { Count: > 0 })
        {
            FlowsByMonth(pass, monthly, flows);
        }
    }

    // Every bucket that ends on or after the first day the ledger covers holds its real figures: a flow with nothing
    // in it is 0 there, and a cumulative flow is known unless a summary entry's span is open at the bucket's end.
    private static void MarkKnown(PassContext pass, long baseKey, int[] flows, int[] windowed, LedgerCoverage coverage)
    {
        var time = pass.Time;
        var buckets = time?.Count ?? 1;
        for (var b = 0; b < buckets; b++)
        {
            var end = LedgerStore.ToDayNumber(time?.Ends[b] ?? pass.Query.Period.End);
            if (!coverage.KnownBy(end))
            {
                continue;
            }
            var cell = pass.Table.Cell(baseKey + b * pass.TimeStride);
            foreach (var m in flows)
            {
                if (pass.Measure(m).Source is not (MeasureSource.Occurrences or MeasureSource.Distinct))
                {
                    pass.Table.MarkReported(cell, m);
                }
            }
            var open = coverage.IsOpen(end);
            foreach (var m in windowed)
            {
                if (pass.Measure(m).Source is MeasureSource.Occurrences or MeasureSource.Distinct)
                {
                    continue;
                }
                if (open)
                {
                    pass.Table.MarkUnknown(cell, m);
                }
                else
                {
                    pass.Table.MarkReported(cell, m);
                }
            }
        }
    }

    private static bool IsFlow(Measure measure) => measure.Source is not (MeasureSource.FundBalance or MeasureSource.OutstandingLoans);

    // The hot loop of national roll-ups: a ledger's entries are sorted by day, so the period is one slice found by
    // binary search and the time bucket only moves forward.
    private static void Flows(PassContext pass, FundLedger ledger, long baseKey, int[] measures)
    {
        var store = ledger.Store;
        var days = store.DayNumbers;
        var from = Utility.SortedSearch.LowerBound(days, ledger.Start, ledger.End, LedgerStore.ToDayNumber(pass.Query.Period.Start));
        var to = Utility.SortedSearch.LowerBound(days, from, ledger.End, LedgerStore.ToDayNumber(pass.Query.Period.End) + 1);
        if (from == to)
        {
            return;
        }
        var kindStride = Stride(pass, DimensionSource.FundEntryKind);
        var purposeStride = Stride(pass, DimensionSource.Purpose);
        var time = pass.Time;
        var buckets = time?.Count ?? 1;
        var needsBeneficiaries = measures.Any(m => pass.Measure(m).Source is MeasureSource.Occurrences or MeasureSource.Distinct);
        Span<long> amount = stackalloc long[KindCount];
        Span<long> count = stackalloc long[KindCount];
        Span<long> occurrences = stackalloc long[KindCount];
        Span<long> occurrenceReports = stackalloc long[KindCount];
        Span<long> distinct = stackalloc long[KindCount];
        Span<long> distinctReports = stackalloc long[KindCount];
        Span<long> unvalued = stackalloc long[KindCount];
        var kinds = store.KindBytes;
        var amounts = store.Amounts;
        var spans = time is null ? [] : store.SpanPositionsIn(from, to);
        var needsValuations = measures.Any(m => pass.Measure(m).Source is MeasureSource.InKindValue or MeasureSource.FlowAmount);
        var start = from;
        for (var b = 0; b < buckets && start < to; b++)
        {
            // Entries are sorted by day, so each bucket is one slice; within it only the kind varies.
            var end = time is null ? to : Utility.SortedSearch.LowerBound(days, start, to, LedgerStore.ToDayNumber(time.Ends[b]) + 1);
            // A summary entry in the slice may belong to another bucket, or to none: the slice is then read entry by entry.
            var hasSpans = !spans.IsEmpty && spans[0] < end;
            if (purposeStride != 0 || hasSpans)
            {
                for (var i = start; i < end; i++)
                {
                    var summary = !spans.IsEmpty && spans[0] == i;
                    if (summary)
                    {
                        spans = spans[1..];
                    }
                    var kind = store.KindAt(i);
                    if (kind is FundEntryKind.OpeningBalance or FundEntryKind.BalanceAssertion)
                    {
                        continue;
                    }
                    var target = summary ? time!.TargetOf(store.SpanAt(i)) : b;
                    var cell = pass.Table.Cell(baseKey + (int)kind * kindStride + (purposeStride == 0 ? 0 : PurposeCode(ledger, i) * purposeStride) + target * pass.TimeStride);
                    foreach (var m in measures)
                    {
                        AddFlow(pass, cell, m, ledger, i, kind);
                    }
                }
                while (!spans.IsEmpty && spans[0] < end)
                {
                    spans = spans[1..];
                }
                start = end;
                continue;
            }
            amount.Clear();
            count.Clear();
            unvalued.Clear();
            for (var i = start; i < end; i++)
            {
                var k = kinds[i] & LedgerStore.KindBits;
                amount[k] = checked(amount[k] + amounts[i]);
                count[k]++;
            }
            if (needsValuations && (count[(int)FundEntryKind.InKindReceipt] > 0 || count[(int)FundEntryKind.InKindDistribution] > 0))
            {
                for (var i = start; i < end; i++)
                {
                    if (IsUnvaluedGoods(ledger, i))
                    {
                        unvalued[kinds[i] & LedgerStore.KindBits]++;
                    }
                }
            }
            if (needsBeneficiaries)
            {
                occurrences.Clear();
                occurrenceReports.Clear();
                distinct.Clear();
                distinctReports.Clear();
                for (var i = start; i < end; i++)
                {
                    store.AddBeneficiaries(i, kinds[i] & LedgerStore.KindBits, occurrences, occurrenceReports, distinct, distinctReports);
                }
            }
            Emit(pass, baseKey + b * pass.TimeStride, kindStride, measures, amount, count, unvalued, occurrences, occurrenceReports, distinct, distinctReports);
            start = end;
        }
    }

    // The sums of one bucket of one ledger, kind by kind, into the bucket's cells.
    private static void Emit(PassContext pass, long key, long kindStride, int[] measures, Span<long> amount, Span<long> count, Span<long> unvalued,
        Span<long> occurrences, Span<long> occurrenceReports, Span<long> distinct, Span<long> distinctReports)
    {
        for (var k = 0; k < KindCount; k++)
        {
            var kind = (FundEntryKind)k;
            if (count[k] == 0 || kind is FundEntryKind.OpeningBalance or FundEntryKind.BalanceAssertion)
            {
                continue;
            }
            var cell = pass.Table.Cell(key + k * kindStride);
            foreach (var m in measures)
            {
                switch (pass.Measure(m).Source)
                {
                    case MeasureSource.Occurrences:
                        pass.Table.AddReported(cell, m, occurrences[k], occurrenceReports[k]);
                        break;
                    case MeasureSource.Distinct:
                        pass.Table.AddReported(cell, m, distinct[k], distinctReports[k]);
                        break;
                    case MeasureSource.FlowAmount:
                    case MeasureSource.InKindValue:
                        // Goods without a value are no money: they add nothing and report nothing.
                        pass.Table.AddReported(cell, m, KindMatches(pass.Measure(m).Source, kind) ? amount[k] : 0, count[k] - unvalued[k]);
                        break;
                    default:
                        pass.Table.AddReported(cell, m, KindMatches(pass.Measure(m).Source, kind) ? amount[k] : 0, count[k]);
                        break;
                }
            }
        }
    }

    // Whether every bucket, and so the period, is made of whole calendar months, which the monthly rows can answer.
    private static bool WholeMonths(PassContext pass)
    {
        var time = pass.Time;
        var count = time?.Count ?? 1;
        for (var b = 0; b < count; b++)
        {
            var start = time?.Starts[b] ?? pass.Query.Period.Start;
            var end = time?.Ends[b] ?? pass.Query.Period.End;
            if (start.Day != 1 || end.Day != CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month) || start.Calendar != CalendarSystem.Iso)
            {
                return false;
            }
        }
        return true;
    }

    // The flows of ledgers from their stores' monthly rows (MonthlyFlows), added up over the ledgers that share a row
    // key before any cell is touched, so that a national roll-up writes a cell per province, month and kind rather than
    // per fund; summary entries are placed one by one, as the entry-by-entry path places them. The same cells and the
    // same sums as reading every entry.
    private static void FlowsByMonth(PassContext pass, List<(long Key, FundLedger Ledger)> ledgers, int[] measures)
    {
        var time = pass.Time;
        var period = pass.Query.Period;
        var buckets = time?.Count ?? 1;
        var kindStride = Stride(pass, DimensionSource.FundEntryKind);
        var firstMonth = MonthlyFlows.MonthOf(period.Start);
        var lastMonths = new int[buckets];
        for (var b = 0; b < buckets; b++)
        {
            lastMonths[b] = MonthlyFlows.MonthOf(time?.Ends[b] ?? period.End);
        }
        var size = buckets * KindCount;
        var amount = new long[size];
        var count = new long[size];
        var unvalued = new long[size];
        var occurrences = new long[size];
        var occurrenceReports = new long[size];
        var distinct = new long[size];
        var distinctReports = new long[size];
        // Ledgers of one row key one after the other; their order within a key does not matter, as they only add up.
        ledgers.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        var from = 0;
        while (from < ledgers.Count)
        {
            var key = ledgers[from].Key;
            var to = from;
            Array.Clear(count);
            Array.Clear(amount);
            Array.Clear(unvalued);
            Array.Clear(occurrences);
            Array.Clear(occurrenceReports);
            Array.Clear(distinct);
            Array.Clear(distinctReports);
            for (; to < ledgers.Count && ledgers[to].Key == key; to++)
            {
                var ledger = ledgers[to].Ledger;
                var store = ledger.Store;
                var index = MonthlyFlows.Of(store)!;
                // Summary entries are placed one by one; the rest is in the monthly rows.
                if (store.HasSummaryEntries)
                {
                    var days = store.DayNumbers;
                    var first = Utility.SortedSearch.LowerBound(days, ledger.Start, ledger.End, LedgerStore.ToDayNumber(period.Start));
                    var last = Utility.SortedSearch.LowerBound(days, first, ledger.End, LedgerStore.ToDayNumber(period.End) + 1);
                    foreach (var i in store.SpanPositionsIn(first, last))
                    {
                        var kind = store.KindAt(i);
                        if (kind is FundEntryKind.OpeningBalance or FundEntryKind.BalanceAssertion)
                        {
                            continue;
                        }
                        var target = time is null ? 0 : time.TargetOf(store.SpanAt(i));
                        var cell = pass.Table.Cell(key + (int)kind * kindStride + target * pass.TimeStride);
                        foreach (var m in measures)
                        {
                            AddFlow(pass, cell, m, ledger, i, kind);
                        }
                    }
                }
                var fund = store.FundOrdinalOf(ledger.Start);
                var row = index.FirstFrom(fund, firstMonth);
                var rowEnd = index.EndOf(fund);
                for (var b = 0; b < buckets && row < rowEnd; b++)
                {
                    row = index.AddRows(row, rowEnd, lastMonths[b], b * KindCount, amount, count, unvalued, occurrences, occurrenceReports, distinct, distinctReports);
                }
            }
            for (var b = 0; b < buckets; b++)
            {
                var slice = new Range(b * KindCount, (b + 1) * KindCount);
                Emit(pass, key + b * pass.TimeStride, kindStride, measures, amount.AsSpan(slice), count.AsSpan(slice), unvalued.AsSpan(slice),
                    occurrences.AsSpan(slice), occurrenceReports.AsSpan(slice), distinct.AsSpan(slice), distinctReports.AsSpan(slice));
            }
            from = to;
        }
    }

    private const int KindCount = LedgerStore.KindBits + 1;

    // Which kinds of entry a money flow measure adds up.
    private static bool KindMatches(MeasureSource source, FundEntryKind kind) => source switch
    {
        MeasureSource.FlowAmount => true,
        MeasureSource.Contributions => kind == FundEntryKind.Contribution,
        MeasureSource.Disbursements => kind == FundEntryKind.Disbursement,
        MeasureSource.Loans => kind == FundEntryKind.LoanDisbursement,
        MeasureSource.Repayments => kind == FundEntryKind.LoanRepayment,
        MeasureSource.InKindValue => kind is FundEntryKind.InKindReceipt or FundEntryKind.InKindDistribution,
        _ => false,
    };

    private static void Windowed(PassContext pass, FundLedger ledger, long baseKey, int[] measures, LedgerCoverage coverage)
    {
        var store = ledger.Store;
        var time = pass.Time;
        var buckets = time?.Count ?? 1;
        var kindStride = Stride(pass, DimensionSource.FundEntryKind);
        var purposeStride = Stride(pass, DimensionSource.Purpose);
        var last = LedgerStore.ToDayNumber(pass.Query.Period.End);
        // A cumulative figure at the end of a bucket inside a summary entry's span lacks an unknown part of that entry.
        var open = new bool[buckets];
        for (var b = 0; b < buckets; b++)
        {
            open[b] = coverage.IsOpen(LedgerStore.ToDayNumber(time?.Ends[b] ?? pass.Query.Period.End));
        }
        for (var i = ledger.Start; i < ledger.End && store.DayNumbers[i] <= last; i++)
        {
            var kind = store.KindAt(i);
            if (kind is FundEntryKind.OpeningBalance or FundEntryKind.BalanceAssertion)
            {
                continue;
            }
            var day = store.DateAt(i);
            for (var b = 0; b < buckets; b++)
            {
                var end = time?.Ends[b] ?? pass.Query.Period.End;
                if (day > end)
                {
                    continue;
                }
                var key = baseKey + (int)kind * kindStride + (purposeStride == 0 ? 0 : PurposeCode(ledger, i) * purposeStride) + b * pass.TimeStride;
                var cell = pass.Table.Cell(key);
                foreach (var m in measures)
                {
                    var window = pass.Measure(m).Window;
                    if (window == Window.YearToDate && day < new LocalDate(end.Year, 1, 1))
                    {
                        continue;
                    }
                    AddFlow(pass, cell, m, ledger, i, kind);
                    if (open[b] && pass.Measure(m).Source is not (MeasureSource.Occurrences or MeasureSource.Distinct))
                    {
                        pass.Table.MarkUnknown(cell, m);
                    }
                }
            }
        }
    }

    private static void Stocks(PassContext pass, FundLedger ledger, long baseKey, int[] measures, LedgerCoverage coverage)
    {
        var time = pass.Time;
        var buckets = time?.Count ?? 1;
        for (var b = 0; b < buckets; b++)
        {
            var end = time?.Ends[b] ?? pass.Query.Period.End;
            var cell = pass.Table.Cell(baseKey + b * pass.TimeStride);
            var day = LedgerStore.ToDayNumber(end);
            if (!coverage.KnownBy(day))
            {
                // The fund's records begin later, or it has none: its row shows the balance as missing, not 0 đ.
                continue;
            }
            if (coverage.IsOpen(day))
            {
                foreach (var m in measures)
                {
                    pass.Table.MarkUnknown(cell, m);
                }
                continue;
            }
            foreach (var m in measures)
            {
                var value = pass.Measure(m).Source == MeasureSource.FundBalance
                    ? ledger.BalanceOn(end, BalanceTime.EndOfDay)
                    : ledger.OutstandingLoansOn(end);
                pass.Table.Add(cell, m, value.Value);
            }
        }
    }

    private static void AddFlow(PassContext pass, int cell, int m, FundLedger ledger, int i, FundEntryKind kind)
    {
        var table = pass.Table;
        var store = ledger.Store;
        switch (pass.Measure(m).Source)
        {
            case MeasureSource.FlowAmount or MeasureSource.InKindValue when IsUnvaluedGoods(ledger, i):
                // Goods without a value are no money: they add nothing and report nothing.
                break;
            case MeasureSource.Occurrences:
                if (store.OccurrencesAt(i) is var occurrences && occurrences != LedgerStore.Missing)
                {
                    table.Add(cell, m, occurrences);
                }
                break;
            case MeasureSource.Distinct:
                if (store.DistinctAt(i) is var distinct && distinct != LedgerStore.Missing)
                {
                    table.Add(cell, m, distinct);
                }
                break;
            case var source:
                table.Add(cell, m, KindMatches(source, kind) ? store.AmountAt(i) : 0);
                break;
        }
    }

    private static bool IsUnvaluedGoods(FundLedger ledger, int storeIndex) => ledger.Store.IsUnvaluedGoodsAt(storeIndex, ledger.FundId);

    // The purpose's place in the store's table; a purpose past the table's 255 lives on the record and is "other".
    private static int PurposeCode(FundLedger ledger, int storeIndex)
    {
        var store = ledger.Store;
        var code = store.PurposeIndexAt(storeIndex);
        if (code != 0 || !store.HasDetailsAt(storeIndex))
        {
            return code;
        }
        return store.EntryAt(storeIndex, ledger.FundId) is Disbursement { Purpose: not null } or LoanDisbursement { Purpose: not null }
            ? store.PurposeTable.Count + 1
            : 0;
    }

    private static long Stride(PassContext pass, DimensionSource source)
        => pass.IndexOf(source) is var d && d >= 0 ? pass.Keys.Strides[d] : 0;
}
