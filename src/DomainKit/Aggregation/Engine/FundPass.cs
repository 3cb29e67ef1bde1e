using DomainKit.Funds;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// Adds up fund ledgers: flows within each bucket (or over a longer window up to each bucket's end) straight
/// from the entry columns, and balances and outstanding loans at each bucket's end.
/// </summary>
internal static class FundPass
{
    public static void Run(PassContext pass)
    {
        var flows = pass.Measures.Where(m => IsFlow(pass.Measure(m)) && pass.Measure(m).Window == Window.Period).ToArray();
        var windowed = pass.Measures.Where(m => IsFlow(pass.Measure(m)) && pass.Measure(m).Window != Window.Period).ToArray();
        var stocks = pass.Measures.Where(m => !IsFlow(pass.Measure(m))).ToArray();
        var fundDimension = pass.IndexOf(DimensionSource.Fund);
        foreach (var ledger in pass.Dataset.Ledgers)
        {
            var position = ledger.Fund is { } fund ? pass.Scope.Place(fund.OwnerId) : -2;
            if (position == -2)
            {
                pass.Unplaced += ledger.Count;
                continue;
            }
            if (position < 0)
            {
                continue;
            }
            var baseKey = pass.UnitKey(position)
                + (fundDimension < 0 ? 0 : pass.Keys.FundCodes![ledger.FundId] * pass.Keys.Strides[fundDimension]);
            if (flows.Length > 0)
            {
                Flows(pass, ledger, baseKey, flows);
            }
            if (windowed.Length > 0)
            {
                Windowed(pass, ledger, baseKey, windowed);
            }
            if (stocks.Length > 0)
            {
                Stocks(pass, ledger, baseKey, stocks);
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
        var from = LowerBound(days, ledger.Start, ledger.End, LedgerStore.ToDayNumber(pass.Query.Period.Start));
        var to = LowerBound(days, from, ledger.End, LedgerStore.ToDayNumber(pass.Query.Period.End) + 1);
        if (from == to)
        {
            return;
        }
        var kindStride = Stride(pass, DimensionSource.FundEntryKind);
        var purposeStride = Stride(pass, DimensionSource.Purpose);
        var time = pass.Time;
        var timeStride = pass.TimeStride;
        var bucket = 0;
        var bucketEnd = time is null ? int.MaxValue : LedgerStore.ToDayNumber(time.Ends[0]);
        var single = measures.Length == 1 && pass.Measure(measures[0]).Source == MeasureSource.FlowAmount ? measures[0] : -1;
        var amounts = store.Amounts;
        var kinds = store.KindBytes;
        var table = pass.Table;

        // Within one fund and one bucket the cell depends on the kind alone (without a purpose dimension), so the
        // cells are cached by kind and the key is worked out once per kind and bucket, not once per entry.
        Span<int> cellOfKind = stackalloc int[LedgerStore.KindBits + 1];
        cellOfKind.Fill(-1);
        for (var i = from; i < to; i++)
        {
            if (days[i] > bucketEnd)
            {
                while (days[i] > bucketEnd)
                {
                    bucket++;
                    bucketEnd = LedgerStore.ToDayNumber(time!.Ends[bucket]);
                }
                cellOfKind.Fill(-1);
            }
            var kindCode = kinds[i] & LedgerStore.KindBits;
            var kind = (FundEntryKind)kindCode;
            if (kind is FundEntryKind.OpeningBalance or FundEntryKind.BalanceAssertion)
            {
                continue;
            }
            int cell;
            if (purposeStride == 0)
            {
                cell = cellOfKind[kindCode];
                if (cell < 0)
                {
                    cell = table.Cell(baseKey + kindCode * kindStride + bucket * timeStride);
                    cellOfKind[kindCode] = cell;
                }
            }
            else
            {
                cell = table.Cell(baseKey + kindCode * kindStride + PurposeCode(ledger, i) * purposeStride + bucket * timeStride);
            }
            if (single >= 0)
            {
                table.Add(cell, single, amounts[i]);
                continue;
            }
            foreach (var m in measures)
            {
                AddFlow(pass, cell, m, store, i, kind);
            }
        }
    }

    private static void Windowed(PassContext pass, FundLedger ledger, long baseKey, int[] measures)
    {
        var store = ledger.Store;
        var time = pass.Time;
        var buckets = time?.Count ?? 1;
        var kindStride = Stride(pass, DimensionSource.FundEntryKind);
        var purposeStride = Stride(pass, DimensionSource.Purpose);
        var last = LedgerStore.ToDayNumber(pass.Query.Period.End);
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
                    AddFlow(pass, cell, m, store, i, kind);
                }
            }
        }
    }

    private static void Stocks(PassContext pass, FundLedger ledger, long baseKey, int[] measures)
    {
        var time = pass.Time;
        var buckets = time?.Count ?? 1;
        for (var b = 0; b < buckets; b++)
        {
            var end = time?.Ends[b] ?? pass.Query.Period.End;
            var cell = pass.Table.Cell(baseKey + b * pass.TimeStride);
            foreach (var m in measures)
            {
                var value = pass.Measure(m).Source == MeasureSource.FundBalance
                    ? ledger.BalanceOn(end, BalanceTime.EndOfDay)
                    : ledger.OutstandingLoansOn(end);
                pass.Table.Add(cell, m, value.Value);
            }
        }
    }

    private static void AddFlow(PassContext pass, int cell, int m, LedgerStore store, int i, FundEntryKind kind)
    {
        var table = pass.Table;
        switch (pass.Measure(m).Source)
        {
            case MeasureSource.FlowAmount:
                table.Add(cell, m, store.AmountAt(i));
                break;
            case MeasureSource.Contributions:
                table.Add(cell, m, kind == FundEntryKind.Contribution ? store.AmountAt(i) : 0);
                break;
            case MeasureSource.Disbursements:
                table.Add(cell, m, kind == FundEntryKind.Disbursement ? store.AmountAt(i) : 0);
                break;
            case MeasureSource.Loans:
                table.Add(cell, m, kind == FundEntryKind.Loan ? store.AmountAt(i) : 0);
                break;
            case MeasureSource.Repayments:
                table.Add(cell, m, kind == FundEntryKind.Repayment ? store.AmountAt(i) : 0);
                break;
            case MeasureSource.InKindValue:
                table.Add(cell, m, kind is FundEntryKind.InKindReceipt or FundEntryKind.InKindDistribution ? store.AmountAt(i) : 0);
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
        }
    }

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

    private static int LowerBound(ReadOnlySpan<int> days, int from, int to, int day)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (days[mid] < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
