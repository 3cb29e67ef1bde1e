using DomainKit.Models;
using DomainKit.Text;
using NodaTime;

namespace DomainKit.Tests.Models;

public sealed class EmulationModelTests
{
    // Thành phố Đồng Xoài: pilot of "Ngày thứ Bảy về với khu dân cư – lắng nghe dân nói", then reviewed.
    private static readonly EmulationModel SaturdayModel = new()
    {
        Id = "dx-thu-bay",
        Name = "Ngày thứ Bảy về với khu dân cư – lắng nghe dân nói",
        OwnerId = "thanh-uy-dong-xoai",
        Kind = ModelKind.Model,
        Field = ModelField.PoliticalSystem,
        Movement = Movement.Conclusion01,
        Lifecycle =
        [
            new LifecycleEvent(LifecycleStage.Pilot, new LocalDate(2023, 3, 4)),
            new LifecycleEvent(LifecycleStage.Reviewed, new LocalDate(2023, 9, 30)) { Note = "Hội nghị sơ kết" },
            new LifecycleEvent(LifecycleStage.Launched, new LocalDate(2023, 10, 7)),
        ],
    };

    [Fact]
    public void A_review_leaves_the_stage_unchanged()
    {
        Assert.Null(SaturdayModel.StageOn(new LocalDate(2023, 3, 3)));
        Assert.Equal(LifecycleStage.Pilot, SaturdayModel.StageOn(new LocalDate(2023, 10, 1)));
        Assert.Equal(LifecycleStage.Launched, SaturdayModel.StageOn(new LocalDate(2023, 10, 7)));
        Assert.Equal(new LocalDate(2023, 3, 4), SaturdayModel.StartDate);
    }

    [Theory]
    [InlineData(LifecycleStage.Registered, LifecycleStage.Pilot, true)]
    [InlineData(LifecycleStage.Registered, LifecycleStage.Maintained, false)]
    [InlineData(LifecycleStage.Pilot, LifecycleStage.Launched, true)]
    [InlineData(LifecycleStage.Launched, LifecycleStage.Replicated, true)]
    [InlineData(LifecycleStage.Maintained, LifecycleStage.Registered, false)]
    [InlineData(LifecycleStage.Suspended, LifecycleStage.Maintained, true)]
    [InlineData(LifecycleStage.Ended, LifecycleStage.Launched, false)]
    [InlineData(LifecycleStage.Ended, LifecycleStage.Reviewed, false)]
    public void Lifecycle_transitions_follow_the_table(LifecycleStage from, LifecycleStage to, bool allowed)
        => Assert.Equal(allowed, ModelLifecycle.IsAllowed(from, to));

    [Fact]
    public void Finer_fields_roll_up_to_the_four_fields_of_skilled_mass_mobilisation()
    {
        var partyBuilding = new ModelField("party-building", new LocalizedText("Xây dựng Đảng", "Party building"), ModelField.PoliticalSystem);
        var cells = new ModelField("party-cells", new LocalizedText("Sinh hoạt chi bộ", "Party cell meetings"), partyBuilding);

        Assert.Equal(ModelField.PoliticalSystem, cells.Root);
        Assert.Equal(ModelField.Economy, ModelField.Economy.Root);
        Assert.Equal(4, ModelField.DanVanKheo.Count);
    }

    [Fact]
    public void An_outcome_named_without_a_figure_keeps_its_quantity_missing()
    {
        // Bù Đốp: "xây dựng sân cột mốc phụ cho các đồn biên phòng", no figure given.
        var outcome = new OutcomeIndicator("Sân cột mốc phụ cho các đồn biên phòng", null, "sân", new LocalDate(2023, 11, 10));

        Assert.Null(outcome.Quantity);
        Assert.Null(outcome.MoneyValue);
        Assert.NotEqual(outcome, outcome with { Quantity = 0m });
    }

    [Fact]
    public void Models_compare_their_lifecycles_element_by_element()
    {
        var copy = SaturdayModel with { Lifecycle = [.. SaturdayModel.Lifecycle] };

        Assert.Equal(SaturdayModel, copy);
        Assert.NotEqual(SaturdayModel, copy with { Lifecycle = SaturdayModel.Lifecycle.RemoveAt(2) });
    }
}
