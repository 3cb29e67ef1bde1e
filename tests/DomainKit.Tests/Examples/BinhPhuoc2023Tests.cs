using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Pledges;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Examples;

public sealed class BinhPhuoc2023Tests
{
    private static readonly Dataset Data = BinhPhuoc2023.Build();
    private static readonly LocalDate AsOf = new(2023, 11, 10);

    private static Dong Sum<T>(FundId fund, Func<T, Dong> amount)
        where T : FundEntry
        => Dong.Sum(Data.LedgerOf(fund).Entries.OfType<T>().Select(amount));

    [Fact]
    public void The_dataset_builds_and_validates_with_no_findings()
    {
        var report = DatasetValidator.CreateDefault(clock: FixedClock.AtPublication).Validate(Data);

        // The exact list, so that any finding a change brings shows up here.
        Assert.Equal([], report.Findings.Select(f => f.ToString()));
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void The_dataset_holds_every_item_the_report_names()
    {
        Assert.Equal(102, Data.Units.Length);
        Assert.Equal(60, Data.Models.Length);
        Assert.Equal(3922 + 56 + 1, Data.Pledges.Length);
        Assert.Equal(5, Data.Funds.Length);
        Assert.Equal(10, Data.FundEntries.Count);
        Assert.Empty(Data.Commendations);
        Assert.Empty(Data.Payments);
    }

    [Fact]
    public void The_Phuoc_Long_fund_saved_and_spent_what_the_report_says_as_of_10_November_2023()
    {
        var fund = BinhPhuoc2023.FundIds.PhuocLong;
        var ledger = Data.LedgerOf(fund);

        Assert.Equal(new Dong(6_100_542_700), Sum<Contribution>(fund, e => e.Amount));
        Assert.Equal(new Dong(3_990_589_000), Sum<Disbursement>(fund, e => e.Amount));
        Assert.All(ledger.Entries, e => Assert.Equal(AsOf, e.Date));
        Assert.Equal(new Dong(2_109_953_700), ledger.BalanceOn(AsOf, BalanceTime.EndOfDay));
        // The figures are cumulative to that day, so nothing is on the books at its start.
        Assert.Equal(Dong.Zero, ledger.BalanceOn(AsOf, BalanceTime.StartOfDay));
        Assert.Null(ledger.Fund?.InceptionDate);
    }

    [Fact]
    public void The_Chon_Thanh_fund_adds_up_to_the_reported_totals_since_Q4_2017()
    {
        var fund = BinhPhuoc2023.FundIds.ChonThanh;
        var ledger = Data.LedgerOf(fund);

        Assert.Equal(new Dong(2_407_798_600), Sum<Contribution>(fund, e => e.Amount));
        Assert.Equal(new Dong(950_300_000), Sum<Disbursement>(fund, e => e.Amount) + Sum<LoanDisbursement>(fund, e => e.Principal));
        var occurrences = ledger.Entries.OfType<Disbursement>().Sum(d => d.Beneficiaries?.Occurrences ?? 0)
            + ledger.Entries.OfType<LoanDisbursement>().Count();
        Assert.Equal(257, occurrences);

        // "từ đầu năm 2023 đến nay, đã chi 131.500.000 đồng", the 50.000.000 loan included.
        var in2023 = ledger.Entries.Where(e => e.Date.Year == 2023 && e.CashEffect.IsNegative).Select(e => -e.CashEffect);
        Assert.Equal(new Dong(131_500_000), Dong.Sum(in2023));
        var loan = Assert.Single(ledger.Entries.OfType<LoanDisbursement>());
        Assert.Equal((new Dong(50_000_000), 36, BinhPhuoc2023.ChonThanhLoanId), (loan.Principal, loan.TermMonths!.Value, loan.LoanId));
        Assert.Equal(new Dong(50_000_000), ledger.OutstandingLoansOn(AsOf));
        Assert.Equal(new Dong(1_457_498_600), ledger.BalanceOn(AsOf, BalanceTime.EndOfDay));
    }

    [Fact]
    public void Bu_Dang_has_3922_individual_pledges_which_are_all_of_the_eligible_and_fewer_than_all_members()
    {
        var unit = Data.FindUnit(BinhPhuoc2023.UnitIds.DangBoHuyenBuDang)!;
        var pledges = Data.Pledges
            .Where(p => p.Pledger.UnitId == unit.Id && p.Target == PledgeTarget.ForModel(BinhPhuoc2023.ModelIds.BuDang3Khong4Co))
            .ToList();

        Assert.Equal(3922, pledges.Count);
        Assert.All(pledges, p => Assert.Equal(PledgerKind.Individual, p.Pledger.Kind));
        Assert.Equal(3922, pledges.Select(p => p.Pledger.PersonId).Distinct().Count());
        var count = unit.HeadCountOn(new LocalDate(2023, 12, 31))!;
        Assert.Equal(3922, count.Eligible(EligibilityDefinition.ExcludingExempt));
        Assert.Equal(4127, count.Eligible(EligibilityDefinition.AllMembers));
    }

    [Fact]
    public void Loc_Ninh_has_56_collective_pledges_one_for_each_base_Party_organisation()
    {
        var committee = BinhPhuoc2023.UnitIds.HuyenUyLocNinh;
        var pledges = Data.Pledges.Where(p => Data.OrganisationTree.IsInSubtree(p.Pledger.UnitId, committee)).ToList();

        Assert.Equal(56, pledges.Count);
        Assert.All(pledges, p => Assert.Equal(PledgerKind.Collective, p.Pledger.Kind));
        Assert.All(pledges, p => Assert.Equal(PledgeTarget.ForHouseholds(null, null), p.Target));
        Assert.Equal(56, pledges.Select(p => p.Pledger.UnitId).Distinct().Count());
        Assert.All(pledges, p => Assert.Equal(UnitKind.BasePartyOrganisation, Data.FindUnit(p.Pledger.UnitId)!.Kind));
    }

    [Fact]
    public void The_number_of_models_per_owner_matches_the_counts_the_report_gives()
    {
        Assert.Equal(2, BinhPhuoc2023.StatedModelCounts.Count);
        foreach (var (owner, stated) in BinhPhuoc2023.StatedModelCounts)
        {
            Assert.Equal(stated, Data.Models.Count(m => m.OwnerId == owner));
        }
        Assert.Equal(2, Data.Models.Count(m => m.OwnerId == BinhPhuoc2023.UnitIds.DangUyCongAnTinh && m.IsExemplary));
    }

    [Fact]
    public void The_organisational_tree_has_the_Tinh_uy_at_the_root_and_every_district_committee_at_level_1()
    {
        var tree = Data.OrganisationTree;
        var root = BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc;

        Assert.Equal(0, tree.LevelOf(root));
        Assert.Equal(11, BinhPhuoc2023.UnitIds.DistrictCommittees.Length);
        foreach (var committee in BinhPhuoc2023.UnitIds.DistrictCommittees)
        {
            Assert.Equal(1, tree.LevelOf(committee));
            Assert.Equal(root, tree.ParentOf(committee)!.Id);
        }
        // Every Party organisation and body sits under the Tỉnh ủy; the other roots are the administrative map and
        // the successors of 1 July 2025.
        Assert.Equal(
            ["tinh-binh-phuoc", "tinh-dong-nai", "tinh-uy-binh-phuoc", "tinh-uy-dong-nai"],
            tree.Roots.Select(u => u.Id.Value));
        Assert.Equal(83 - 1, tree.SubtreeSize(root));
        Assert.Empty(tree.UnresolvedLinks);
        Assert.Empty(tree.CycleBreaks);
    }

    [Fact]
    public void The_territorial_tree_has_the_eleven_districts_in_the_province_and_every_unit_of_2023_ends_with_the_merger()
    {
        var tree = Data.TerritoryTree;
        var province = BinhPhuoc2023.UnitIds.TinhBinhPhuoc;
        var districts = tree.ChildrenOf(province).Where(u => u.Kind == UnitKind.District).ToList();

        Assert.Equal(11, districts.Count);
        Assert.Equal(2, tree.LevelOf(BinhPhuoc2023.UnitIds.XaDongTien));
        Assert.Equal(3, tree.LevelOf(BinhPhuoc2023.UnitIds.ApTanPhong));
        var successors = new[] { BinhPhuoc2023.UnitIds.TinhDongNai, BinhPhuoc2023.UnitIds.TinhUyDongNai };
        Assert.All(Data.Units.Where(u => !successors.Contains(u.Id)), u => Assert.Equal(new LocalDate(2025, 6, 30), u.ValidTo));
        Assert.All(successors, id => Assert.Equal(new LocalDate(2025, 7, 1), Data.FindUnit(id)!.ValidFrom));
        // ImmutableArray compares by reference, so compare the elements.
        Assert.Equal(["tinh-uy-dong-nai"], Data.FindUnit(BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc)!.Successors.Select(id => id.Value));
    }

    [Fact]
    public void Figures_the_report_names_without_a_value_are_missing_rather_than_zero()
    {
        var borderMarkers = Assert.Single(Data.FindModel(BinhPhuoc2023.ModelIds.BuDopTietKiem)!.Outcomes);
        Assert.Null(borderMarkers.Quantity);
        Assert.Empty(Data.LedgerOf(BinhPhuoc2023.FundIds.BinhLongKhoiNghiep).Entries);
        Assert.NotNull(Data.FindFund(BinhPhuoc2023.FundIds.BinhLongKhoiNghiep));
        var households = Data.Pledges.Select(p => p.Target).OfType<HouseholdsPledgeTarget>().ToList();
        Assert.All(households, t => Assert.Null(t.PoorHouseholds));
    }

    [Fact]
    public void The_models_carry_the_figures_and_stages_the_report_gives()
    {
        var humanitarian = Assert.Single(Data.FindModel(BinhPhuoc2023.ModelIds.BuDangDiaChiNhanDao)!.Outcomes);
        Assert.Equal((1722m, new Dong(1_724_804_300)), (humanitarian.Quantity!.Value, humanitarian.MoneyValue!.Value));
        Assert.Equal([230m, 333m], Data.FindModel(BinhPhuoc2023.ModelIds.LocNinhChungTay)!.Outcomes.Select(o => o.Quantity!.Value));

        var chonThanh = Data.FindModel(BinhPhuoc2023.ModelIds.ChonThanhTietKiem)!;
        Assert.Equal(new LocalDate(2017, 10, 1), chonThanh.StartDate);
        Assert.Equal(LifecycleStage.Launched, chonThanh.StageOn(new LocalDate(2022, 1, 1)));
        Assert.Equal(LifecycleStage.Maintained, chonThanh.StageOn(AsOf));
        Assert.Equal(LifecycleStage.Pilot, Data.FindModel(BinhPhuoc2023.ModelIds.DongXoaiNgayThuBay)!.StageOn(AsOf));

        Assert.All(Data.Models, m => Assert.Contains(m.Field!, ModelField.DanVanKheo));
        Assert.All(Data.Models, m => Assert.Equal(Movement.Conclusion01, m.Movement));
        Assert.All(Data.Models, m => Assert.Equal(BinhPhuoc2023.Theme, m.Theme));
        Assert.Equal(14, Data.Models.Count(m => m.IsExemplary));
    }

    [Fact]
    public void The_Dong_Phu_pledge_is_300000_to_500000_dong_a_month()
    {
        var pledge = Data.FindPledge(BinhPhuoc2023.DongPhuPledgeId)!;

        Assert.Equal(PledgerKind.Collective, pledge.Pledger.Kind);
        Assert.Equal(new MoneySchedule(new Dong(300_000), ScheduleFrequency.Monthly, new LocalDate(2023, 1, 1)) { MaximumAmount = new Dong(500_000) }, pledge.Schedule);
        Assert.Equal(BinhPhuoc2023.Year, pledge.Period);
    }
}
