using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Units;
using DomainKit.Validation;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>DK107: the amounts of the whole dataset overflow when added up. DK108: control and bidirectional characters in texts.</summary>
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

    // DK108

    [Fact]
    public void A_name_with_a_control_character_is_a_warning_naming_the_character()
    {
        var data = Valid().WithCommune(u => u with { Name = "Xã \u001b[2JBình Đức\u0000" });

        var finding = Expect.One(data.Validate(), "DK108");

        Expect.At(finding, "DK108", Severity.Warning, EntityRef.ForUnit(CommuneId), "Name");
        Assert.Equal("U+001B, U+0000", Expect.Arg<string>(finding, "characters"));
        Expect.Says(finding, "ký tự điều khiển", "control or bidirectional formatting characters (U+001B, U+0000)");
    }

    [Fact]
    public void A_bidirectional_override_in_a_fund_name_or_an_id_is_a_warning()
    {
        var data = Valid().WithFund(f => f with { Name = "Quỹ \u202Eđồng 000.001" });
        data.Commendations.Add(data.Commendations[0] with { Id = "kt\u2066-002" });

        var report = data.Validate();

        Assert.Equal(
            [(EntityRef.ForCommendation("kt\u2066-002"), "Id"), (EntityRef.ForFund(TheFund), "Name")],
            report.WithCode("DK108").Select(f => (f.Entity, f.Field!)).OrderBy(x => x.Item1.Kind).Reverse());
    }

    [Fact]
    public void A_classifier_with_a_control_character_used_by_many_items_is_reported_once()
    {
        var kind = new UnitKind("to\u0007", new("Tổ", "Group"));
        var data = Valid().WithCommune(u => u with { Kind = kind }).WithUnit(DistrictId, u => u with { Kind = new UnitKind("to\u0007", new("Tổ", "Group")) });

        Expect.At(Expect.One(data.Validate(), "DK108"), "DK108", Severity.Warning, EntityRef.ForUnit(DistrictId), "Kind");
    }

    [Fact]
    public void Tabs_and_line_breaks_in_a_note_are_not_control_characters_to_report()
    {
        var data = Valid().WithPledge(p => p with { Note = "Dòng một\r\n\tdòng hai" });

        Expect.None(data.Validate(), "DK108");
    }
}
