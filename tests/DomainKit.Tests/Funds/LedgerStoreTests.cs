using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Funds;

public sealed class LedgerStoreTests
{
    private static readonly LocalDate Start = new(2023, 1, 1);

    // Entries of three funds: plain ones the store keeps in columns, and ones with notes, spans or goods it keeps as records.
    private static readonly Gen<FundEntry> Entries =
        from fund in Gen.Elements("a", "b", "c")
        from day in Gen.Choose(0, 60)
        from amount in Gen.Choose(0, 1_000_000)
        from shape in Gen.Choose(0, 7)
        from count in Gen.Choose(0, 5)
        select Make(new FundId(fund), Start.PlusDays(day), new Dong(amount * 1_000L), shape, count);

    private static FundEntry Make(FundId fund, LocalDate date, Dong amount, int shape, int count) => shape switch
    {
        0 => new Contribution(fund, date, amount),
        1 => new Disbursement(fund, date, amount) { Purpose = DisbursementPurpose.TetGifts, Beneficiaries = new Beneficiaries(count + 1, count) },
        2 => new Disbursement(fund, date, amount) { Beneficiaries = new Beneficiaries(null, count) },
        3 => new Contribution(fund, date, amount) { Note = "tháng " + count, Covers = ReportingPeriod.Month(2023, 1) },
        4 => new LoanDisbursement(fund, date, amount, "loan-" + count) { TermMonths = 36 },
        5 => new LoanRepayment(fund, date, amount, "loan-" + count),
        6 => new InKindReceipt(fund, date, new Goods("gạo", count * 100m, "kg")),
        _ => new OpeningBalance(fund, date, amount),
    };

    [Property]
    public Property Every_ledger_gives_back_its_entries_equal_and_in_date_order_keeping_the_order_of_a_day()
    {
        return Prop.ForAll(Gen.ListOf(Entries).ToArbitrary(), entries =>
        {
            var dataset = new DatasetBuilder().Add(entries).Build();
            return new[] { "a", "b", "c" }.All(fund =>
            {
                var expected = entries.Where(e => e.FundId.Value == fund).OrderBy(e => e.Date).ToArray();
                return dataset.LedgerOf(fund).Entries.SequenceEqual(expected);
            }) && dataset.FundEntries.Count == entries.Count;
        });
    }

    [Property]
    public Property Balances_and_sums_read_from_the_columns_agree_with_the_records()
    {
        return Prop.ForAll(Gen.ListOf(Entries).ToArbitrary(), entries =>
        {
            var ledger = new DatasetBuilder().Add(entries).Build().LedgerOf("a");
            var mine = entries.Where(e => e.FundId.Value == "a").ToArray();
            var day = Start.PlusDays(30);
            var expectedBalance = Dong.Sum(mine.Where(e => e.Date <= day).Select(e => e.CashEffect));
            var expectedContributions = Dong.Sum(mine.OfType<Contribution>().Select(e => e.Amount));
            return ledger.BalanceOn(day, BalanceTime.EndOfDay) == expectedBalance
                && ledger.Sum(FundEntryKind.Contribution) == expectedContributions;
        });
    }

    [Fact]
    public void An_entry_with_fields_beyond_the_columns_is_the_record_it_was_added_as()
    {
        var noted = new Contribution("a", Start, new Dong(5)) { Note = "Tính đến ngày 10/11/2023" };
        var plain = new Contribution("a", Start, new Dong(7));

        var entries = new DatasetBuilder().Add(noted, plain).Build().LedgerOf("a").Entries;

        Assert.Same(noted, entries[0]);
        Assert.Equal(plain, entries[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => entries[2]);
    }

    [Fact]
    public void A_sum_can_be_limited_to_days()
    {
        var ledger = new DatasetBuilder()
            .Add(
                new Contribution("a", new LocalDate(2022, 12, 31), new Dong(1)),
                new Contribution("a", new LocalDate(2023, 6, 1), new Dong(10)),
                new Disbursement("a", new LocalDate(2023, 6, 2), new Dong(100)))
            .Build()
            .LedgerOf("a");

        Assert.Equal(new Dong(10), ledger.Sum(FundEntryKind.Contribution, ReportingPeriod.Year(2023).ToDateInterval()));
        Assert.Equal(new Dong(11), ledger.Sum(FundEntryKind.Contribution));
        Assert.Equal(new Dong(100), ledger.Sum(FundEntryKind.Disbursement));
    }

    [Fact]
    public void More_purposes_than_a_byte_can_number_are_kept_on_the_records()
    {
        var entries = Enumerable.Range(0, 300)
            .Select(i => new Disbursement("a", Start, new Dong(i)) { Purpose = new DisbursementPurpose($"p{i}", new LocalizedText($"Mục {i}", $"Purpose {i}")) })
            .ToArray();

        var ledger = new DatasetBuilder().Add(entries).Build().LedgerOf("a");

        Assert.Equal(entries.Select(e => e.Purpose!.Code), ledger.Entries.Cast<Disbursement>().Select(e => e.Purpose!.Code));
    }
}
