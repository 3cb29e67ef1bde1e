using DomainKit.Models;
using DomainKit.Units;

namespace DomainKit.Reconciliation;

/// <summary>
/// A stated number of models of a unit: "Toàn huyện triển khai thực hiện 02 mô hình", "Có 02 mô hình tiêu biểu",
/// "80 mô hình đăng ký trong năm, 10 mô hình đăng ký cam kết với Ban Thường vụ Tỉnh ủy", "16 mô hình nhân rộng".
/// Checked against the models the data holds (DK803 or DK804); the filters combine.
/// </summary>
/// <param name="Quote">The words of the report.</param>
/// <param name="Unit">The unit whose models are counted.</param>
/// <param name="Count">The stated number.</param>
public sealed record StatedModelCount(string Quote, UnitId Unit, long Count) : StatedFigure(Quote)
{
    /// <summary>Whether only exemplary models (tiêu biểu, điển hình) are counted.</summary>
    public bool ExemplaryOnly { get; init; }

    /// <summary>The field counted, or <see langword="null"/> for every field; a field counts its sub-fields.</summary>
    public ModelField? Field { get; init; }

    /// <summary>Whether models of the units below <see cref="Unit"/> in the organisational tree count too (the default).</summary>
    public bool IncludeSubtree { get; init; } = true;

    /// <summary>
    /// The lifecycle step counted, with <see cref="Period"/>: models registered (<see cref="LifecycleStage.Registered"/>),
    /// launched or replicated then, counted as <see cref="Aggregation.Measure.RegisteredModels"/>,
    /// <see cref="Aggregation.Measure.LaunchedModels"/> and <see cref="Aggregation.Measure.ReplicatedModels"/> count them
    /// (a model with two such events counts twice); <see langword="null"/> to count models whatever their steps.
    /// </summary>
    public LifecycleStage? Stage { get; init; }

    /// <summary>The period in which <see cref="Stage"/>'s events are counted; <see langword="null"/> for any time.</summary>
    public Periods.ReportingPeriod? Period { get; init; }

    /// <summary>Only models committed to this unit (<see cref="EmulationModel.CommittedToId"/>); <see langword="null"/> for any.</summary>
    public UnitId? CommittedTo { get; init; }

    /// <summary>Only models committed to some unit ("đăng ký cam kết với cấp trên"), whichever it is.</summary>
    public bool CommittedOnly { get; init; }
}
