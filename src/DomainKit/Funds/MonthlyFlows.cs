using System.Runtime.CompilerServices;
using NodaTime;

namespace DomainKit.Funds;

/// <summary>
/// The flows of every ledger of a store added up by calendar month and kind of entry: amounts, entries, goods without
/// a value, and beneficiaries with how many entries reported them. Reports whose time buckets are whole months (months,
/// quarters, years, and periods of whole months) read these rows instead of every entry, so that a national roll-up
/// costs rows of months rather than millions of entries. Summary entries (those covering a span) are left out: a report
/// places them by their span, one by one. Built the first time a report asks, once per store, and kept; read-only
/// then, and so shared by reports on any thread.
/// </summary>
internal sealed class MonthlyFlows
{
    private static readonly ConditionalWeakTable<LedgerStore, Lazy<MonthlyFlows?>> ByStore = [];

    private readonly int[] rowStart;
    private readonly int[] months;
    private readonly byte[] kinds;
    private readonly long[] amounts;
    private readonly int[] counts;
    private readonly int[] unvalued;
    private readonly long[] occurrences;
    private readonly int[] occurrenceReports;
    private readonly long[] distinct;
    private readonly int[] distinctReports;

    private MonthlyFlows(int[] rowStart, int[] months, byte[] kinds, long[] amounts, int[] counts, int[] unvalued,
        long[] occurrences, int[] occurrenceReports, long[] distinct, int[] distinctReports)
    {
        this.rowStart = rowStart;
        this.months = months;
        this.kinds = kinds;
        this.amounts = amounts;
        this.counts = counts;
        this.unvalued = unvalued;
        this.occurrences = occurrences;
        this.occurrenceReports = occurrenceReports;
        this.distinct = distinct;
        this.distinctReports = distinctReports;
    }

    /// <summary>
    /// The monthly rows of <paramref name="store"/>, or <see langword="null"/> when a month's sum does not fit in 64
    /// bits: reports then read the entries, and say so as they always have.
    /// </summary>
    public static MonthlyFlows? Of(LedgerStore store)
        => ByStore.GetValue(store, static s => new Lazy<MonthlyFlows?>(() => Build(s), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The month's number, counted from January of year 0, of a date: <c>2023 * 12 + 6</c> for July 2023.</summary>
    public static int MonthOf(LocalDate date) => date.Year * 12 + date.Month - 1;

    /// <summary>The first row of the fund at <paramref name="fundOrdinal"/>; its rows are in order of month, then kind.</summary>
    public int StartOf(int fundOrdinal) => rowStart[fundOrdinal];

    /// <summary>The row after the last of the fund at <paramref name="fundOrdinal"/>.</summary>
    public int EndOf(int fundOrdinal) => rowStart[fundOrdinal + 1];

    /// <summary>
    /// Adds the rows from <paramref name="row"/> on, before <paramref name="rowEnd"/> and of months up to
    /// <paramref name="lastMonth"/>, into the sums at <paramref name="at"/> plus each row's kind; gives the row it
    /// stopped at. One tight loop over the columns, since a national roll-up reads hundreds of thousands of rows.
    /// </summary>
    public int AddRows(int row, int rowEnd, int lastMonth, int at, Span<long> amount, Span<long> count, Span<long> unvaluedSum,
        Span<long> occurrenceSum, Span<long> occurrenceReportSum, Span<long> distinctSum, Span<long> distinctReportSum)
    {
        for (; row < rowEnd && months[row] <= lastMonth; row++)
        {
            var cell = at + kinds[row];
            amount[cell] = checked(amount[cell] + amounts[row]);
            count[cell] += counts[row];
            unvaluedSum[cell] += unvalued[row];
            occurrenceSum[cell] = checked(occurrenceSum[cell] + occurrences[row]);
            occurrenceReportSum[cell] += occurrenceReports[row];
            distinctSum[cell] = checked(distinctSum[cell] + distinct[row]);
            distinctReportSum[cell] += distinctReports[row];
        }
        return row;
    }

    /// <summary>The first row of the fund at or after <paramref name="month"/>, by binary search.</summary>
    public int FirstFrom(int fundOrdinal, int month) => Utility.SortedSearch.LowerBound(months, rowStart[fundOrdinal], rowStart[fundOrdinal + 1], month);

    private static MonthlyFlows? Build(LedgerStore store)
    {
        const int kindCount = LedgerStore.KindBits + 1;
        var rowStart = new int[store.FundCount + 1];
        var months = new List<int>();
        var kinds = new List<byte>();
        var amounts = new List<long>();
        var counts = new List<int>();
        var unvalued = new List<int>();
        var occurrences = new List<long>();
        var occurrenceReports = new List<int>();
        var distinct = new List<long>();
        var distinctReports = new List<int>();
        Span<long> amount = stackalloc long[kindCount];
        Span<int> count = stackalloc int[kindCount];
        Span<int> goodsWithoutValue = stackalloc int[kindCount];
        Span<long> occurrence = stackalloc long[kindCount];
        Span<long> occurrenceReport = stackalloc long[kindCount];
        Span<long> distinctSum = stackalloc long[kindCount];
        Span<long> distinctReport = stackalloc long[kindCount];
        var days = store.DayNumbers;
        var kindBytes = store.KindBytes;
        var values = store.Amounts;
        try
        {
            for (var f = 0; f < store.FundCount; f++)
            {
                rowStart[f] = months.Count;
                var fundId = store.FundAt(f);
                var end = store.EndOf(f);
                var spans = store.SpanPositionsIn(store.StartOf(f), end);
                var i = store.StartOf(f);
                while (i < end)
                {
                    // One calendar month of the fund at a time: entries are sorted by day.
                    var date = LedgerStore.ToDate(days[i]);
                    var month = MonthOf(date);
                    var lastDay = LedgerStore.ToDayNumber(new LocalDate(date.Year, date.Month, CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month)));
                    amount.Clear();
                    count.Clear();
                    goodsWithoutValue.Clear();
                    occurrence.Clear();
                    occurrenceReport.Clear();
                    distinctSum.Clear();
                    distinctReport.Clear();
                    var any = false;
                    for (; i < end && days[i] <= lastDay; i++)
                    {
                        if (!spans.IsEmpty && spans[0] == i)
                        {
                            spans = spans[1..];
                            continue;
                        }
                        any = true;
                        var k = kindBytes[i] & LedgerStore.KindBits;
                        amount[k] = checked(amount[k] + values[i]);
                        count[k]++;
                        if (store.IsUnvaluedGoodsAt(i, fundId))
                        {
                            goodsWithoutValue[k]++;
                        }
                        store.AddBeneficiaries(i, k, occurrence, occurrenceReport, distinctSum, distinctReport);
                    }
                    if (!any)
                    {
                        continue;
                    }
                    for (var k = 0; k < kindCount; k++)
                    {
                        if (count[k] == 0)
                        {
                            continue;
                        }
                        months.Add(month);
                        kinds.Add((byte)k);
                        amounts.Add(amount[k]);
                        counts.Add(count[k]);
                        unvalued.Add(goodsWithoutValue[k]);
                        occurrences.Add(occurrence[k]);
                        occurrenceReports.Add((int)occurrenceReport[k]);
                        distinct.Add(distinctSum[k]);
                        distinctReports.Add((int)distinctReport[k]);
                    }
                }
            }
        }
        catch (OverflowException)
        {
            return null;
        }
        rowStart[store.FundCount] = months.Count;
        return new MonthlyFlows(rowStart, [.. months], [.. kinds], [.. amounts], [.. counts], [.. unvalued],
            [.. occurrences], [.. occurrenceReports], [.. distinct], [.. distinctReports]);
    }
}
