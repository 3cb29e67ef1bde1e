using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Funds;

public sealed class LedgerDayNumberTests
{
    private static readonly LocalDate Earliest = new(-9998, 1, 1);

    private static Arbitrary<LocalDate> AnyDate { get; } =
        Gen.Choose(0, Period.DaysBetween(Earliest, new LocalDate(9999, 12, 31))).Select(Earliest.PlusDays).ToArbitrary();

    [Property]
    public Property Every_date_NodaTime_has_round_trips_through_its_day_number()
    {
        return Prop.ForAll(AnyDate, date => LedgerStore.ToDate(LedgerStore.ToDayNumber(date)) == date
                && LedgerStore.ToDayNumber(date.PlusDays(1)) == LedgerStore.ToDayNumber(date) + 1);
    }

    [Property]
    public Property Day_numbers_from_year_one_are_those_of_DateOnly()
        => Prop.ForAll(AnyDate, date => date.Year < 1 || LedgerStore.ToDayNumber(date) == date.ToDateOnly().DayNumber);

    [Fact]
    public void Day_numbers_count_from_the_first_of_January_of_year_one()
    {
        Assert.Equal(0, LedgerStore.ToDayNumber(new LocalDate(1, 1, 1)));
        Assert.Equal(-1, LedgerStore.ToDayNumber(new LocalDate(0, 12, 31)));
    }

    [Fact]
    public void A_fund_entry_dated_before_year_one_is_kept_and_reported_not_thrown()
    {
        var date = new LocalDate(-1, 3, 1);
        var dataset = new DatasetBuilder()
            .Add(new Fund { Id = "quy", Name = "Quỹ", OwnerId = "xa" })
            .Add(new Contribution("quy", date, new Dong(1_000)))
            .Build();

        Assert.Equal(date, Assert.Single(dataset.FundEntries).Date);
        var report = DatasetValidator.CreateDefault().Validate(dataset);
        Assert.DoesNotContain(report.Findings, f => f.Code == "DK100");
    }
}
