using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>DK101 to DK106: required fields, duplicate ids, references, future dates, negative figures, overflowing sums.</summary>
public sealed class GeneralRuleTests
{
    [Fact]
    public void The_base_test_data_is_valid() => Expect.Clean(Valid().Validate());

    [Fact]
    public void The_base_test_data_runs_every_built_in_rule()
        => Assert.Equal(ValidationRules.All.Select(r => r.Descriptor.Code), Valid().Validate().RulesRun.Select(r => r.Code));

    // DK101

    [Fact]
    public void A_unit_with_a_blank_name_is_an_error()
    {
        var report = Valid().WithCommune(u => u with { Name = "  " }).Validate();

        var finding = Expect.One(report, "DK101");
        Expect.At(finding, "DK101", Severity.Error, EntityRef.ForUnit(CommuneId), "Name");
        Assert.Equal("Name", Expect.Arg<string>(finding, "field"));
        Expect.Says(finding, "Thiếu trường bắt buộc Name", "The required field Name is missing");
    }

    [Fact]
    public void Items_built_from_data_with_blank_ids_construct_and_validation_reports_each_id()
    {
        var data = Valid();
        data.Units.Add(new Unit { Id = "", Name = "Ấp Tân Phong", Kind = UnitKind.Village, ParentId = CommuneId });
        data.Models.Add(new EmulationModel { Id = " ", Name = "Hũ gạo tình thương", OwnerId = CommuneId, Kind = ModelKind.Model });
        data.Funds.Add(new Fund { Id = "", Name = "Quỹ khuyến học", OwnerId = CommuneId });
        data.Pledges.Add(new Pledge { Id = "\t", Pledger = Pledger.Collective(CommuneId), Target = PledgeTarget.ForModel(TheModel), Period = DomainKit.Periods.ReportingPeriod.Year(2023) });
        data.Commendations.Add(new Commendation { Id = "", Recipient = Recipient.Collective(CommuneId), Form = AwardForm.Certificate, Level = AuthorityLevel.Commune, Date = D(2023, 12, 1) });
        string? none = null;
        data.Models.Add(new EmulationModel { Id = "mh-khong-don-vi", Name = "Ngày thứ Bảy về với khu dân cư", OwnerId = none!, Kind = ModelKind.Model });

        var report = data.Validate();

        var missingIds = Expect.Some(report, "DK101").Where(f => f.Field is "Id" or "OwnerId").Select(f => (f.Entity.Kind, f.Field)).ToList();
        Assert.Contains((EntityKind.Unit, "Id"), missingIds);
        Assert.Contains((EntityKind.Model, "Id"), missingIds);
        Assert.Contains((EntityKind.Fund, "Id"), missingIds);
        Assert.Contains((EntityKind.Pledge, "Id"), missingIds);
        Assert.Contains((EntityKind.Commendation, "Id"), missingIds);
        Assert.Contains((EntityKind.Model, "OwnerId"), missingIds);
        Assert.True(new UnitId("x") == (UnitId)"x");
        Assert.True(((UnitId)"  ").IsEmpty);
    }

    [Fact]
    public void A_blank_reference_where_one_is_optional_names_nothing_and_is_an_error()
    {
        var report = Valid().WithCommune(u => u with { TerritoryId = " ", Successors = [""] })
            .WithModel(m => m with { OriginId = "", CommittedToId = "" })
            .Validate();

        var fields = Expect.Some(report, "DK103").Select(f => f.Field).ToList();
        Assert.Equal(new[] { "CommittedToId", "OriginId", "Successors", "TerritoryId" }, fields.Order(StringComparer.Ordinal));
        Expect.None(report, "DK101");
    }

    [Fact]
    public void A_blank_required_reference_is_one_error_not_two()
    {
        var report = Valid().WithFund(f => f with { OwnerId = "" }).Validate();

        Expect.At(Expect.One(report, "DK101"), "DK101", Severity.Error, EntityRef.ForFund(TheFund), "OwnerId");
        Expect.None(report, "DK103");
    }

    [Fact]
    public void A_unit_with_a_one_letter_name_is_allowed()
        => Expect.None(Valid().WithCommune(u => u with { Name = "X" }).Validate(), "DK101");

    [Fact]
    public void An_individual_pledge_without_a_person_is_an_error()
    {
        var report = Valid().WithPledge(p => p with { Pledger = new Pledger(PledgerKind.Individual, CommuneId) }).Validate();

        Expect.At(Expect.One(report, "DK101"), "DK101", Severity.Error, EntityRef.ForPledge(ThePledge), "Pledger.PersonId");
    }

    [Fact]
    public void An_individual_pledge_with_only_a_person_name_is_allowed()
        => Expect.None(Valid().WithPledge(p => p with { Pledger = new Pledger(PledgerKind.Individual, CommuneId) { PersonName = "Nguyễn Văn An" } }).Validate(), "DK101");

    // DK102

    [Fact]
    public void Two_units_with_the_same_id_are_an_error()
    {
        var data = Valid();
        data.Units.Add(new Unit { Id = "xa-bd", Name = "Xã Bình Đức (bản sao)", Kind = UnitKind.Commune, ParentId = DistrictId });

        var finding = Expect.One(data.Validate(), "DK102");

        Expect.At(finding, "DK102", Severity.Error, EntityRef.ForUnit(CommuneId), "Id");
        Assert.Equal("xa-bd", Expect.Arg<string>(finding, "id"));
        Assert.Equal(2, Expect.Arg<int>(finding, "count"));
        Expect.Says(finding, "Mã xa-bd được dùng 2 lần", "The id xa-bd is used 2 times");
    }

    [Fact]
    public void Ids_that_differ_only_in_case_are_not_duplicates()
    {
        var data = Valid();
        data.Units.Add(new Unit { Id = "XA-BD", Name = "Xã khác", Kind = UnitKind.Commune, ParentId = DistrictId });

        Expect.None(data.Validate(), "DK102");
    }

    [Fact]
    public void Two_loans_of_a_fund_with_the_same_loan_id_are_an_error()
    {
        var data = Valid();
        data.Entries.Add(new LoanDisbursement(TheFund, D(2023, 5, 1), new Dong(1_000_000), "vay-01"));
        data.Entries.Add(new LoanDisbursement(TheFund, D(2023, 5, 2), new Dong(1_000_000), "vay-01"));

        var finding = Expect.One(data.Validate(), "DK102");

        Expect.At(finding, "DK102", Severity.Error, EntityRef.ForFund(TheFund), "LoanId");
        Assert.Equal(2, Expect.Arg<int>(finding, "count"));
    }

    [Fact]
    public void Two_loans_of_a_fund_with_different_loan_ids_are_allowed()
    {
        var data = Valid();
        data.Entries.Add(new LoanDisbursement(TheFund, D(2023, 5, 1), new Dong(1_000_000), "vay-01"));
        data.Entries.Add(new LoanDisbursement(TheFund, D(2023, 5, 2), new Dong(1_000_000), "vay-02"));

        Expect.None(data.Validate(), "DK102");
    }

    // DK103

    [Fact]
    public void A_unit_under_a_missing_parent_is_an_error()
    {
        var report = Valid().WithCommune(u => u with { ParentId = "huyen-khong-co" }).Validate();

        var finding = Expect.One(report, "DK103");
        Expect.At(finding, "DK103", Severity.Error, EntityRef.ForUnit(CommuneId), "ParentId");
        Assert.Equal("huyen-khong-co", Expect.Arg<string>(finding, "id"));
        Assert.Equal(new LocalizedText("đơn vị", "unit"), Expect.Arg<LocalizedText>(finding, "target"));
        Expect.Says(finding, "ParentId tham chiếu đơn vị 'huyen-khong-co' không có trong dữ liệu.",
            "ParentId names unit 'huyen-khong-co', which is not in the dataset.");
    }

    [Fact]
    public void A_unit_under_an_existing_parent_is_allowed()
        => Expect.None(Valid().WithCommune(u => u with { ParentId = ProvinceId }).Validate(), "DK103");

    [Fact]
    public void A_model_owned_by_a_missing_unit_is_an_error()
    {
        var report = Valid().WithModel(m => m with { OwnerId = "xa-khong-co" }).Validate();

        Expect.At(Expect.One(report, "DK103"), "DK103", Severity.Error, EntityRef.ForModel(TheModel), "OwnerId");
    }

    [Fact]
    public void A_model_owned_by_an_existing_unit_is_allowed()
        => Expect.None(Valid().WithModel(m => m with { OwnerId = DistrictId }).Validate(), "DK103");

    [Fact]
    public void A_pledge_for_a_missing_model_is_an_error()
    {
        var report = Valid().WithPledge(p => p with { Target = PledgeTarget.ForModel("mh-khong-co") }).Validate();

        var finding = Expect.One(report, "DK103");
        Expect.At(finding, "DK103", Severity.Error, EntityRef.ForPledge(ThePledge), "Target.ModelId");
        Assert.Equal(new LocalizedText("mô hình", "model"), Expect.Arg<LocalizedText>(finding, "target"));
    }

    [Fact]
    public void A_pledge_for_an_existing_model_is_allowed()
    {
        var data = Valid();
        data.Models.Add(data.Models[0] with { Id = "mh-khac" });
        data.WithPledge(p => p with { Target = PledgeTarget.ForModel("mh-khac") });

        Expect.None(data.Validate(), "DK103");
    }

    [Fact]
    public void A_payment_for_a_missing_pledge_is_an_error()
    {
        var data = Valid();
        data.Payments.Add(new PledgePayment("dk-khong-co", D(2023, 3, 5), new Dong(100_000)));

        var finding = Expect.One(data.Validate(), "DK103");

        Expect.At(finding, "DK103", Severity.Error, EntityRef.ForPayment("dk-khong-co", 2), "PledgeId");
        Assert.Equal(new LocalizedText("đăng ký", "pledge"), Expect.Arg<LocalizedText>(finding, "target"));
    }

    [Fact]
    public void A_payment_for_an_existing_pledge_is_allowed()
    {
        var data = Valid();
        data.Payments.Add(new PledgePayment(ThePledge, D(2023, 3, 5), new Dong(100_000)));

        Expect.None(data.Validate(), "DK103");
    }

    [Fact]
    public void Entries_of_a_missing_fund_are_one_error_per_fund_not_per_entry()
    {
        var data = Valid();
        data.Entries.Add(new Contribution("quy-khong-co", D(2023, 3, 1), new Dong(1_000)));
        data.Entries.Add(new Contribution("quy-khong-co", D(2023, 3, 2), new Dong(1_000)));
        data.Entries.Add(new Contribution("quy-khong-co", D(2023, 3, 3), new Dong(1_000)));
        data.Entries.Add(new Contribution("quy-cung-khong-co", D(2023, 3, 3), new Dong(1_000)));

        var findings = Expect.Some(data.Validate(), "DK103");

        Assert.Equal(2, findings.Count);
        var first = Assert.Single(findings, f => f.Entity.Id == "quy-khong-co");
        Expect.At(first, "DK103", Severity.Error, EntityRef.ForFundEntry("quy-khong-co", 0), "FundId");
        Assert.Equal(new LocalizedText("quỹ", "fund"), Expect.Arg<LocalizedText>(first, "target"));
        Expect.Says(first, "(3 bút toán)", "(3 entries)");
        Assert.Single(findings, f => f.Entity == EntityRef.ForFundEntry("quy-cung-khong-co", 0));
    }

    [Fact]
    public void Entries_of_an_existing_fund_are_allowed()
    {
        var data = Valid();
        data.Entries.Add(new Contribution(TheFund, D(2023, 3, 2), new Dong(1_000)));

        Expect.None(data.Validate(), "DK103");
    }

    [Fact]
    public void A_repayment_of_a_missing_loan_is_an_error()
    {
        var data = Valid();
        data.Entries.Add(new LoanDisbursement(TheFund, D(2023, 5, 1), new Dong(1_000_000), "vay-01"));
        data.Entries.Add(new LoanRepayment(TheFund, D(2023, 6, 1), new Dong(500_000), "vay-02"));

        var finding = Expect.One(data.Validate(), "DK103");

        Expect.At(finding, "DK103", Severity.Error, EntityRef.ForFundEntry(TheFund, 4), "LoanId");
        Assert.Equal("vay-02", Expect.Arg<string>(finding, "id"));
        Assert.Equal(new LocalizedText("khoản vay", "loan"), Expect.Arg<LocalizedText>(finding, "target"));
    }

    [Fact]
    public void A_repayment_of_an_existing_loan_is_allowed()
    {
        var data = Valid();
        data.Entries.Add(new LoanDisbursement(TheFund, D(2023, 5, 1), new Dong(1_000_000), "vay-01"));
        data.Entries.Add(new LoanRepayment(TheFund, D(2023, 6, 1), new Dong(500_000), "vay-01"));

        Expect.None(data.Validate(), "DK103");
    }

    [Fact]
    public void A_commendation_of_a_missing_unit_is_an_error()
    {
        var report = Valid().WithCommendation(c => c with { Recipient = Recipient.Individual("xa-khong-co", "Nguyễn Văn An") }).Validate();

        Expect.At(Expect.One(report, "DK103"), "DK103", Severity.Error, EntityRef.ForCommendation(TheCommendation), "Recipient.UnitId");
    }

    [Fact]
    public void A_fund_of_a_missing_model_is_an_error()
    {
        var report = Valid().WithFund(f => f with { ModelId = "mh-khong-co" }).Validate();

        Expect.At(Expect.One(report, "DK103"), "DK103", Severity.Error, EntityRef.ForFund(TheFund), "ModelId");
    }

    // DK104

    [Fact]
    public void A_commendation_dated_after_today_is_a_warning()
    {
        var report = Valid().WithCommendation(c => c with { Date = D(2025, 1, 2) }).Validate();

        var finding = Expect.One(report, "DK104");
        Expect.At(finding, "DK104", Severity.Warning, EntityRef.ForCommendation(TheCommendation), "Date");
        Assert.Equal(D(2025, 1, 2), Expect.Arg<NodaTime.LocalDate>(finding, "date"));
        Assert.Equal(Today, Expect.Arg<NodaTime.LocalDate>(finding, "today"));
        Expect.Says(finding, "Date là ngày 02/01/2025, sau ngày hôm nay (01/01/2025).", "Date is 2025-01-02, after today (2025-01-01).");
    }

    [Fact]
    public void A_commendation_dated_today_is_allowed()
        => Expect.None(Valid().WithCommendation(c => c with { Date = Today }).Validate(), "DK104");

    [Fact]
    public void Fund_entries_after_today_are_each_a_warning()
    {
        var data = Valid();
        data.Entries.Add(new Contribution(TheFund, Today, new Dong(1_000)));
        data.Entries.Add(new Contribution(TheFund, D(2025, 1, 2), new Dong(1_000)));
        data.Entries.Add(new Contribution(TheFund, D(2025, 2, 1), new Dong(1_000)));

        var findings = Expect.Some(data.Validate(), "DK104");

        Assert.Equal([EntityRef.ForFundEntry(TheFund, 4), EntityRef.ForFundEntry(TheFund, 5)], findings.Select(f => f.Entity));
    }

    // DK105

    [Fact]
    public void A_negative_payment_is_an_error()
    {
        var data = Valid();
        data.Payments.Add(new PledgePayment(ThePledge, D(2023, 3, 5), new Dong(-1_000_000)));

        var finding = Expect.One(data.Validate(), "DK105");

        Expect.At(finding, "DK105", Severity.Error, EntityRef.ForPayment(ThePledge, 2), "Amount");
        Assert.Equal(new Dong(-1_000_000), Expect.Arg<Dong>(finding, "value"));
        Expect.Says(finding, "Amount là số âm (-1.000.000 đ).", "Amount is negative (-1,000,000 VND).");
    }

    [Fact]
    public void A_payment_of_zero_is_allowed()
    {
        var data = Valid();
        data.Payments.Add(new PledgePayment(ThePledge, D(2023, 3, 5), Dong.Zero));

        Expect.None(data.Validate(), "DK105");
    }

    [Fact]
    public void A_negative_head_count_is_an_error()
    {
        var finding = Expect.One(Valid().WithHeadCount(100, exempt: -1).Validate(), "DK105");

        Expect.At(finding, "DK105", Severity.Error, EntityRef.ForUnit(CommuneId), "HeadCounts.Exempt");
        Assert.Equal(-1, Expect.Arg<int>(finding, "value"));
    }

    [Fact]
    public void A_negative_quantity_of_goods_is_an_error()
    {
        var data = Valid();
        data.Entries.Add(new InKindReceipt(TheFund, D(2023, 5, 1), new Goods("Gạo", -2_500m, "kg")) { Valuation = new Valuation(new Dong(1), D(2023, 5, 1)) });

        var finding = Expect.One(data.Validate(), "DK105");

        Expect.At(finding, "DK105", Severity.Error, EntityRef.ForFundEntry(TheFund, 3), "Goods.Quantity");
        Assert.Equal(-2_500m, Expect.Arg<decimal>(finding, "value"));
    }

    // DK106

    [Fact]
    public void Contributions_adding_up_beyond_64_bits_are_an_error()
    {
        var data = Valid();
        data.Entries.Add(new Contribution(TheFund, D(2023, 5, 1), new Dong(long.MaxValue / 2)));
        data.Entries.Add(new Contribution(TheFund, D(2023, 5, 2), new Dong(long.MaxValue / 2)));

        var finding = Expect.One(data.Validate(), "DK106");

        Expect.At(finding, "DK106", Severity.Error, EntityRef.ForFund(TheFund), "Entries");
        Assert.Equal("Entries", Expect.Arg<string>(finding, "field"));
    }

    [Fact]
    public void Contributions_adding_up_to_exactly_the_largest_amount_are_allowed()
    {
        var data = Valid();
        // 5,000,000 already contributed; these bring the inflows to exactly long.MaxValue.
        data.Entries.Add(new Contribution(TheFund, D(2023, 5, 1), new Dong(long.MaxValue / 2)));
        data.Entries.Add(new Contribution(TheFund, D(2023, 5, 2), new Dong(long.MaxValue / 2 + 1 - 5_000_000)));

        Expect.None(data.Validate(), "DK106");
    }

    [Fact]
    public void Outflows_adding_up_beyond_64_bits_are_an_error_even_when_the_net_fits()
    {
        var data = Valid();
        data.Entries.Add(new Contribution(TheFund, D(2023, 5, 1), new Dong(long.MaxValue - 5_000_000)));
        data.Entries.Add(new Disbursement(TheFund, D(2023, 5, 2), new Dong(long.MaxValue - 5_000_000)));
        data.Entries.Add(new Contribution(TheFund, D(2023, 5, 3), new Dong(long.MaxValue / 2)));
        data.Entries.Add(new Disbursement(TheFund, D(2023, 5, 4), new Dong(long.MaxValue / 2)));

        Expect.At(Expect.One(data.Validate(), "DK106"), "DK106", Severity.Error, EntityRef.ForFund(TheFund), "Entries");
    }

    [Fact]
    public void Payments_of_a_pledge_adding_up_beyond_64_bits_are_an_error()
    {
        var data = Valid();
        data.Payments.Add(new PledgePayment(ThePledge, D(2023, 3, 5), Dong.MaxValue));

        Expect.At(Expect.One(data.Validate(), "DK106"), "DK106", Severity.Error, EntityRef.ForPledge(ThePledge), "Payments");
    }

    [Fact]
    public void Payments_of_a_pledge_adding_up_to_exactly_the_largest_amount_are_allowed()
    {
        var data = Valid();
        data.Payments.Add(new PledgePayment(ThePledge, D(2023, 3, 5), new Dong(long.MaxValue - 200_000)));

        Expect.None(data.Validate(), "DK106");
    }
}
