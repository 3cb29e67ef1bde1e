using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Tests.Validation;
using NodaTime;

namespace DomainKit.Tests.Aggregation;

public sealed class IndicatorEngineTests
{
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2023);
    private static readonly Form Yearly = new("yearly", new("Báo cáo năm", "Yearly report"), PeriodKind.Year,
        new FormItem("models-launched", "field-root"), new FormItem("money-raised"), new FormItem("study-participants"), new FormItem("study-eligible"),
        new FormItem("study-rate"), new FormItem("roads-lit"));

    // tinh ─┬─ huyen-a ─┬─ xa-a1
    //       │           └─ xa-a2
    //       └─ huyen-b ─── xa-b1
    private static Dataset Map(params EmulationModel[] models) => new DatasetBuilder()
        .Add(Unit("tinh", null, UnitKind.Province), Unit("huyen-a", "tinh", UnitKind.District), Unit("huyen-b", "tinh", UnitKind.District),
            Unit("xa-a1", "huyen-a", UnitKind.Commune), Unit("xa-a2", "huyen-a", UnitKind.Commune), Unit("xa-b1", "huyen-b", UnitKind.Commune))
        .Add(models)
        .Build();

    private static Unit Unit(string id, string? parent, UnitKind kind)
        => new() { Id = id, Name = "Tên " + id, Kind = kind, ParentId = parent is null ? null : new UnitId(parent) };

    private static Submission Filed(string unit, params SubmittedFigure[] figures)
        => new() { Key = new SubmissionKey(unit, "yearly", Year), Figures = [.. figures] };

    private static SubmittedFigure Count(string indicator, long value, params FigureKey[] keys) => new(indicator, FigureValue.OfCount(value)) { Keys = [.. keys] };

    private static SubmittedFigure Stated(string indicator, string text, IndicatorKind kind)
        => new(indicator, FigureValue.Read(text, kind, TextCulture.Vietnamese).Value);

    private static IndicatorTable Run(Dataset dataset, IEnumerable<Submission> submissions, FigureSources sources = FigureSources.Both, UnitBasis? basis = null)
        => new IndicatorEngine(dataset, new SubmissionSet(submissions, forms: [Yearly]), TestClock.On(new LocalDate(2024, 1, 10)))
            .Run(new IndicatorQuery { Root = "tinh", Period = Year, FormCode = "yearly", Sources = sources, Basis = basis ?? UnitBasis.AsRecorded });

    private static string Cell(IndicatorTable table, string indicator, string unit, params FigureKey[] keys)
        => table.CellOf(table.Find(indicator, keys)!, unit).ToString(TextCulture.Vietnamese);

    [Fact]
    public void The_units_figures_add_up_to_their_districts_and_the_province()
    {
        var table = Run(Map(), [Filed("xa-a1", Count("models-launched", 3)), Filed("xa-a2", Count("models-launched", 4)), Filed("xa-b1", Count("models-launched", 5))]);

        Assert.Equal("7", Cell(table, "models-launched", "huyen-a"));
        Assert.Equal("5", Cell(table, "models-launched", "huyen-b"));
        var total = IndicatorTable.TotalOf(table.Find("models-launched")!);
        Assert.Equal(12, total.Count!.Value.Min);
        Assert.True(total.IsExact);
        Assert.Equal(FigureSources.Submissions, total.Source);
        Assert.Equal(["xa-a1", "xa-a2", "xa-b1"], total.SubmittedBy.Select(u => u.Value));
        Assert.Empty(table.Findings);
        Assert.Equal(["Tên huyen-a", "Tên huyen-b", "Tên tinh"], table.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Runs_of_one_engine_side_by_side_give_the_tables_each_gives_alone()
    {
        var submissions = new SubmissionSet(
            [Filed("xa-a1", Count("models-launched", 3), Stated("money-raised", "trên 730 triệu", IndicatorKind.Money)),
             Filed("xa-a2", Count("models-launched", 4)), Filed("xa-b1", Count("models-launched", 5), Count("study-participants", 40), Count("study-eligible", 50))],
            forms: [Yearly]);
        var roots = new[] { "tinh", "huyen-a", "huyen-b", "xa-a1" };
        string Describe(IndicatorTable table) => string.Join("\n", table.Lines.Select(l => string.Join(" | ",
            l.Cells.Select(c => $"{c.ToString(TextCulture.Vietnamese)} [{string.Join(",", c.SubmittedBy)}]"))));
        IndicatorQuery Query(string root) => new() { Root = root, Period = Year, FormCode = "yearly", Sources = FigureSources.Submissions };
        var alone = roots.ToDictionary(r => r, r => Describe(new IndicatorEngine(Map(), submissions, TestClock.On(new LocalDate(2024, 1, 10))).Run(Query(r))));
        var shared = new IndicatorEngine(Map(), submissions, TestClock.On(new LocalDate(2024, 1, 10)));

        var together = new string[400];
        Parallel.For(0, together.Length, i => together[i] = Describe(shared.Run(Query(roots[i % roots.Length]))));

        Assert.All(Enumerable.Range(0, together.Length), i => Assert.Equal(alone[roots[i % roots.Length]], together[i]));
        Assert.Contains("trên 730 triệu", alone["tinh"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_nobody_reported_is_empty_not_zero()
    {
        var table = Run(Map(), [Filed("xa-a1", Count("models-launched", 3))]);

        Assert.Equal("–", Cell(table, "models-launched", "huyen-b"));
        Assert.False(table.CellOf(table.Find("money-raised")!, "tinh").HasValue);
        Assert.Equal(FigureSources.None, table.CellOf(table.Find("money-raised")!, "tinh").Source);
        Assert.Null(table.CellOf(table.Find("money-raised")!, "tinh").Money);
    }

    [Fact]
    public void Where_every_unit_reported_their_sum_stands_and_a_district_total_that_disagrees_is_a_finding()
    {
        var table = Run(Map(),
        [
            Filed("huyen-a", Count("models-launched", 9)),
            Filed("xa-a1", Count("models-launched", 3)), Filed("xa-a2", Count("models-launched", 4)),
            Filed("huyen-b", Count("models-launched", 5)), Filed("xa-b1", Count("models-launched", 5)),
        ]);

        Assert.Equal("7", Cell(table, "models-launched", "huyen-a"));
        Assert.Equal("12", Cell(table, "models-launched", "tinh"));
        var finding = Assert.Single(table.Findings);
        Assert.Equal("DK831", finding.Code);
        Assert.Equal(new LocalizedText("9", "9"), finding.Arguments["stated"]);
        Assert.Equal(new LocalizedText("7", "7"), finding.Arguments["computed"]);
        Assert.Contains("-2", finding.Message.English);
        Assert.Contains("Tên huyen-a báo cáo Mô hình ra mắt mới là 9", finding.Message.Vietnamese);
    }

    [Fact]
    public void A_district_total_that_agrees_with_its_communes_is_not_counted_twice()
    {
        var table = Run(Map(),
        [
            Filed("huyen-a", Count("models-launched", 7)), Filed("xa-a1", Count("models-launched", 3)), Filed("xa-a2", Count("models-launched", 4)),
            Filed("tinh", Count("models-launched", 12)), Filed("xa-b1", Count("models-launched", 5)),
        ]);

        Assert.Equal("12", Cell(table, "models-launched", "tinh"));
        Assert.Empty(table.Findings);
    }

    [Fact]
    public void Where_only_some_units_reported_the_districts_own_total_stands_for_the_rest()
    {
        var table = Run(Map(), [Filed("huyen-a", Count("models-launched", 10)), Filed("xa-a1", Count("models-launched", 3)), Filed("xa-b1", Count("models-launched", 5))]);

        Assert.Equal("10", Cell(table, "models-launched", "huyen-a"));
        Assert.Equal(["huyen-a"], table.CellOf(table.Find("models-launched")!, "huyen-a").SubmittedBy.Select(u => u.Value));
        Assert.Equal("15", Cell(table, "models-launched", "tinh"));
        Assert.Empty(table.Findings);
    }

    [Fact]
    public void Units_that_alone_report_more_than_their_districts_total_are_a_finding()
    {
        var table = Run(Map(), [Filed("huyen-a", Count("models-launched", 2)), Filed("xa-a1", Count("models-launched", 3))]);

        var finding = Assert.Single(table.Findings);
        Assert.Equal("DK832", finding.Code);
        Assert.Contains("ít nhất 1", finding.Message.Vietnamese);
        Assert.Equal("2", Cell(table, "models-launched", "huyen-a"));
    }

    [Fact]
    public void A_sum_with_an_amount_over_a_figure_is_itself_over_its_lower_bound()
    {
        var table = Run(Map(), [Filed("xa-a1", Stated("money-raised", "trên 730 triệu", IndicatorKind.Money)), Filed("xa-b1", Stated("money-raised", "12.345.678 đồng", IndicatorKind.Money))]);

        var total = IndicatorTable.TotalOf(table.Find("money-raised")!);
        Assert.False(total.IsExact);
        Assert.Null(total.Money!.Value.Max);
        Assert.StartsWith("trên 742 triệu", total.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void Amounts_rounded_to_a_hundred_million_add_up_to_an_about_figure()
    {
        var table = Run(Map(), [Filed("xa-a1", Stated("money-raised", "2,5 tỷ", IndicatorKind.Money)), Filed("xa-b1", Stated("money-raised", "1,2 tỷ", IndicatorKind.Money))]);

        var total = IndicatorTable.TotalOf(table.Find("money-raised")!);
        Assert.StartsWith("khoảng 3,7 tỷ", total.ToString(TextCulture.Vietnamese));
        Assert.True(total.Money!.Value.Contains(new Dong(3_649_999_998)));
    }

    [Fact]
    public void Records_give_the_figure_where_nobody_submitted_it()
    {
        var dataset = Map(Launched("m1", "xa-a1"), Launched("m2", "xa-a2"));

        var table = Run(dataset, []);

        var cell = table.CellOf(table.Find("models-launched")!, "huyen-a");
        Assert.Equal("2", cell.ToString(TextCulture.Vietnamese));
        Assert.Equal(FigureSources.Records, cell.Source);
        Assert.Empty(cell.SubmittedBy);
        // No model is recorded under huyen-b: its figure is not recorded, not zero.
        Assert.Equal("–", Cell(table, "models-launched", "huyen-b"));
    }

    [Fact]
    public void A_submitted_figure_stands_over_the_records_and_a_difference_is_a_finding()
    {
        var dataset = Map(Launched("m1", "xa-a1"), Launched("m2", "xa-a2"));

        var table = Run(dataset, [Filed("xa-a1", Count("models-launched", 3)), Filed("xa-a2", Count("models-launched", 4))]);

        var cell = table.CellOf(table.Find("models-launched")!, "huyen-a");
        Assert.Equal("7", cell.ToString(TextCulture.Vietnamese));
        Assert.Equal(FigureSources.Both, cell.Source);
        Assert.Contains(table.Findings, f => f.Code == "DK833" && f.Entity == DomainKit.Validation.EntityRef.ForUnit("huyen-a"));
        Assert.DoesNotContain(Run(dataset, [Filed("xa-a1", Count("models-launched", 1)), Filed("xa-a2", Count("models-launched", 1))]).Findings, f => f.Code == "DK833");
    }

    [Fact]
    public void A_query_of_submissions_alone_does_not_read_the_records()
    {
        var table = Run(Map(Launched("m1", "xa-a1")), [], FigureSources.Submissions);

        Assert.Equal("–", Cell(table, "models-launched", "huyen-a"));
    }

    [Fact]
    public void A_rate_is_recomputed_from_the_counts_and_a_stated_rate_is_checked_against_its_own_counts()
    {
        var table = Run(Map(),
        [
            Filed("xa-a1", Count("study-participants", 2401), Count("study-eligible", 2440), Stated("study-rate", "98,4%", IndicatorKind.Rate)),
            Filed("xa-b1", Count("study-participants", 58), Count("study-eligible", 60), Stated("study-rate", "98,4%", IndicatorKind.Rate)),
        ]);

        Assert.Equal("98,4%", Cell(table, "study-rate", "huyen-a"));
        var total = IndicatorTable.TotalOf(table.Find("study-rate")!);
        Assert.Equal(Rate.Of(2459, 2500), total.Rate!.Value.Lowest);
        var finding = Assert.Single(table.Findings);
        Assert.Equal("DK834", finding.Code);
        Assert.Equal(DomainKit.Validation.EntityRef.ForUnit("xa-b1"), finding.Entity);
    }

    [Fact]
    public void A_rate_stated_without_its_counts_is_shown_as_stated()
    {
        var table = Run(Map(), [Filed("huyen-b", Stated("study-rate", "96,7%", IndicatorKind.Rate))]);

        var cell = table.CellOf(table.Find("study-rate")!, "huyen-b");
        Assert.Equal("96,7%", cell.ToString(TextCulture.Vietnamese));
        Assert.NotNull(cell.StatedRate);
        Assert.False(IndicatorTable.TotalOf(table.Find("study-rate")!).HasValue);
    }

    [Fact]
    public void Breakdowns_reported_get_lines_of_their_own_after_the_total()
    {
        var economy = new FigureKey("field-root", "economy");
        var table = Run(Map(), [Filed("xa-a1", Count("models-launched", 3), Count("models-launched", 2, economy)), Filed("xa-b1", Count("models-launched", 1, economy))]);

        var lines = table.Lines.Where(l => l.Indicator.Code == "models-launched").ToList();
        Assert.Equal(2, lines.Count);
        Assert.Empty(lines[0].Keys);
        Assert.Equal("3", Cell(table, "models-launched", "tinh", economy));
        Assert.Equal("3", Cell(table, "models-launched", "tinh"));
    }

    [Fact]
    public void A_figure_of_an_unknown_indicator_or_of_the_wrong_kind_is_named_not_dropped()
    {
        var table = Run(Map(),
        [
            Filed("xa-a1", Count("no-such", 1), new SubmittedFigure("money-raised", FigureValue.OfCount(5)), Count("models-launched", 2)),
        ]);

        Assert.Equal(2, table.Findings.Count(f => f.Code == "DK835"));
        Assert.Equal("2", Cell(table, "models-launched", "tinh"));
        Assert.False(IndicatorTable.TotalOf(table.Find("money-raised")!).HasValue);
    }

    [Fact]
    public void Quantities_in_another_unit_of_measure_are_named_not_added()
    {
        var table = Run(Map(),
        [
            Filed("xa-a1", Stated("roads-lit", "12,5 km", IndicatorKind.Quantity)),
            Filed("xa-a2", Stated("roads-lit", "300 m", IndicatorKind.Quantity)),
            Filed("xa-b1", Stated("roads-lit", "2 km", IndicatorKind.Quantity)),
        ]);

        Assert.Equal("14,5 km", Cell(table, "roads-lit", "tinh"));
    }

    [Fact]
    public void A_submission_from_a_unit_not_on_the_map_is_named()
    {
        var table = Run(Map(), [Filed("xa-khong-co", Count("models-launched", 4))]);

        var finding = Assert.Single(table.Findings);
        Assert.Equal("DK836", finding.Code);
        Assert.False(IndicatorTable.TotalOf(table.Find("models-launched")!).HasValue);
    }

    [Fact]
    public void A_merged_communes_figures_count_in_the_commune_it_joined()
    {
        var dataset = new DatasetBuilder()
            .Add(Unit("tinh", null, UnitKind.Province), Unit("huyen-a", "tinh", UnitKind.District),
                Unit("xa-moi", "huyen-a", UnitKind.Commune) with { ValidFrom = new LocalDate(2023, 7, 1) },
                Unit("xa-cu", "huyen-a", UnitKind.Commune) with { ValidTo = new LocalDate(2023, 6, 30), PrimarySuccessorId = "xa-moi", Successors = ["xa-moi"] })
            .Build();

        var table = Run(dataset, [Filed("xa-cu", Count("models-launched", 2)), Filed("xa-moi", Count("models-launched", 3))], basis: UnitBasis.On(new LocalDate(2023, 12, 31)));

        Assert.Equal("5", Cell(table, "models-launched", "tinh"));
        Assert.Empty(table.Findings);
    }

    [Fact]
    public void A_query_without_a_form_or_indicators_or_with_unknown_ones_is_misuse()
    {
        var engine = new IndicatorEngine(Map(), SubmissionSet.Empty);
        Assert.Throws<ArgumentException>(() => engine.Run(new IndicatorQuery { Root = "tinh", Period = Year }));
        Assert.Throws<ArgumentException>(() => engine.Run(new IndicatorQuery { Root = "tinh", Period = Year, FormCode = "nope" }));
        Assert.Throws<ArgumentException>(() => engine.Run(new IndicatorQuery { Root = "tinh", Period = Year, IndicatorCodes = ["nope"] }));
        Assert.Throws<ArgumentException>(() => engine.Run(new IndicatorQuery { Root = "nowhere", Period = Year, IndicatorCodes = ["gifts"] }));
        Assert.Throws<ArgumentNullException>(() => engine.Run(null!));
        Assert.Throws<ArgumentNullException>(() => new IndicatorEngine(null!, SubmissionSet.Empty));
    }

    [Fact]
    public void The_table_reads_as_text_with_a_column_for_each_district_and_the_total()
    {
        var table = Run(Map(), [Filed("xa-a1", Count("models-launched", 3))]);

        var text = table.ToString(TextCulture.Vietnamese);
        Assert.StartsWith("Chỉ tiêu | Tên huyen-a | Tên huyen-b | Tổng cộng", text);
        Assert.Contains("Mô hình ra mắt mới | 3 | – | 3", text);
        Assert.Equal(Instant.FromUtc(2024, 1, 10, 5, 0), table.GeneratedAt);
    }

    private static Submission HalfYear(string unit, int half, params SubmittedFigure[] figures)
        => new() { Key = new SubmissionKey(unit, "half", ReportingPeriod.HalfYear(2023, half)), Figures = [.. figures] };

    private static IndicatorTable RunYear(IEnumerable<Submission> submissions)
    {
        var form = new Form("half", new("Sơ kết", "Half-year"), PeriodKind.HalfYear, new FormItem("money-raised"), new FormItem("models-active"), new FormItem("study-rate"));
        return new IndicatorEngine(Map(), new SubmissionSet(submissions, forms: [form]), TestClock.On(new LocalDate(2024, 1, 10)))
            .Run(new IndicatorQuery { Root = "tinh", Period = Year, FormCode = "half" });
    }

    [Fact]
    public void A_flow_over_a_year_adds_up_the_half_years()
    {
        var table = RunYear([HalfYear("xa-a1", 1, new SubmittedFigure("money-raised", FigureValue.OfMoney(new Dong(300_000_000)))),
            HalfYear("xa-a1", 2, new SubmittedFigure("money-raised", FigureValue.OfMoney(new Dong(200_000_000))))]);

        Assert.Equal(new Dong(500_000_000), IndicatorTable.TotalOf(table.Find("money-raised")!).Money!.Value.Min);
        Assert.True(IndicatorTable.TotalOf(table.Find("money-raised")!).IsExact);
    }

    [Fact]
    public void A_flow_known_for_half_the_year_is_only_a_lower_bound_for_the_year()
    {
        var table = RunYear([HalfYear("xa-a1", 1, new SubmittedFigure("money-raised", FigureValue.OfMoney(new Dong(300_000_000))))]);

        var total = IndicatorTable.TotalOf(table.Find("money-raised")!);
        Assert.Equal(new Dong(300_000_000), total.Money!.Value.Min);
        Assert.Null(total.Money!.Value.Max);
        Assert.StartsWith("trên", total.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public void A_stock_over_a_year_is_the_figure_at_its_end_never_a_sum()
    {
        var both = RunYear([HalfYear("xa-a1", 1, Count("models-active", 40)), HalfYear("xa-a1", 2, Count("models-active", 51))]);
        var firstHalfOnly = RunYear([HalfYear("xa-a1", 1, Count("models-active", 40))]);

        Assert.Equal("51", Cell(both, "models-active", "tinh"));
        Assert.Equal("–", Cell(firstHalfOnly, "models-active", "tinh"));
    }

    [Fact]
    public void A_rate_is_never_combined_over_time()
    {
        var table = RunYear([HalfYear("xa-a1", 1, Stated("study-rate", "90%", IndicatorKind.Rate)), HalfYear("xa-a1", 2, Stated("study-rate", "95%", IndicatorKind.Rate))]);

        Assert.Equal("–", Cell(table, "study-rate", "huyen-a"));
    }

    private static EmulationModel Launched(string id, string owner) => new()
    {
        Id = id,
        Name = id,
        OwnerId = owner,
        Kind = ModelKind.Model,
        Field = ModelField.Economy,
        Lifecycle = [new LifecycleEvent(LifecycleStage.Launched, new LocalDate(2023, 3, 1))],
    };
}
