using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Tests.Money;
using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Aggregation;

/// <summary>
/// The roll-up of submitted figures over random maps: a figure is never counted twice, whichever levels also state
/// their totals, and a total of approximate figures holds every sum the figures allow.
/// </summary>
public sealed class IndicatorRollupProperties
{
    private static readonly ReportingPeriod Year = ReportingPeriod.Year(2023);
    private static readonly Form Yearly = new("yearly", new("Báo cáo năm", "Yearly report"), PeriodKind.Year, new FormItem("gifts"));

    // A province over one to four districts of zero to four communes each: the commune counts of each district.
    private static readonly Gen<int[]> Shapes = Gen.Choose(1, 4).SelectMany(districts => Gen.ArrayOf(Gen.Choose(0, 4), districts));

    private static Dataset MapOf(int[] shape)
    {
        var builder = new DatasetBuilder().Add(new Unit { Id = "p", Name = "p", Kind = UnitKind.Province });
        for (var d = 0; d < shape.Length; d++)
        {
            builder.Add(new Unit { Id = $"d{d}", Name = $"d{d}", Kind = UnitKind.District, ParentId = "p" });
            for (var c = 0; c < shape[d]; c++)
            {
                builder.Add(new Unit { Id = $"d{d}c{c}", Name = $"d{d}c{c}", Kind = UnitKind.Commune, ParentId = $"d{d}" });
            }
        }
        return builder.Build();
    }

    // The lowest units: the communes, and the districts that have none.
    private static IEnumerable<string> Leaves(int[] shape)
        => Enumerable.Range(0, shape.Length).SelectMany(d => shape[d] == 0 ? [$"d{d}"] : Enumerable.Range(0, shape[d]).Select(c => $"d{d}c{c}"));

    private static Submission Filed(string unit, FigureValue value)
        => new() { Key = new SubmissionKey(unit, "yearly", Year), Figures = [new SubmittedFigure("gifts", value)] };

    private static IndicatorCell Total(Dataset map, IEnumerable<Submission> submissions, out IndicatorTable table)
    {
        table = new IndicatorEngine(map, new SubmissionSet(submissions, forms: [Yearly]), Validation.TestClock.On(new NodaTime.LocalDate(2024, 1, 1)))
            .Run(new IndicatorQuery { Root = "p", Period = Year, FormCode = "yearly" });
        return IndicatorTable.TotalOf(table.Find("gifts")!);
    }

    [Property(MaxTest = 300)]
    public Property A_roll_up_with_every_levels_totals_equals_the_roll_up_of_the_lowest_figures_alone()
    {
        var cases = from shape in Shapes
                    from values in Gen.ArrayOf(Gen.Choose(0, 1000), Leaves(shape).Count())
                    from districtsState in Gen.ArrayOf(Gen.Elements(true, false), shape.Length)
                    from provinceStates in Gen.Elements(true, false)
                    select (shape, values, districtsState, provinceStates);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (shape, values, districtsState, provinceStates) = c;
            var map = MapOf(shape);
            var leaves = Leaves(shape).Zip(values).ToDictionary(p => p.First, p => (long)p.Second);
            var lowest = leaves.Select(l => Filed(l.Key, FigureValue.OfCount(l.Value))).ToList();
            var withTotals = new List<Submission>(lowest);
            for (var d = 0; d < shape.Length; d++)
            {
                if (districtsState[d] && shape[d] > 0)
                {
                    withTotals.Add(Filed($"d{d}", FigureValue.OfCount(leaves.Where(l => l.Key.StartsWith($"d{d}c", StringComparison.Ordinal)).Sum(l => l.Value))));
                }
            }
            if (provinceStates)
            {
                withTotals.Add(Filed("p", FigureValue.OfCount(leaves.Values.Sum())));
            }

            var alone = Total(map, lowest, out _);
            var both = Total(map, withTotals, out var table);

            return (alone.Count == both.Count && both.Count!.Value.Min == leaves.Values.Sum() && both.IsExact && table.Findings.IsEmpty)
                .Label($"lowest {alone}, with totals {both}, findings {table.Findings.Length}");
        });
    }

    [Property(MaxTest = 500)]
    public Property The_one_pass_roll_up_equals_the_figure_by_figure_one()
    {
        // Any unit may file: mostly the lowest ones, sometimes a district or the province with a total of its own
        // (then lines are not stated by units apart from each other), counts and amounts exact or approximate,
        // amounts sometimes below 0, some lines by some units only; read in one pass whole or in chunks side by side.
        var cases = from shape in Shapes
                    let units = new[] { "p" }.Concat(Enumerable.Range(0, shape.Length).Select(d => $"d{d}")).Concat(Leaves(shape)).Distinct().ToArray()
                    let leaves = Leaves(shape).ToHashSet()
                    from files in Gen.ArrayOf(Gen.Choose(0, 3), units.Length)
                    from gifts in Gen.ArrayOf(StatedFigureGen.Count, units.Length)
                    from money in Gen.ArrayOf(StatedFigureGen.Dong.Zip(Gen.Elements(true, false)), units.Length)
                    from study in Gen.ArrayOf(Gen.Choose(0, 50).Zip(Gen.Choose(0, 50)).Zip(Gen.Choose(-1, 100)), units.Length)
                    from root in Gen.Elements(units.Take(1 + shape.Length).ToArray())
                    select (shape, units, leaves, files, gifts, money, study, root);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (shape, units, leaves, files, gifts, money, study, root) = c;
            var submissions = new List<Submission>();
            for (var u = 0; u < units.Length; u++)
            {
                if (files[u] == 0 || (!leaves.Contains(units[u]) && files[u] < 3))
                {
                    continue;
                }
                List<SubmittedFigure> figures = [new SubmittedFigure("gifts", FigureValue.Of(gifts[u]))];
                if (money[u].Item2)
                {
                    figures.Add(new SubmittedFigure("money-raised", FigureValue.Of(money[u].Item1)));
                }
                // Some units break a figure down, so that some subtrees have a breakdown and others not.
                if (files[u] == 2)
                {
                    figures.Add(new SubmittedFigure("models-launched", FigureValue.Of(gifts[u])) { Keys = [new FigureKey("field-root", "economy")] });
                }
                // Some units state who studied, of how many, and the share they make, which may not agree.
                var ((studied, eligible), percent) = study[u];
                if (percent >= 0)
                {
                    figures.Add(new SubmittedFigure("study-participants", FigureValue.OfCount(studied)));
                    figures.Add(new SubmittedFigure("study-eligible", FigureValue.OfCount(studied + eligible)));
                    figures.Add(new SubmittedFigure("study-rate", FigureValue.Read($"{percent}%", IndicatorKind.Rate, Text.TextCulture.Vietnamese).Value));
                }
                submissions.Add(new Submission { Key = new SubmissionKey(units[u], "both", Year), Figures = [.. figures] });
            }
            var map = MapOf(shape);
            var set = new SubmissionSet(submissions, forms: [Both]);
            var query = new IndicatorQuery { Root = root, Period = Year, FormCode = "both" };

            var clock = Validation.TestClock.On(new NodaTime.LocalDate(2024, 1, 1));
            var onePass = Describe(new IndicatorEngine(map, set, clock) { OnePassChunks = 1 }, query);
            var inChunks = Describe(new IndicatorEngine(map, set, clock) { OnePassChunks = 3, OnePassChunkSize = 1 }, query);
            var byFigure = Describe(new IndicatorEngine(map, set, clock) { OnePass = false }, query);

            return (onePass == byFigure && inChunks == byFigure)
                .Label($"one pass:\n{onePass}\nin chunks:\n{inChunks}\nfigure by figure:\n{byFigure}");
        });
    }

    private static readonly Form Both = new("both", new("Báo cáo năm", "Yearly report"), PeriodKind.Year,
        new FormItem("gifts"), new FormItem("money-raised"), new FormItem("study-participants"), new FormItem("study-eligible"), new FormItem("study-rate"),
        new FormItem("models-launched", "field-root"));

    // Every cell (its range, exactness, source, units) and every finding, or the overflow a sum ran into.
    private static string Describe(IndicatorEngine engine, IndicatorQuery query)
    {
        try
        {
            var table = engine.Run(query);
            var cells = table.Lines.SelectMany(l => l.Cells.Select(cell =>
                $"{l.Indicator.Code}[{string.Join(",", l.Keys)}]: {cell.ToString(Text.TextCulture.English)} {Bounds(cell)} {cell.IsExact} {cell.Source} [{string.Join(",", cell.SubmittedBy)}]"));
            return string.Join("\n", cells.Concat(table.Findings.Select(f => f.ToString())));
        }
        catch (OverflowException)
        {
            return "overflow";
        }

        static string Bounds(IndicatorCell cell)
            => cell.Count is { } count ? $"{count.Min}..{count.Max}" : cell.Money is { } amount ? $"{amount.Min}..{amount.Max}"
                : cell.Rate is { } rate ? $"{rate.Lowest}..{rate.Highest}" : cell.StatedRate is { } stated ? $"{stated}" : "-";
    }

    [Property(MaxTest = 300)]
    public Property The_total_of_approximate_figures_holds_every_sum_the_figures_allow()
    {
        var cases = from shape in Shapes
                    from parts in Gen.ArrayOf(StatedFigureGen.Count.Zip(StatedFigureGen.Pick), Leaves(shape).Count())
                    select (shape, parts);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (shape, parts) = c;
            var submissions = Leaves(shape).Zip(parts).Select(p => Filed(p.First, FigureValue.Of(p.Second.Item1))).ToList();
            Int128 chosen = 0;
            foreach (var (stated, pick) in parts)
            {
                var (min, max) = stated.ConsistentRange;
                chosen += StatedFigureGen.Choose(min, max, stated.Resolution, pick);
            }

            var total = Total(MapOf(shape), submissions, out _).Count!.Value;

            return (total.Min <= chosen && (total.Max is not { } top || chosen <= top))
                .Label($"total {total} ({total.Min}..{total.Max}), a consistent sum {chosen}");
        });
    }
}
