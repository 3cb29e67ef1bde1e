using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>DK501 to DK505 (fund ledgers), DK601 and DK602 (commendations), DK701 and DK702 (dates against units and funds).</summary>
public sealed class FundRuleTests
{
    private static TestData WithDisbursement(long amount)
    {
        var data = Valid();
        data.Entries[1] = new Disbursement(TheFund, D(2023, 4, 1), new Dong(amount));
        return data;
    }

    private static TestData WithEntries(params FundEntry[] entries)
    {
        var data = Valid();
        data.Entries.Clear();
        data.Entries.AddRange(entries);
        return data;
    }

    // DK501

    [Fact]
    public void Disbursement_above_balance_is_an_error()
    {
        var finding = Expect.One(WithDisbursement(6_000_000).Validate(), "DK501");

        Expect.At(finding, "DK501", Severity.Error, EntityRef.ForFundEntry(TheFund, 1), "Amount");
        Assert.Equal(new Dong(6_000_000), Expect.Arg<Dong>(finding, "amount"));
        Assert.Equal(new Dong(5_000_000), Expect.Arg<Dong>(finding, "balance"));
        Assert.Equal(new Dong(1_000_000), Expect.Arg<Dong>(finding, "shortfall"));
        Assert.Equal(D(2023, 4, 1), Expect.Arg<LocalDate>(finding, "date"));
        Expect.Says(finding,
            "Khoản chi 6.000.000 đ ngày 01/04/2023 vượt số dư có thể có là 5.000.000 đ, thiếu 1.000.000 đ.",
            "The outflow of 6,000,000 VND on 2023-04-01 exceeds the balance the fund can have had, 5,000,000 VND, by 1,000,000 VND.");
    }

    [Fact]
    public void Disbursement_equal_to_balance_is_allowed() => Expect.None(WithDisbursement(5_000_000).Validate(), "DK501");

    [Fact]
    public void A_contribution_on_the_day_of_a_disbursement_counts_before_it()
        => Expect.None(WithEntries(
            new Disbursement(TheFund, D(2023, 3, 1), new Dong(1_000_000)),
            new Contribution(TheFund, D(2023, 3, 1), new Dong(1_000_000))).Validate(), "DK501");

    [Fact]
    public void Two_disbursements_of_a_day_that_together_exceed_the_balance_flag_the_later_one()
    {
        var finding = Expect.One(WithEntries(
            new Contribution(TheFund, D(2023, 3, 1), new Dong(5_000_000)),
            new Disbursement(TheFund, D(2023, 4, 1), new Dong(3_000_000)),
            new Disbursement(TheFund, D(2023, 4, 1), new Dong(3_000_000))).Validate(), "DK501");

        Assert.Equal(EntityRef.ForFundEntry(TheFund, 2), finding.Entity);
        Assert.Equal(new Dong(2_000_000), Expect.Arg<Dong>(finding, "balance"));
        Assert.Equal(new Dong(1_000_000), Expect.Arg<Dong>(finding, "shortfall"));
    }

    [Fact]
    public void A_loan_above_the_balance_is_an_error()
    {
        var data = Valid();
        data.Entries.Add(new LoanDisbursement(TheFund, D(2023, 5, 1), new Dong(3_000_001), "vay-01"));

        var finding = Expect.One(data.Validate(), "DK501");

        Expect.At(finding, "DK501", Severity.Error, EntityRef.ForFundEntry(TheFund, 3), "Amount");
        Assert.Equal(new Dong(1), Expect.Arg<Dong>(finding, "shortfall"));
    }

    [Fact]
    public void A_summary_outflow_whose_span_overlaps_a_summary_contribution_is_allowed()
        => Expect.None(WithEntries(
            // Spent in the first quarter, recorded at its end ...
            new Disbursement(TheFund, D(2023, 3, 31), new Dong(4_000_000)) { Covers = ReportingPeriod.Quarter(2023, 1) },
            // ... from money raised over the first half, recorded at its end: it may all have come in by January.
            new Contribution(TheFund, D(2023, 6, 30), new Dong(10_000_000)) { Covers = ReportingPeriod.HalfYear(2023, 1) }).Validate(), "DK501");

    [Fact]
    public void A_plain_outflow_before_the_span_of_a_summary_contribution_is_an_error()
    {
        var finding = Expect.One(WithEntries(
            new Disbursement(TheFund, D(2023, 6, 30), new Dong(4_000_000)),
            new Contribution(TheFund, D(2023, 12, 31), new Dong(10_000_000)) { Covers = ReportingPeriod.HalfYear(2023, 2) }).Validate(), "DK501");

        Assert.Equal(EntityRef.ForFundEntry(TheFund, 0), finding.Entity);
        Assert.Equal(Dong.Zero, Expect.Arg<Dong>(finding, "balance"));
        Assert.Equal(new Dong(4_000_000), Expect.Arg<Dong>(finding, "shortfall"));
    }

    [Fact]
    public void An_outflow_dated_before_any_inflow_is_an_error()
    {
        var finding = Expect.One(WithEntries(
            new Disbursement(TheFund, D(2023, 2, 1), new Dong(1_000_000)) { Covers = ReportingPeriod.Month(2023, 1) },
            new Contribution(TheFund, D(2023, 3, 1), new Dong(5_000_000))).Validate(), "DK501");

        Expect.At(finding, "DK501", Severity.Error, EntityRef.ForFundEntry(TheFund, 0), "Amount");
        Assert.Equal(Dong.Zero, Expect.Arg<Dong>(finding, "balance"));
        Assert.Equal(new Dong(1_000_000), Expect.Arg<Dong>(finding, "shortfall"));
    }

    [Fact]
    public void Outflows_dated_before_a_summary_outflow_starts_count_against_it()
    {
        var finding = Expect.One(WithEntries(
            new Contribution(TheFund, D(2023, 1, 1), new Dong(5_000_000)),
            new Disbursement(TheFund, D(2023, 3, 15), new Dong(3_000_000)),
            new Disbursement(TheFund, D(2023, 6, 30), new Dong(3_000_000)) { Covers = ReportingPeriod.Quarter(2023, 2) }).Validate(), "DK501");

        Assert.Equal(EntityRef.ForFundEntry(TheFund, 2), finding.Entity);
        Assert.Equal(new Dong(2_000_000), Expect.Arg<Dong>(finding, "balance"));
    }

    [Fact]
    public void Outflows_inside_a_summary_outflows_span_count_against_it_by_the_spans_end()
    {
        // By 30 June both 3.000.000 đ outflows have happened, against at most 5.000.000 đ in.
        var finding = Expect.One(WithEntries(
            new Contribution(TheFund, D(2023, 1, 1), new Dong(5_000_000)),
            new Disbursement(TheFund, D(2023, 5, 15), new Dong(3_000_000)),
            new Disbursement(TheFund, D(2023, 6, 30), new Dong(3_000_000)) { Covers = ReportingPeriod.Quarter(2023, 2) }).Validate(), "DK501");

        Assert.Equal(EntityRef.ForFundEntry(TheFund, 2), finding.Entity);
        Assert.Equal(new Dong(1_000_000), Expect.Arg<Dong>(finding, "shortfall"));
    }

    [Fact]
    public void A_summary_outflow_covered_by_inflows_that_could_precede_it_is_allowed()
        => Expect.None(WithEntries(
            new Contribution(TheFund, D(2023, 1, 1), new Dong(5_000_000)),
            new Disbursement(TheFund, D(2023, 5, 15), new Dong(3_000_000)),
            new Contribution(TheFund, D(2023, 6, 30), new Dong(1_000_000)) { Covers = ReportingPeriod.Quarter(2023, 2) },
            new Disbursement(TheFund, D(2023, 6, 30), new Dong(3_000_000)) { Covers = ReportingPeriod.Quarter(2023, 2) }).Validate(), "DK501");

    // DK502

    private static TestData WithLoanRepaid(params long[] repayments)
    {
        var data = Valid();
        data.Entries.Add(new LoanDisbursement(TheFund, D(2023, 5, 1), new Dong(1_000_000), "vay-01") { TermMonths = 36 });
        for (var i = 0; i < repayments.Length; i++)
        {
            data.Entries.Add(new LoanRepayment(TheFund, D(2023, 6 + i, 1), new Dong(repayments[i]), "vay-01"));
        }
        return data;
    }

    [Fact]
    public void Repayments_above_the_principal_are_an_error_at_the_repayment_that_crosses_it()
    {
        var finding = Expect.One(WithLoanRepaid(600_000, 600_000, 100_000).Validate(), "DK502");

        Expect.At(finding, "DK502", Severity.Error, EntityRef.ForFundEntry(TheFund, 5), "Amount");
        Assert.Equal("vay-01", Expect.Arg<string>(finding, "loan"));
        Assert.Equal(new Dong(1_200_000), Expect.Arg<Dong>(finding, "repaid"));
        Assert.Equal(new Dong(1_000_000), Expect.Arg<Dong>(finding, "principal"));
        Assert.Equal(new Dong(200_000), Expect.Arg<Dong>(finding, "excess"));
        Expect.Says(finding, "vượt số tiền vay 1.000.000 đ là 200.000 đ", "more than its principal of 1,000,000 VND by 200,000 VND");
    }

    [Fact]
    public void Repayments_equal_to_the_principal_are_allowed()
        => Expect.None(WithLoanRepaid(600_000, 400_000).Validate(), "DK502");

    // DK503

    [Fact]
    public void Goods_received_without_a_money_value_are_a_warning()
    {
        var data = Valid();
        data.Entries.Add(new InKindReceipt(TheFund, D(2023, 5, 1), new Goods("gạo", 2_500m, "kg")));

        var finding = Expect.One(data.Validate(), "DK503");

        Expect.At(finding, "DK503", Severity.Warning, EntityRef.ForFundEntry(TheFund, 3), "Valuation");
        Assert.Equal(2_500m, Expect.Arg<decimal>(finding, "quantity"));
        Expect.Says(finding, "2500 kg gạo chưa được quy ra tiền", "2500 kg of gạo have no money value");
    }

    [Fact]
    public void Goods_received_with_a_money_value_are_allowed()
    {
        var data = Valid();
        data.Entries.Add(new InKindReceipt(TheFund, D(2023, 5, 1), new Goods("gạo", 2_500m, "kg")) { Valuation = new Valuation(new Dong(37_500_000), D(2023, 5, 1)) });

        Expect.None(data.Validate(), "DK503");
    }

    [Fact]
    public void Goods_handed_out_without_a_money_value_are_a_warning()
    {
        var data = Valid();
        data.Entries.Add(new InKindDistribution(TheFund, D(2023, 5, 1), new Goods("rau", 76m, "tấn")));

        Expect.At(Expect.One(data.Validate(), "DK503"), "DK503", Severity.Warning, EntityRef.ForFundEntry(TheFund, 3), "Valuation");
    }

    // DK504

    private static TestData WithStatedBalance(long stated, BalanceTime at = BalanceTime.EndOfDay, LocalDate? on = null)
    {
        var data = Valid();
        data.Entries[2] = new BalanceAssertion(TheFund, on ?? D(2023, 4, 30), new Dong(stated), at);
        return data;
    }

    [Fact]
    public void A_stated_balance_that_contradicts_the_entries_is_an_error()
    {
        var finding = Expect.One(WithStatedBalance(4_000_000).Validate(), "DK504");

        Expect.At(finding, "DK504", Severity.Error, EntityRef.ForFundEntry(TheFund, 2), "StatedBalance");
        Assert.Equal(new Dong(4_000_000), Expect.Arg<Dong>(finding, "stated"));
        Assert.Equal(new Dong(3_000_000), Expect.Arg<Dong>(finding, "computed"));
        Assert.Equal(new Dong(1_000_000), Expect.Arg<Dong>(finding, "difference"));
        Expect.Says(finding,
            "Số dư cuối ngày 30/04/2023 được ghi là 4.000.000 đ, nhưng các bút toán cho 3.000.000 đ; chênh lệch 1.000.000 đ.",
            "The balance at the end of 2023-04-30 is stated as 4,000,000 VND, but the entries give 3,000,000 VND; the difference is 1,000,000 VND.");
    }

    [Fact]
    public void A_stated_balance_that_matches_the_entries_is_allowed() => Expect.None(WithStatedBalance(3_000_000).Validate(), "DK504");

    [Fact]
    public void A_balance_stated_below_the_entries_has_a_negative_difference()
        => Assert.Equal(new Dong(-500_000), Expect.Arg<Dong>(Expect.One(WithStatedBalance(2_500_000).Validate(), "DK504"), "difference"));

    [Fact]
    public void A_balance_at_the_start_of_a_day_leaves_out_that_days_entries()
    {
        Expect.None(WithStatedBalance(5_000_000, BalanceTime.StartOfDay, D(2023, 4, 1)).Validate(), "DK504");
        Expect.None(WithStatedBalance(3_000_000, BalanceTime.EndOfDay, D(2023, 4, 1)).Validate(), "DK504");
        Assert.Equal(new Dong(5_000_000), Expect.Arg<Dong>(Expect.One(WithStatedBalance(3_000_000, BalanceTime.StartOfDay, D(2023, 4, 1)).Validate(), "DK504"), "computed"));
    }

    // DK506

    [Fact]
    public void A_balance_stated_for_a_fund_with_no_entries_cannot_be_checked_and_is_not_compared_with_zero()
    {
        var data = WithEntries(new BalanceAssertion(TheFund, D(2023, 4, 30), new Dong(3_000_000), BalanceTime.EndOfDay));

        var report = data.Validate();

        Expect.None(report, "DK504");
        var finding = Expect.One(report, "DK506");
        Expect.At(finding, "DK506", Severity.Warning, EntityRef.ForFundEntry(TheFund, 0), "StatedBalance");
        Expect.Says(finding,
            "Số dư cuối ngày 30/04/2023 được ghi là 3.000.000 đ nhưng không đối chiếu được: sổ quỹ không có bút toán nào.",
            "The balance at the end of 2023-04-30 is stated as 3,000,000 VND but cannot be checked: the ledger has no entries.");
    }

    [Fact]
    public void A_balance_stated_before_the_first_entry_or_inside_a_summary_entrys_span_cannot_be_checked()
    {
        var before = WithEntries(
            new BalanceAssertion(TheFund, D(2023, 2, 28), new Dong(1_000_000), BalanceTime.EndOfDay),
            new Contribution(TheFund, D(2023, 3, 1), new Dong(5_000_000)));
        var inside = WithEntries(
            new Contribution(TheFund, D(2023, 11, 10), new Dong(5_000_000)) { Covers = ReportingPeriod.Range(D(2023, 1, 1), D(2023, 11, 10)) },
            new BalanceAssertion(TheFund, D(2023, 6, 30), new Dong(2_000_000), BalanceTime.EndOfDay));

        Assert.Contains("chưa có bút toán nào đến hết ngày 28/02/2023", Expect.One(before.Validate(), "DK506").Message.Vietnamese, StringComparison.Ordinal);
        var open = Expect.One(inside.Validate(), "DK506");
        Assert.Contains("has a summary entry booked on 2023-11-10", open.Message.English, StringComparison.Ordinal);
        Expect.None(before.Validate(), "DK504");
        Expect.None(inside.Validate(), "DK504");
    }

    [Fact]
    public void A_balance_the_entries_give_is_checked_not_reported_as_uncheckable() => Expect.None(WithStatedBalance(4_000_000).Validate(), "DK506");

    // DK505

    private static TestData WithBeneficiaries(int occurrences, int distinct)
    {
        var data = Valid();
        data.Entries[1] = ((Disbursement)data.Entries[1]) with { Beneficiaries = new Beneficiaries(occurrences, distinct) };
        return data;
    }

    [Fact]
    public void A_loan_to_more_people_than_occurrences_is_an_error()
    {
        var finding = Expect.One(WithEntries(
            new Contribution(TheFund, D(2023, 1, 1), new Dong(50_000_000)),
            new LoanDisbursement(TheFund, D(2023, 2, 1), new Dong(50_000_000), "ct-2023-01") { Beneficiaries = new Beneficiaries(1, 2) }).Validate(), "DK505");

        Assert.Equal(EntityRef.ForFundEntry(TheFund, 1), finding.Entity);
    }

    [Fact]
    public void More_distinct_beneficiaries_than_occurrences_is_an_error()
    {
        var finding = Expect.One(WithBeneficiaries(257, 258).Validate(), "DK505");

        Expect.At(finding, "DK505", Severity.Error, EntityRef.ForFundEntry(TheFund, 1), "Beneficiaries.Distinct");
        Assert.Equal(258, Expect.Arg<int>(finding, "distinct"));
        Assert.Equal(257, Expect.Arg<int>(finding, "occurrences"));
        Expect.Says(finding, "258 người (hộ) được hỗ trợ nhưng chỉ có 257 lượt.", "258 distinct beneficiaries but only 257 occurrences.");
    }

    [Fact]
    public void As_many_distinct_beneficiaries_as_occurrences_is_allowed() => Expect.None(WithBeneficiaries(257, 257).Validate(), "DK505");

    [Fact]
    public void Counts_above_a_thousand_are_grouped_in_messages()
        => Expect.Says(Expect.One(WithBeneficiaries(3_922, 4_127).Validate(), "DK505"), "4.127 người (hộ)", "4,127 distinct");

    // DK601

    [Fact]
    public void A_commendation_without_title_or_form_is_an_error()
    {
        var finding = Expect.One(Valid().WithCommendation(c => c with { Title = null, Form = null }).Validate(), "DK601");

        Expect.At(finding, "DK601", Severity.Error, EntityRef.ForCommendation(TheCommendation), "Title");
        Expect.Says(finding, "Khen thưởng không ghi danh hiệu thi đua hay hình thức khen thưởng.", "The commendation names neither an emulation title nor a form of award.");
    }

    [Fact]
    public void A_commendation_with_only_a_form_of_award_is_allowed()
        => Expect.None(Valid().WithCommendation(c => c with { Title = null, Form = AwardForm.Certificate }).Validate(), "DK601");

    [Fact]
    public void A_commendation_with_only_a_title_is_allowed()
        => Expect.None(Valid().WithCommendation(c => c with { Form = null }).Validate(), "DK601");

    // DK602

    [Fact]
    public void A_collective_title_given_to_an_individual_is_a_warning()
    {
        var finding = Expect.One(Valid().WithCommendation(c => c with { Title = EmulationTitle.AdvancedCollective }).Validate(), "DK602");

        Expect.At(finding, "DK602", Severity.Warning, EntityRef.ForCommendation(TheCommendation), "Title");
        Assert.Equal(EmulationTitle.AdvancedCollective, Expect.Arg<EmulationTitle>(finding, "title"));
        Assert.Equal(new LocalizedText("tập thể", "a collective"), Expect.Arg<LocalizedText>(finding, "expected"));
        Assert.Equal(new LocalizedText("cá nhân", "an individual"), Expect.Arg<LocalizedText>(finding, "actual"));
        Expect.Says(finding, "Danh hiệu \"Tập thể lao động tiên tiến\" dành cho tập thể nhưng được trao cho cá nhân.",
            "The title \"Advanced collective\" is for a collective but was given to an individual.");
    }

    [Fact]
    public void A_collective_title_given_to_a_collective_is_allowed()
        => Expect.None(Valid().WithCommendation(c => c with { Title = EmulationTitle.AdvancedCollective, Recipient = Recipient.Collective(CommuneId) }).Validate(), "DK602");

    // DK701

    [Fact]
    public void A_commendation_dated_before_its_unit_existed_is_an_error()
    {
        var finding = Expect.One(Valid().WithCommendation(c => c with { Date = D(1999, 12, 31) }).Validate(), "DK701");

        Expect.At(finding, "DK701", Severity.Error, EntityRef.ForCommendation(TheCommendation), "Date");
        Assert.Equal(D(1999, 12, 31), Expect.Arg<LocalDate>(finding, "date"));
        Assert.Equal(CommuneName, Expect.Arg<string>(finding, "unit"));
        Expect.Says(finding, "Date ngày 31/12/1999, khi Xã Bình Đức không còn hoặc chưa có hiệu lực.", "Date is dated 1999-12-31, when Xã Bình Đức did not exist.");
    }

    [Fact]
    public void A_commendation_dated_the_day_its_unit_started_is_allowed()
        => Expect.None(Valid().WithCommendation(c => c with { Date = D(2000, 1, 1) }).Validate(), "DK701");

    [Fact]
    public void A_fund_entry_after_its_owner_was_abolished_is_an_error()
    {
        var data = Valid();
        data.Entries.Add(new Contribution(TheFund, D(2025, 7, 1), new Dong(1_000)));

        var report = TestData.Validator(clock: TestClock.On(D(2026, 1, 1))).Validate(data.Build());

        Expect.At(Expect.One(report, "DK701"), "DK701", Severity.Error, EntityRef.ForFundEntry(TheFund, 3), "Date");
    }

    [Fact]
    public void A_fund_entry_on_the_last_day_of_its_owner_is_allowed()
    {
        var data = Valid();
        data.Entries.Add(new Contribution(TheFund, D(2025, 6, 30), new Dong(1_000)));

        Expect.None(TestData.Validator(clock: TestClock.On(D(2026, 1, 1))).Validate(data.Build()), "DK701");
    }

    [Fact]
    public void A_model_event_before_its_owner_existed_is_an_error()
        => Expect.At(Expect.One(Valid().WithCommune(u => u with { ValidFrom = D(2023, 1, 11), HeadCounts = [] }).Validate(), "DK701"),
            "DK701", Severity.Error, EntityRef.ForModel(TheModel), "Lifecycle.Date");

    // DK702

    [Fact]
    public void A_contribution_before_the_fund_was_set_up_is_an_error()
    {
        var data = Valid();
        data.Entries.Insert(0, new Contribution(TheFund, D(2022, 12, 31), new Dong(1_000)));

        var finding = Expect.One(data.Validate(), "DK702");

        Expect.At(finding, "DK702", Severity.Error, EntityRef.ForFundEntry(TheFund, 0), "Date");
        Assert.Equal(D(2022, 12, 31), Expect.Arg<LocalDate>(finding, "date"));
        Assert.Equal(D(2023, 1, 1), Expect.Arg<LocalDate>(finding, "inception"));
        Expect.Says(finding, "Bút toán từ ngày 31/12/2022, trước khi quỹ thành lập ngày 01/01/2023.",
            "The entry starts on 2022-12-31, before the fund's inception on 2023-01-01.");
    }

    [Fact]
    public void A_contribution_on_the_day_the_fund_was_set_up_is_allowed()
    {
        var data = Valid();
        data.Entries.Insert(0, new Contribution(TheFund, D(2023, 1, 1), new Dong(1_000)));

        Expect.None(data.Validate(), "DK702");
    }

    [Fact]
    public void A_summary_entry_whose_span_starts_before_the_fund_is_an_error()
    {
        var data = Valid();
        data.Entries.Insert(0, new Contribution(TheFund, D(2023, 1, 31), new Dong(1_000)) { Covers = ReportingPeriod.Range(D(2022, 12, 31), D(2023, 1, 31)) });

        var finding = Expect.One(data.Validate(), "DK702");

        Expect.At(finding, "DK702", Severity.Error, EntityRef.ForFundEntry(TheFund, 0), "Covers");
        Assert.Equal(D(2022, 12, 31), Expect.Arg<LocalDate>(finding, "date"));
    }

    [Fact]
    public void A_summary_entry_whose_span_starts_with_the_fund_is_allowed()
    {
        var data = Valid();
        data.Entries.Insert(0, new Contribution(TheFund, D(2023, 1, 31), new Dong(1_000)) { Covers = ReportingPeriod.Month(2023, 1) });

        Expect.None(data.Validate(), "DK702");
    }

    [Fact]
    public void A_summary_entry_dated_before_its_span_ends_is_an_error()
    {
        var data = Valid();
        data.Entries.Add(new Contribution(TheFund, D(2023, 6, 29), new Dong(1_000)) { Covers = ReportingPeriod.Month(2023, 6) });

        var finding = Expect.One(data.Validate(), "DK702");

        Expect.At(finding, "DK702", Severity.Error, EntityRef.ForFundEntry(TheFund, 3), "Covers");
        Assert.Equal(D(2023, 6, 30), Expect.Arg<LocalDate>(finding, "coversEnd"));
        Expect.Says(finding, "Bút toán tổng hợp ghi ngày 29/06/2023 nhưng kỳ của nó kết thúc ngày 30/06/2023.",
            "The summary entry is dated 2023-06-29 but its span ends on 2023-06-30.");
    }

    [Fact]
    public void A_summary_entry_dated_the_day_its_span_ends_is_allowed()
    {
        var data = Valid();
        data.Entries.Add(new Contribution(TheFund, D(2023, 6, 30), new Dong(1_000)) { Covers = ReportingPeriod.Month(2023, 6) });

        Expect.None(data.Validate(), "DK702");
    }
}
