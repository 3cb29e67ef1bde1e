using DomainKit.Aggregation;
using DomainKit.Tests.Aggregation;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Tests;

// The README's "Reports on the map of a date" snippet, run on the 2025 reorganisation fixture whose units it shows.
public sealed class ReadmeMapTests
{
    [Fact]
    public void The_readme_map_snippet_reports_the_same_total_as_recorded_on_the_new_map_and_with_former_units_apart()
    {
        var dataset = Reorganisation2025.Build();
        var engine = new ReportEngine(dataset);
        var query = new ReportQuery { Root = "ca-nuoc", Period = Reorganisation2025.Year2023, Measures = [Measure.Contributions], GroupBy = [Dimension.ChildOfRoot] };

        Assert.Equal("Huyện A1", dataset.OrganisationTreeOn(new LocalDate(2023, 6, 1)).ParentOf("xa-a1-1")!.Name);
        Assert.Equal("Tỉnh C", dataset.OrganisationTreeOn(new LocalDate(2026, 1, 1)).ParentOf("xa-a1-1")!.Name);
        var asRecorded = engine.Run(query with { Basis = UnitBasis.AsRecorded });
        var onNewMap = engine.Run(query with { Root = "tinh-c", Basis = UnitBasis.On(new LocalDate(2026, 1, 1)) });
        var apart = engine.Run(query with { Root = "tinh-c", Basis = UnitBasis.OnSplittingFormerUnits(new LocalDate(2026, 1, 1)) });

        var total = asRecorded.ValueOf(asRecorded.Total, Measure.Contributions);
        Assert.Equal(total, onNewMap.ValueOf(onNewMap.Total, Measure.Contributions));
        Assert.Equal(total, apart.ValueOf(apart.Total, Measure.Contributions));
        Assert.Contains(apart.Rows, r => r.Keys[0].Label.Vietnamese == "Xã A1-2 (cũ)");
        Assert.Equal(new UnitId("phuong-bac"), dataset.FindUnit("phuong-b1-1")!.PrimarySuccessorId);
        Assert.Equal("Phường Bắc", dataset.FindUnitOn("phuong-b1-1", new LocalDate(2026, 1, 1))!.Name);
        Assert.Equal("Tỉnh C", dataset.FindUnitOn("huyen-a1", new LocalDate(2026, 1, 1))!.Name);
        Assert.Equal("Xã A1-2", dataset.FindUnitOn("xa-a1-2", new LocalDate(2023, 1, 1))!.Name);
        Assert.Null(dataset.FindUnitOn("khong-co", new LocalDate(2026, 1, 1)));
    }
}
