using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Tests.Units;

public sealed class UnitTests
{
    private static readonly Unit BuDang = new()
    {
        Id = "dang-bo-bu-dang",
        Name = "Đảng bộ huyện Bù Đăng",
        Kind = UnitKind.PartyCommittee,
        ValidTo = new LocalDate(2025, 6, 30),
        HeadCounts =
        [
            new HeadCount(new LocalDate(2023, 11, 10)) { Members = 4_127, Exempt = 205 },
            new HeadCount(new LocalDate(2022, 12, 31)) { Members = 4_000 },
        ],
    };

    [Fact]
    public void Eligible_members_depend_on_the_definition_the_report_uses()
    {
        var count = BuDang.HeadCountOn(new LocalDate(2023, 12, 31))!;

        Assert.Equal(4_127, count.Eligible(EligibilityDefinition.AllMembers));
        Assert.Equal(3_922, count.Eligible(EligibilityDefinition.ExcludingExempt));
    }

    [Fact]
    public void A_figure_that_was_not_reported_is_missing_not_zero()
    {
        var count = BuDang.HeadCountOn(new LocalDate(2023, 12, 31))!;

        Assert.Null(count.Away);
        Assert.Null(count.Eligible(EligibilityDefinition.ExcludingExemptAndAway));
        Assert.Equal(3_922, (count with { Away = 0 }).Eligible(EligibilityDefinition.ExcludingExemptAndAway));
    }

    [Fact]
    public void The_head_count_on_a_date_is_the_latest_snapshot_on_or_before_it()
    {
        Assert.Equal(4_000, BuDang.HeadCountOn(new LocalDate(2023, 11, 9))!.Members);
        Assert.Equal(4_127, BuDang.HeadCountOn(new LocalDate(2023, 11, 10))!.Members);
        Assert.Null(BuDang.HeadCountOn(new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void A_unit_is_valid_within_its_inclusive_validity()
    {
        Assert.True(BuDang.IsValidOn(new LocalDate(2025, 6, 30)));
        Assert.False(BuDang.IsValidOn(new LocalDate(2025, 7, 1)));
        Assert.True(BuDang.IsValidOn(new LocalDate(1990, 1, 1)));
    }

    [Fact]
    public void Unit_kinds_are_equal_by_code_whatever_their_names()
    {
        var own = new UnitKind("PROVINCE", new LocalizedText("Tỉnh", "Province (own)"));

        Assert.Equal(UnitKind.Province, own);
        Assert.Equal(UnitKind.Province.GetHashCode(), own.GetHashCode());
        Assert.NotEqual(UnitKind.Commune, own);
        Assert.Equal("province", UnitKind.Province.ToString());
    }

    [Fact]
    public void Apps_can_define_their_own_unit_kinds()
    {
        var elderly = new UnitKind("elderly-association", new LocalizedText("Hội Người cao tuổi", "Elderly Association"));

        Assert.DoesNotContain(elderly, UnitKind.BuiltIn);
        Assert.Equal("Hội Người cao tuổi", elderly.Name.In(TextCulture.Vietnamese));
    }

    [Fact]
    public void Blank_ids_and_codes_are_programming_errors()
    {
        Assert.Throws<ArgumentException>(() => new UnitId(" "));
        Assert.Throws<ArgumentNullException>(() => new UnitId(null!));
        Assert.Throws<ArgumentException>(() => new UnitKind("", new LocalizedText("a", "b")));
        Assert.True(default(UnitId).IsEmpty);
        Assert.Equal(string.Empty, default(UnitId).ToString());
    }

    [Fact]
    public void Units_built_twice_from_the_same_data_are_equal_and_differ_when_a_head_count_does()
    {
        Unit Build(int members) => BuDang with
        {
            Successors = [new UnitId("dang-bo-tinh")],
            HeadCounts = [new HeadCount(new LocalDate(2023, 11, 10)) { Members = members, Exempt = 205 }],
        };

        Assert.Equal(Build(4_127), Build(4_127));
        Assert.Equal(Build(4_127).GetHashCode(), Build(4_127).GetHashCode());
        Assert.NotEqual(Build(4_127), Build(4_128));
        Assert.NotEqual(Build(4_127), Build(4_127) with { Successors = [] });
    }
}
