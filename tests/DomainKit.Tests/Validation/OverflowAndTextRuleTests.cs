using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Validation;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>DK107: the amounts of the whole dataset overflow when added up.</summary>
public sealed class OverflowAndTextRuleTests
{
    // DK107

    [Fact]
    public void Amounts_of_several_funds_adding_up_beyond_64_bits_are_an_error_on_the_dataset()
    {
        var data = Valid();
        data.Funds.Add(new Fund { Id = "quy-2", Name = "Quỹ thứ hai", OwnerId = CommuneId });
        data.Entries.Add(new Contribution(TheFund, D(2023, 5, 1), new Dong(long.MaxValue / 2)));
        data.Entries.Add(new Contribution("quy-2", D(2023, 5, 1), new Dong(long.MaxValue / 2)));

        var report = data.Validate();

        Expect.At(Expect.One(report, "DK107"), "DK107", Severity.Error, EntityRef.Dataset, "FundEntries");
        Expect.None(report, "DK106");
        Expect.Says(Expect.One(report, "DK107"), "vượt quá giới hạn 64 bit", "go beyond 64 bits");
    }

    [Fact]
    public void Amounts_adding_up_to_exactly_the_largest_amount_are_allowed_and_stated_balances_do_not_count()
    {
        var data = Valid();
        // 5,000,000 and 2,000,000 already recorded; the stated balance of 3,000,000 is not added up by reports.
        data.Entries.Add(new Contribution(TheFund, D(2023, 5, 1), new Dong(long.MaxValue - 7_000_000)));
        data.Entries.Add(new BalanceAssertion(TheFund, D(2023, 5, 2), Dong.MaxValue, BalanceTime.EndOfDay));

        Expect.None(data.Validate(), "DK107");
    }

    [Fact]
    public void A_negative_amount_counts_by_its_size()
    {
        var data = Valid();
        data.Entries.Add(new Contribution(TheFund, D(2023, 5, 1), Dong.MinValue));

        Expect.One(data.Validate(), "DK107");
    }
}
