using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Models;
using DomainKit.Periods;
using DomainKit.Reconciliation;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Aggregation;

/// <summary>
/// Lifecycle steps counted as reports state them: "80 mô hình đăng ký trong năm, 10 mô hình đăng ký cam kết với Ban
/// Thường vụ Tỉnh ủy", "16 mô hình nhân rộng" when the data records no origin.
/// </summary>
public sealed class LifecycleMeasureTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2023);

    private static LocalDate D(int month, int day) => new(2023, month, day);

    // A province and one district: 80 models registered in 2023, the first 10 committed to the standing committee;
    // 16 of them replicated in 2023 with no origin recorded, and one replica that names its origin.
    private static Dataset Province()
    {
        var builder = new DatasetBuilder().Add(
            new Unit { Id = "tinh-uy", Name = "Tỉnh ủy Bình Phước", Kind = UnitKind.PartyCommittee },
            new Unit { Id = "ban-thuong-vu", Name = "Ban Thường vụ Tỉnh ủy", Kind = UnitKind.PartyCommittee, ParentId = "tinh-uy" },
            new Unit { Id = "huyen-uy", Name = "Huyện ủy Bù Đăng", Kind = UnitKind.PartyCommittee, ParentId = "tinh-uy" });
        for (var i = 0; i < 80; i++)
        {
            LifecycleEvent[] lifecycle = i < 16
                ? [new(LifecycleStage.Registered, D(1, 10)), new(LifecycleStage.Launched, D(2, 1)), new(LifecycleStage.Replicated, D(9, 1))]
                : [new(LifecycleStage.Registered, D(3, 10)), new(LifecycleStage.Launched, D(4, 1))];
            builder.Add(new EmulationModel
            {
                Id = $"mh-{i}",
                Name = $"Mô hình {i}",
                OwnerId = "huyen-uy",
                Kind = ModelKind.Model,
                Lifecycle = [.. lifecycle],
                CommittedToId = i < 10 ? "ban-thuong-vu" : null,
            });
        }
        builder.Add(
            new EmulationModel
            {
                Id = "mh-cu",
                Name = "Mô hình đăng ký năm trước",
                OwnerId = "huyen-uy",
                Kind = ModelKind.Model,
                Lifecycle = [new(LifecycleStage.Registered, new LocalDate(2022, 11, 1)), new(LifecycleStage.Launched, D(1, 5))],
            },
            new EmulationModel
            {
                Id = "mh-ban-sao",
                Name = "Bản sao có mô hình gốc",
                OwnerId = "huyen-uy",
                Kind = ModelKind.Model,
                OriginId = "mh-0",
                Lifecycle = [new(LifecycleStage.Launched, D(10, 1))],
            });
        return builder.Build();
    }

    private static ReportTable Run(Measure[] measures, params Dimension[] groupBy)
        => new ReportEngine(Province()).Run(new ReportQuery { Root = "tinh-uy", Period = Year, GroupBy = [.. groupBy], Measures = [.. measures] });

    [Fact]
    public void A_replicated_event_counts_as_a_replication_even_without_an_origin()
    {
        var table = Run([Measure.ReplicatedModels, Measure.LaunchedModels], Dimension.Quarter);

        // The 16 "nhân rộng" events, and the replica that names its origin and starts on 01/10/2023.
        Assert.Equal(17, table.ValueOf(table.Total, Measure.ReplicatedModels).Count);
        Assert.Equal(16, table.ValueOf(table.Find("2023Q3")!, Measure.ReplicatedModels).Count);
        Assert.Equal(1, table.ValueOf(table.Find("2023Q4")!, Measure.ReplicatedModels).Count);
        Assert.Equal(0, table.ValueOf(table.Find("2023Q1")!, Measure.ReplicatedModels).Count);
        Assert.Equal(82, table.ValueOf(table.Total, Measure.LaunchedModels).Count);
    }

    [Fact]
    public void A_replica_that_begins_with_its_replicated_event_counts_once()
    {
        var model = new EmulationModel
        {
            Id = "mh",
            Name = "Bản sao",
            OwnerId = "xa",
            Kind = ModelKind.Model,
            OriginId = "goc",
            Lifecycle = [new(LifecycleStage.Replicated, D(5, 1))],
        };
        var dataset = new DatasetBuilder().Add(new Unit { Id = "xa", Name = "Xã", Kind = UnitKind.Commune }).Add(model).Build();

        var table = new ReportEngine(dataset).Run(new ReportQuery { Root = "xa", Period = Year, Measures = [Measure.ReplicatedModels] });

        Assert.Equal(1, table.ValueOf(table.Total, Measure.ReplicatedModels).Count);
    }

    [Fact]
    public void Models_registered_in_the_year_are_counted_by_the_unit_they_are_committed_to()
    {
        var table = Run([Measure.RegisteredModels], Dimension.CommittedTo);

        Assert.Equal(80, table.ValueOf(table.Total, Measure.RegisteredModels).Count);
        var committed = table.Find("ban-thuong-vu")!;
        Assert.Equal("Ban Thường vụ Tỉnh ủy", committed.Keys[0].Label.Vietnamese);
        Assert.Equal(10, table.ValueOf(committed, Measure.RegisteredModels).Count);
        Assert.Equal(70, table.ValueOf(table.Find("")!, Measure.RegisteredModels).Count);
        Assert.Equal(["ban-thuong-vu", ""], table.Rows.Select(r => r.Keys[0].Key));
        var byQuarter = Run([Measure.RegisteredModels], Dimension.Quarter);
        Assert.Equal([80L, 0L, 0L, 0L], byQuarter.Rows.Select(r => byQuarter.ValueOf(r, Measure.RegisteredModels).Count!.Value));
    }

    [Fact]
    public void Eighty_registered_and_ten_committed_reconcile_and_a_wrong_count_does_not()
    {
        var report = new Reconciler(Province()).Reconcile(
        [
            new StatedModelCount("80 mô hình đăng ký trong năm", "tinh-uy", 80) { Stage = LifecycleStage.Registered, Period = Year },
            new StatedModelCount("10 mô hình đăng ký cam kết với Ban Thường vụ Tỉnh ủy", "tinh-uy", 10)
                { Stage = LifecycleStage.Registered, Period = Year, CommittedTo = "ban-thuong-vu" },
            new StatedModelCount("10 mô hình cam kết với cấp trên", "tinh-uy", 10) { CommittedOnly = true },
            new StatedModelCount("16 mô hình nhân rộng", "tinh-uy", 16) { Stage = LifecycleStage.Replicated, Period = Year },
        ]);

        Assert.Equal(["DK803", "DK803", "DK803", "DK804"], report.Findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        var replicated = report.Findings.Single(f => f.Code == "DK804");
        Assert.Equal((16L, 17L), ((long)replicated.Arguments["stated"]!, (long)replicated.Arguments["computed"]!));
        var committed = report.Findings.Single(f => f.Message.Vietnamese.StartsWith("10 mô hình đăng ký cam kết", StringComparison.Ordinal));
        Assert.Equal(
            "10 mô hình đăng ký cam kết với Ban Thường vụ Tỉnh ủy: số mô hình đăng ký trong năm 2023 cam kết với Ban Thường vụ Tỉnh ủy báo cáo nêu là 10, dữ liệu có 10, khớp.",
            committed.Message.Vietnamese);
        Assert.Contains("number of models registered in 2023 committed to Ban Thường vụ Tỉnh ủy", committed.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_and_committed_are_among_the_measures_and_dimensions_offered_everywhere()
    {
        Assert.Contains(Measure.RegisteredModels, Measure.BuiltIn);
        Assert.Equal("registered-models", Measure.RegisteredModels.Code);
        Assert.Equal("committed-to", Dimension.CommittedTo.Code);
        Assert.Equal(Severity.Info, ReconciliationRules.CountReconciles.DefaultSeverity);
    }
}
