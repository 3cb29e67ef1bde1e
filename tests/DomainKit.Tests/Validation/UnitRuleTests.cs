using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using DomainKit.Validation;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>DK201 to DK207: the unit tree, validity, successors, head counts and registrations against them.</summary>
public sealed class UnitRuleTests
{
    private static Unit Village(UnitId id, UnitId? parent) => new() { Id = id, Name = "Ấp " + id, Kind = UnitKind.Village, ParentId = parent };

    // DK201

    [Fact]
    public void Two_units_that_are_each_others_parent_are_one_cycle_error_with_the_path()
    {
        var data = Valid();
        data.Units.Add(Village("ap-b", "ap-a"));
        data.Units.Add(Village("ap-a", "ap-b"));

        var finding = Expect.One(data.Validate(), "DK201");

        Expect.At(finding, "DK201", Severity.Error, EntityRef.ForUnit("ap-a"), "ParentId");
        Assert.Equal("ap-a → ap-b → ap-a", Expect.Arg<string>(finding, "path"));
        Expect.Says(finding, "Liên kết ParentId tạo thành vòng: ap-a → ap-b → ap-a.", "The ParentId links form a cycle: ap-a → ap-b → ap-a.");
    }

    [Fact]
    public void A_chain_of_units_ending_at_a_root_is_allowed()
    {
        var data = Valid();
        data.Units.Add(Village("ap-b", "ap-a"));
        data.Units.Add(Village("ap-a", ProvinceId));

        Expect.None(data.Validate(), "DK201");
    }

    [Fact]
    public void A_three_unit_territory_cycle_is_one_error()
    {
        var data = Valid();
        data.Units.Add(Village("ap-a", null) with { TerritoryId = "ap-c" });
        data.Units.Add(Village("ap-b", null) with { TerritoryId = "ap-a" });
        data.Units.Add(Village("ap-c", null) with { TerritoryId = "ap-b" });

        var finding = Expect.One(data.Validate(), "DK201");

        Expect.At(finding, "DK201", Severity.Error, EntityRef.ForUnit("ap-a"), "TerritoryId");
        Assert.Equal("ap-a → ap-c → ap-b → ap-a", Expect.Arg<string>(finding, "path"));
    }

    [Fact]
    public void A_unit_that_is_its_own_parent_is_a_cycle_error()
    {
        var data = Valid();
        data.Units.Add(Village("ap-a", "ap-a"));

        var finding = Expect.One(data.Validate(), "DK201");

        Expect.At(finding, "DK201", Severity.Error, EntityRef.ForUnit("ap-a"), "ParentId");
        Assert.Equal("ap-a → ap-a", Expect.Arg<string>(finding, "path"));
    }

    // DK202

    [Fact]
    public void Commune_still_open_under_an_abolished_district_is_an_error()
    {
        var report = Valid().WithCommune(u => u with { ValidTo = null }).Validate();

        var finding = Expect.One(report, "DK202");
        Expect.At(finding, "DK202", Severity.Error, EntityRef.ForUnit(CommuneId), "ParentId");
        Assert.Equal(DistrictName, Expect.Arg<string>(finding, "parent"));
        Assert.Equal(D(2025, 7, 1), Expect.Arg<NodaTime.LocalDate>(finding, "date"));
        Expect.Says(finding, "Đơn vị thuộc Huyện Bù Đăng (ParentId) vào ngày 01/07/2025, khi Huyện Bù Đăng không còn hiệu lực.",
            "The unit is under Huyện Bù Đăng (ParentId) on 2025-07-01, when Huyện Bù Đăng did not exist.");
    }

    [Fact]
    public void Commune_closed_the_day_its_district_is_abolished_is_allowed()
        => Expect.None(Valid().WithCommune(u => u with { ValidTo = D(2025, 6, 30) }).Validate(), "DK202");

    [Fact]
    public void Commune_opened_before_its_district_is_an_error()
    {
        var report = Valid().WithCommune(u => u with { ValidFrom = D(1996, 12, 31) }).Validate();

        var finding = Expect.One(report, "DK202");
        Expect.At(finding, "DK202", Severity.Error, EntityRef.ForUnit(CommuneId), "ParentId");
        Assert.Equal(D(1996, 12, 31), Expect.Arg<NodaTime.LocalDate>(finding, "date"));
    }

    [Fact]
    public void Commune_opened_the_day_its_district_was_is_allowed()
        => Expect.None(Valid().WithCommune(u => u with { ValidFrom = D(1997, 1, 1) }).Validate(), "DK202");

    [Fact]
    public void A_parent_valid_to_the_last_day_of_the_calendar_never_ends_for_its_open_children()
    {
        var report = Valid()
            .WithUnit(DistrictId, u => u with { ValidTo = NodaTime.LocalDate.MaxIsoValue })
            .WithCommune(u => u with { ValidTo = null })
            .Validate();

        Expect.None(report, "DK100");
        Expect.None(report, "DK202");
    }

    // DK203

    [Fact]
    public void A_unit_that_ends_before_it_starts_is_an_error()
    {
        var data = Valid();
        data.Units.Add(Village("ap-tan-phong", CommuneId) with { ValidFrom = D(2024, 1, 2), ValidTo = D(2024, 1, 1) });

        var finding = Expect.One(data.Validate(), "DK203");

        Expect.At(finding, "DK203", Severity.Error, EntityRef.ForUnit("ap-tan-phong"), "ValidTo");
        Assert.Equal(D(2024, 1, 2), Expect.Arg<NodaTime.LocalDate>(finding, "from"));
        Assert.Equal(D(2024, 1, 1), Expect.Arg<NodaTime.LocalDate>(finding, "to"));
        Expect.Says(finding, "Đơn vị hết hiệu lực ngày 01/01/2024, trước ngày bắt đầu 02/01/2024.", "The unit ends on 2024-01-01, before it starts on 2024-01-02.");
    }

    [Fact]
    public void A_unit_valid_for_a_single_day_is_allowed()
    {
        var data = Valid();
        data.Units.Add(Village("ap-tan-phong", CommuneId) with { ValidFrom = D(2024, 1, 1), ValidTo = D(2024, 1, 1) });

        Expect.None(data.Validate(), "DK203");
    }

    // DK204

    private static TestData WithMergedCommune(NodaTime.LocalDate successorFrom)
    {
        var data = Valid().WithCommune(u => u with { Successors = ["xa-moi"] });
        data.Units.Add(new Unit { Id = "xa-moi", Name = "Xã Bình Đức mới", Kind = UnitKind.Commune, ParentId = ProvinceId, ValidFrom = successorFrom });
        return data;
    }

    [Fact]
    public void A_successor_that_starts_a_day_late_is_a_warning()
    {
        var finding = Expect.One(WithMergedCommune(D(2025, 7, 2)).Validate(), "DK204");

        Expect.At(finding, "DK204", Severity.Warning, EntityRef.ForUnit(CommuneId), "Successors");
        Assert.Equal("Xã Bình Đức mới", Expect.Arg<string>(finding, "successor"));
        Expect.Says(finding, "không có hiệu lực vào ngày 01/07/2025", "does not exist on 2025-07-01");
    }

    [Fact]
    public void A_successor_that_starts_the_day_after_the_unit_ends_is_allowed()
        => Expect.None(WithMergedCommune(D(2025, 7, 1)).Validate(), "DK204");

    [Fact]
    public void A_unit_with_successors_but_no_end_is_a_warning()
    {
        var data = WithMergedCommune(D(2025, 7, 1));
        data.WithUnit(ProvinceId, u => u with { Successors = ["xa-moi"] });

        Expect.At(Expect.One(data.Validate(), "DK204"), "DK204", Severity.Warning, EntityRef.ForUnit(ProvinceId), "ValidTo");
    }

    [Fact]
    public void A_unit_valid_to_the_last_day_of_the_calendar_with_successors_is_a_warning_not_a_failure()
    {
        var data = WithMergedCommune(D(2025, 7, 1));
        data.WithUnit(ProvinceId, u => u with { ValidTo = NodaTime.LocalDate.MaxIsoValue, Successors = ["xa-moi"] });

        var report = data.Validate();

        Expect.None(report, "DK100");
        Expect.At(Expect.One(report, "DK204"), "DK204", Severity.Warning, EntityRef.ForUnit(ProvinceId), "ValidTo");
    }

    // DK205

    [Fact]
    public void More_exempt_members_than_members_is_an_error()
    {
        var finding = Expect.One(Valid().WithHeadCount(100, exempt: 101).Validate(), "DK205");

        Expect.At(finding, "DK205", Severity.Error, EntityRef.ForUnit(CommuneId), "HeadCounts.Exempt");
        Assert.Equal(101, Expect.Arg<int>(finding, "part"));
        Assert.Equal(100, Expect.Arg<int>(finding, "members"));
        Expect.Says(finding, "Ngày 01/01/2023: Exempt (101) lớn hơn số thành viên (100).", "On 2023-01-01: Exempt (101) is more than the members (100).");
    }

    [Fact]
    public void Every_member_exempt_is_allowed()
        => Expect.None(Valid().WithHeadCount(100, exempt: 100).Validate(), "DK205");

    [Fact]
    public void Exempt_and_away_together_above_the_members_is_an_error()
    {
        var finding = Expect.One(Valid().WithHeadCount(100, exempt: 60, away: 41).Validate(), "DK205");

        Expect.At(finding, "DK205", Severity.Error, EntityRef.ForUnit(CommuneId), "HeadCounts.Exempt + Away");
        Assert.Equal(101, Expect.Arg<int>(finding, "part"));
    }

    [Fact]
    public void Exempt_and_away_together_equal_to_the_members_is_allowed()
        => Expect.None(Valid().WithHeadCount(100, exempt: 60, away: 40).Validate(), "DK205");

    [Fact]
    public void More_Party_members_than_members_is_an_error()
        => Expect.At(Expect.One(Valid().WithHeadCount(100, partyMembers: 101).Validate(), "DK205"),
            "DK205", Severity.Error, EntityRef.ForUnit(CommuneId), "HeadCounts.PartyMembers");

    [Fact]
    public void Huge_exempt_and_away_counts_are_compared_without_overflowing()
    {
        var report = Valid().WithHeadCount(int.MaxValue, exempt: int.MaxValue, away: int.MaxValue).Validate();

        Expect.None(report, "DK100");
        var finding = Expect.One(report, "DK205");
        Assert.Equal("HeadCounts.Exempt + Away", finding.Field);
        Assert.Equal(2L * int.MaxValue, Expect.Arg<long>(finding, "part"));
    }

    // DK206

    [Fact]
    public void More_registrations_than_members_is_an_error()
    {
        var report = Valid().WithHeadCount(2, exempt: 0).WithMoreRegistrations(2).Validate();

        var finding = Expect.One(report, "DK206");
        Expect.At(finding, "DK206", Severity.Error, EntityRef.ForUnit(CommuneId), "HeadCounts.Members");
        Assert.Equal(3, Expect.Arg<int>(finding, "registered"));
        Assert.Equal(2, Expect.Arg<int>(finding, "members"));
        Assert.Equal(1, Expect.Arg<int>(finding, "difference"));
        Assert.Equal(ReportingPeriod.Year(2023), Expect.Arg<ReportingPeriod>(finding, "period"));
        Expect.Says(finding, "3 người đăng ký \"mh-tiet-kiem\" trong năm 2023, nhiều hơn 2 thành viên của Xã Bình Đức.",
            "3 people registered \"mh-tiet-kiem\" in ");
    }

    [Fact]
    public void As_many_registrations_as_members_is_allowed()
        => Expect.None(Valid().WithHeadCount(2, exempt: 0).WithMoreRegistrations(1).Validate(), "DK206");

    [Fact]
    public void A_person_who_registers_twice_counts_once()
    {
        var data = Valid().WithHeadCount(1, exempt: 0);
        data.Pledges.Add(data.Pledges[0] with { Id = "dk-lap-lai", Schedule = null, Evaluation = null });

        Expect.None(data.Validate(), "DK206");
    }

    [Fact]
    public void Cancelled_registrations_do_not_count()
    {
        var data = Valid().WithHeadCount(1, exempt: 0).WithMoreRegistrations(1);
        data.Pledges[1] = data.Pledges[1] with { CancelledOn = D(2023, 2, 1) };

        Expect.None(data.Validate(), "DK206");
    }

    [Fact]
    public void A_negative_member_count_is_left_to_the_negative_figure_rule()
    {
        var report = Valid().WithHeadCount(int.MinValue, exempt: int.MaxValue).Validate();

        Expect.None(report, "DK100");
        Expect.None(report, "DK206");
        Expect.None(report, "DK207");
        Expect.Some(report, "DK105");
    }

    // DK207

    [Fact]
    public void More_registrations_than_eligible_members_is_a_warning()
    {
        var report = Valid().WithHeadCount(10, exempt: 2).WithMoreRegistrations(8).Validate();

        var finding = Expect.One(report, "DK207");
        Expect.At(finding, "DK207", Severity.Warning, EntityRef.ForUnit(CommuneId), "HeadCounts.Exempt");
        Assert.Equal(9, Expect.Arg<int>(finding, "registered"));
        Assert.Equal(8, Expect.Arg<int>(finding, "eligible"));
        Assert.Equal(10, Expect.Arg<int>(finding, "members"));
        Assert.Equal(2, Expect.Arg<int>(finding, "exempt"));
        Assert.Equal(1, Expect.Arg<int>(finding, "difference"));
        Expect.None(report, "DK206");
    }

    [Fact]
    public void As_many_registrations_as_eligible_members_is_allowed()
        => Expect.None(Valid().WithHeadCount(10, exempt: 2).WithMoreRegistrations(7).Validate(), "DK207");

    [Fact]
    public void More_registrations_than_members_is_not_also_a_registered_above_eligible_warning()
    {
        var report = Valid().WithHeadCount(10, exempt: 2).WithMoreRegistrations(10).Validate();

        Expect.One(report, "DK206");
        Expect.None(report, "DK207");
    }

    [Fact]
    public void Registrations_of_a_collective_do_not_count_against_members()
    {
        var data = Valid().WithHeadCount(0, exempt: 0);
        data.WithPledge(p => p with { Pledger = Pledger.Collective(CommuneId) });

        Expect.None(data.Validate(), "DK206");
        Expect.None(data.Validate(), "DK207");
    }
}
