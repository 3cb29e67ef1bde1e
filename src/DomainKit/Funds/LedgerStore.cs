using DomainKit.Money;
using NodaTime;

namespace DomainKit.Funds;

/// <summary>
/// Every fund entry of a dataset in columns, sorted by fund, then date, then the order added, so that a fund's
/// ledger is one contiguous range. A national dataset holds tens of millions of entries; as records they would
/// cost about a hundred bytes each, in columns about twenty-two. An entry whose fields all fit the columns
/// (the common contribution or disbursement) keeps no object; any other keeps the record it was given, which
/// <see cref="EntryAt"/> returns as is. Immutable once built, so safe to read from many threads.
/// </summary>
internal sealed class LedgerStore
{
    public const int Missing = int.MinValue;

    // Kind byte: the low bits are the FundEntryKind, the flags say what else the entry carries.
    private const byte KindMask = 0x0F;
    public const byte HasDetails = 0x80;
    public const byte HasBeneficiaries = 0x40;

    private readonly FundId[] funds;
    private readonly int[] fundStart;
    private readonly int[] days;
    private readonly long[] amounts;
    private readonly byte[] kinds;
    private readonly byte[] purposes;
    private readonly int[] occurrences;
    private readonly int[] distinct;
    private readonly DisbursementPurpose[] purposeTable;
    private readonly Dictionary<int, FundEntry> details;

    private readonly int count;

    /// <summary>A store of the columns' first <paramref name="count"/> values (all of them when -1); the columns may be longer.</summary>
    internal LedgerStore(FundId[] funds, int[] fundStart, int[] days, long[] amounts, byte[] kinds, byte[] purposes,
        int[] occurrences, int[] distinct, DisbursementPurpose[] purposeTable, Dictionary<int, FundEntry> details, int count = -1)
    {
        this.count = count < 0 ? days.Length : count;
        this.funds = funds;
        this.fundStart = fundStart;
        this.days = days;
        this.amounts = amounts;
        this.kinds = kinds;
        this.purposes = purposes;
        this.occurrences = occurrences;
        this.distinct = distinct;
        this.purposeTable = purposeTable;
        this.details = details;
        spanPositions = [.. details.Where(d => d.Value.Covers is { } covers && covers != default).Select(d => d.Key).Order()];
    }

    // The positions of the summary entries, which cover a span (FundEntry.Covers), in order.
    private readonly int[] spanPositions;

    public static LedgerStore Empty { get; } = new LedgerStoreBuilder().Build();

    public int Count => count;

    public int FundCount => funds.Length;

    public FundId FundAt(int ordinal) => funds[ordinal];

    public int StartOf(int fundOrdinal) => fundStart[fundOrdinal];

    public int EndOf(int fundOrdinal) => fundStart[fundOrdinal + 1];

    /// <summary>The days of the entries as day numbers (days since 1 January of year 1); sorted within each fund.</summary>
    public ReadOnlySpan<int> DayNumbers => days.AsSpan(0, count);

    /// <summary>The money amount of each entry: amount, principal, stated balance, or the goods' valuation (0 without one).</summary>
    public ReadOnlySpan<long> Amounts => amounts.AsSpan(0, count);

    public FundEntryKind KindAt(int i) => (FundEntryKind)(kinds[i] & KindMask);

    /// <summary>The kind bytes: the low four bits are the <see cref="FundEntryKind"/>, the high bits flags.</summary>
    public ReadOnlySpan<byte> KindBytes => kinds.AsSpan(0, count);

    public const int KindBits = KindMask;

    public bool HasDetailsAt(int i) => (kinds[i] & HasDetails) != 0;

    public LocalDate DateAt(int i) => ToDate(days[i]);

    public long AmountAt(int i) => amounts[i];

    public DisbursementPurpose? PurposeAt(int i) => purposes[i] == 0 ? null : purposeTable[purposes[i] - 1];

    public int PurposeIndexAt(int i) => purposes[i];

    public IReadOnlyList<DisbursementPurpose> PurposeTable => purposeTable;

    /// <summary>Occurrences of the entry's beneficiaries, <see cref="Missing"/> when not reported or not applicable.</summary>
    public int OccurrencesAt(int i) => occurrences[i];

    /// <summary>Distinct beneficiaries of the entry, <see cref="Missing"/> when not reported or not applicable.</summary>
    public int DistinctAt(int i) => distinct[i];

    /// <summary>Whether the entry at <paramref name="i"/>, of <paramref name="fund"/>, is goods without a value, which add nothing to money figures.</summary>
    public bool IsUnvaluedGoodsAt(int i, FundId fund)
        => KindAt(i) is FundEntryKind.InKindReceipt or FundEntryKind.InKindDistribution
           && EntryAt(i, fund) is InKindReceipt { Valuation: null } or InKindDistribution { Valuation: null };

    /// <summary>
    /// Adds the beneficiaries the entry at <paramref name="i"/> reports, if it reports them, to the sums at
    /// <paramref name="at"/>, and counts it among the entries that report them: a sum of entries none of which
    /// reported is not known, not 0.
    /// </summary>
    public void AddBeneficiaries(int i, int at, Span<long> occurrenceSums, Span<long> occurrenceReports, Span<long> distinctSums, Span<long> distinctReports)
    {
        if (occurrences[i] is var o && o != Missing)
        {
            occurrenceSums[at] = checked(occurrenceSums[at] + o);
            occurrenceReports[at]++;
        }
        if (distinct[i] is var d && d != Missing)
        {
            distinctSums[at] = checked(distinctSums[at] + d);
            distinctReports[at]++;
        }
    }

    /// <summary>The direction money moves for a kind: 1 in, -1 out, 0 for goods and stated balances.</summary>
    public static int CashSign(FundEntryKind kind) => kind switch
    {
        FundEntryKind.OpeningBalance or FundEntryKind.Contribution or FundEntryKind.LoanRepayment => 1,
        FundEntryKind.Disbursement or FundEntryKind.LoanDisbursement => -1,
        _ => 0,
    };

    /// <summary>The entry's change to the cash balance.</summary>
    /// <exception cref="OverflowException">The amount is <see cref="long.MinValue"/> on an outflow.</exception>
    public long CashEffectAt(int i) => CashSign(KindAt(i)) switch
    {
        1 => amounts[i],
        -1 => checked(-amounts[i]),
        _ => 0,
    };

    /// <summary>The entry as a record: the one it was given with, or one rebuilt from the columns.</summary>
    public FundEntry EntryAt(int i, FundId fundId)
    {
        if (HasDetailsAt(i))
        {
            return details[i];
        }
        var date = DateAt(i);
        var amount = new Dong(amounts[i]);
        return KindAt(i) switch
        {
            FundEntryKind.OpeningBalance => new OpeningBalance(fundId, date, amount),
            FundEntryKind.Contribution => new Contribution(fundId, date, amount),
            _ => new Disbursement(fundId, date, amount)
            {
                Purpose = PurposeAt(i),
                Beneficiaries = (kinds[i] & HasBeneficiaries) == 0
                    ? null
                    : new Beneficiaries(Nullable(occurrences[i]), Nullable(distinct[i])),
            },
        };
    }

    /// <summary>Whether any entry of the store is a summary entry, which covers a span.</summary>
    public bool HasSummaryEntries => spanPositions.Length > 0;

    /// <summary>The positions, in order, of the summary entries among positions <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public ReadOnlySpan<int> SpanPositionsIn(int start, int end)
    {
        var positions = spanPositions.AsSpan();
        var from = positions.BinarySearch(start) is var f && f < 0 ? ~f : f;
        var to = positions.BinarySearch(end) is var t && t < 0 ? ~t : t;
        return positions[from..to];
    }

    /// <summary>The span a summary entry covers; only for a position <see cref="SpanPositionsIn"/> gave.</summary>
    public Periods.ReportingPeriod SpanAt(int i) => details[i].Covers!.Value;

    /// <summary>The fund ordinal of the entry at position <paramref name="i"/>.</summary>
    public int FundOrdinalOf(int i)
    {
        int lo = 0, hi = funds.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (fundStart[mid] <= i)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return lo;
    }

    // Days since 0001-01-01 (DateOnly's day number), computed for every year NodaTime has, since a bad date before
    // year 1 is data to report, not a reason to throw; the arithmetic is the proleptic Gregorian calendar's.
    // A date of another calendar is stored as its ISO day.
    public static int ToDayNumber(LocalDate date)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        return DayNumber(iso.Year, iso.Month, iso.Day);
    }

    /// <summary>The day number of a day of the ISO calendar, given by its parts (which must name a day that exists).</summary>
    public static int DayNumber(int isoYear, int month, int day)
    {
        var year = isoYear - (month <= 2 ? 1 : 0);
        var era = (year >= 0 ? year : year - 399) / 400;
        var yearOfEra = year - era * 400;
        var dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - DaysFromMarchOfYearZeroToYearOne;
    }

    public static LocalDate ToDate(int dayNumber)
    {
        var days = dayNumber + DaysFromMarchOfYearZeroToYearOne;
        var era = (days >= 0 ? days : days - 146_096) / 146_097;
        var dayOfEra = days - era * 146_097;
        var yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        var dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        var shiftedMonth = (5 * dayOfYear + 2) / 153;
        var day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
        var month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
        return new LocalDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
    }

    // From 0000-03-01, where the arithmetic's years begin, to 0001-01-01, DateOnly's day 0.
    private const int DaysFromMarchOfYearZeroToYearOne = 306;

    private static int? Nullable(int value) => value == Missing ? null : value;
}
