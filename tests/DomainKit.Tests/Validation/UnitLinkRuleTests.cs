using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;
using static DomainKit.Tests.Validation.TestData;

namespace DomainKit.Tests.Validation;

/// <summary>DK201, DK202 and DK208 to DK211 over dated links and successions.</summary>
public sealed class UnitLinkRuleTests
{
    private static readonly LocalDate Merger = D(2025, 7, 1);

    private static Unit Commune(UnitId id, UnitId? parent) => new() { Id = id, Name = "Xã " + id, Kind = UnitKind.Commune, ParentId = parent, ValidFrom = D(2000, 1, 1) };

    // DK202 over dated links

    [Fact]
    public void A_commune_moved_to_the_province_by_a_dated_link_when_its_district_ended_is_valid()
    {
        var data = Valid();
        data.Units.Add(Commune("xa-moi-chuyen", DistrictId) with { ParentChanges = [new UnitLink(Merger, ProvinceId)] });

        var report = data.Validate();

        Expect.None(report, "DK202");
        Expect.None(report, "DK208");
    }

    [Fact]
    public void A_dated_link_to_a_parent_that_does_not_exist_yet_is_an_error_at_the_link()
    {
        var data = Valid();
        data.Units.Add(new Unit { Id = "tinh-moi", Name = "Tỉnh Mới", Kind = UnitKind.Province, ValidFrom = D(2026, 1, 1) });
        data.Units.Add(Commune("xa-som", DistrictId) with { ParentChanges = [new UnitLink(Merger, "tinh-moi")] });

        var finding = Expect.One(data.Validate(), "DK202");

        Expect.At(finding, "DK202", Severity.Error, EntityRef.ForUnit("xa-som"), "ParentChanges[0]");
        Assert.Equal(Merger, Expect.Arg<LocalDate>(finding, "date"));
    }

    [Fact]
    public void A_commune_left_under_an_abolished_district_without_a_successor_is_still_an_error()
    {
        var data = Valid();
        data.Units.Add(Commune("xa-bi-bo-quen", DistrictId));

        var finding = Expect.One(data.Validate(), "DK202");

        Expect.At(finding, "DK202", Severity.Error, EntityRef.ForUnit("xa-bi-bo-quen"), "ParentId");
        Assert.Equal(Merger, Expect.Arg<LocalDate>(finding, "date"));
    }

    // DK208

    [Fact]
    public void A_unit_left_under_a_province_that_merged_into_a_successor_is_a_warning_naming_the_successor()
    {
        var data = Valid();
        data.Units[0] = data.Units[0] with { ValidTo = D(2025, 6, 30), Successors = ["tinh-moi"] };
        data.Units.Add(new Unit { Id = "tinh-moi", Name = "Tỉnh Mới", Kind = UnitKind.Province, ValidFrom = Merger });
        data.Units.Add(new Unit { Id = "cong-an", Name = "Công an tỉnh", Kind = UnitKind.Police, ParentId = ProvinceId });

        var report = data.Validate();

        var finding = Expect.One(report, "DK208");
        Expect.At(finding, "DK208", Severity.Warning, EntityRef.ForUnit("cong-an"), "ParentId");
        Assert.Equal("Tỉnh Mới", Expect.Arg<string>(finding, "successor"));
        Expect.None(report, "DK202");
    }

    // DK209 and DK210

    [Fact]
    public void A_split_without_a_primary_successor_is_a_warning_and_with_one_is_not()
    {
        var data = Valid();
        data.Units.Add(Commune("phuong-cu", ProvinceId) with { ValidTo = D(2025, 6, 30), Successors = ["phuong-a", "phuong-b"] });
        data.Units.Add(Commune("phuong-a", ProvinceId) with { ValidFrom = Merger });
        data.Units.Add(Commune("phuong-b", ProvinceId) with { ValidFrom = Merger });

        var finding = Expect.One(data.Validate(), "DK209");
        Expect.At(finding, "DK209", Severity.Warning, EntityRef.ForUnit("phuong-cu"), "PrimarySuccessorId");
        Assert.Equal("Xã phuong-a, Xã phuong-b", Expect.Arg<string>(finding, "successors"));

        data.Units[^3] = data.Units[^3] with { PrimarySuccessorId = new UnitId("phuong-a") };
        var report = data.Validate();
        Expect.None(report, "DK209");
        Expect.None(report, "DK210");
    }

    [Fact]
    public void A_primary_successor_that_is_not_a_successor_is_an_error()
    {
        var data = Valid();
        data.Units.Add(Commune("phuong-cu", ProvinceId) with { ValidTo = D(2025, 6, 30), Successors = ["phuong-a"], PrimarySuccessorId = new UnitId("phuong-b") });
        data.Units.Add(Commune("phuong-a", ProvinceId) with { ValidFrom = Merger });
        data.Units.Add(Commune("phuong-b", ProvinceId) with { ValidFrom = Merger });

        var finding = Expect.One(data.Validate(), "DK210");

        Expect.At(finding, "DK210", Severity.Error, EntityRef.ForUnit("phuong-cu"), "PrimarySuccessorId");
        Expect.Says(finding, "Đơn vị kế thừa chính 'phuong-b' không nằm trong các đơn vị kế thừa (phuong-a).",
            "The primary successor 'phuong-b' is not one of the successors (phuong-a).");
    }

    // DK211

    [Fact]
    public void A_dated_link_after_the_unit_ended_is_an_error()
    {
        var data = Valid();
        data.Units[2] = data.Units[2] with { ParentChanges = [new UnitLink(Merger, ProvinceId)] };

        var finding = Expect.One(data.Validate(), "DK211");

        Expect.At(finding, "DK211", Severity.Error, EntityRef.ForUnit(CommuneId), "ParentChanges[0]");
        Assert.Contains("after the unit ended on 2025-06-30", finding.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_dated_links_on_the_same_day_are_an_error_and_the_later_one_holds()
    {
        var data = Valid();
        var unit = Commune("xa-hai-lan", DistrictId) with
        {
            ValidTo = D(2025, 6, 30),
            ParentChanges = [new UnitLink(D(2024, 1, 1), ProvinceId), new UnitLink(D(2024, 1, 1), DistrictId)],
        };
        data.Units.Add(unit);

        var finding = Expect.One(data.Validate(), "DK211");

        Expect.At(finding, "DK211", Severity.Error, EntityRef.ForUnit("xa-hai-lan"), "ParentChanges[1]");
        Assert.Equal(DistrictId, unit.ParentOn(D(2024, 6, 1)));
    }

    [Fact]
    public void Dated_links_in_order_within_the_units_life_are_valid()
    {
        var data = Valid();
        data.Units.Add(Commune("xa-hop-le", DistrictId) with { ValidTo = D(2025, 6, 30), ParentChanges = [new UnitLink(D(2024, 1, 1), ProvinceId)] });

        Expect.None(data.Validate(), "DK211");
    }

    // DK201 on a later map

    [Fact]
    public void A_cycle_that_only_dated_links_make_is_found_on_the_map_where_it_holds()
    {
        var data = Valid();
        data.Units.Add(Commune("xa-1", ProvinceId) with { ParentChanges = [new UnitLink(D(2024, 1, 1), "xa-2")] });
        data.Units.Add(Commune("xa-2", ProvinceId) with { ParentChanges = [new UnitLink(D(2024, 1, 1), "xa-1")] });

        var finding = Expect.One(data.Validate(), "DK201");

        Assert.Equal("xa-1 → xa-2 → xa-1", Expect.Arg<string>(finding, "path"));
    }

    // DK103 over the new references

    [Fact]
    public void A_dated_link_or_primary_successor_naming_no_unit_is_an_unresolved_reference()
    {
        var data = Valid();
        data.Units.Add(Commune("xa-lac", ProvinceId) with
        {
            ValidTo = D(2025, 6, 30),
            ParentChanges = [new UnitLink(D(2024, 1, 1), "khong-co")],
            TerritoryChanges = [new UnitLink(D(2024, 1, 1), "cung-khong-co")],
            Successors = [ProvinceId],
            PrimarySuccessorId = new UnitId("van-khong-co"),
        });

        var fields = Expect.Some(data.Validate(), "DK103").Where(f => f.Entity == EntityRef.ForUnit("xa-lac")).Select(f => f.Field).Order(StringComparer.Ordinal);

        Assert.Equal(["ParentChanges[0]", "PrimarySuccessorId", "TerritoryChanges[0]"], fields);
    }
}
