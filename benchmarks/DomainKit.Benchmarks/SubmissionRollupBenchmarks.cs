using BenchmarkDotNet.Attributes;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Submissions;
using DomainKit.Units;
using NodaTime;
using NodaTime.Testing;

namespace DomainKit.Benchmarks;

/// <summary>
/// The national roll-up of one form and half-year over <see cref="NationalSubmissions"/> (50,000 Party cells, 40
/// figures each every half-year for five years: 20,000,000 figures), by province and line of the form: DomainKit's
/// <see cref="IndicatorEngine"/> (honest ranges, precedence, the sources of each cell) against DuckDB in memory doing
/// the same grouping (the nominal sum and whether some figure had no upper bound) over the same figures as a table,
/// and the floor, a bare loop that adds the half-year's figures into a slot per province and line. And the
/// completeness of the same form and half-year (who filed, on time or late), against LINQ over the days filed. Every
/// set-up runs what it times first and checks it against the figures as generated.
/// </summary>
[MemoryDiagnoser]
public class SubmissionRollupBenchmarks
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 0, 0);

    private int[] slots = [];
    private long[] values = [];
    private int slotCount;
    private IndicatorEngine? engine;
    private CompletenessEngine? completeness;
    private DuckDbFigures? duckDb;
    private (int Province, LocalDate FiledOn)[] filed = [];
    private int provinceCount;

    /// <summary>The scales, from <see cref="SuiteScale.Queries"/>.</summary>
    public static IEnumerable<double> Scales => SuiteScale.Queries;

    /// <summary>The map's scale (1 is the whole country, 50,000 Party cells).</summary>
    [ParamsSource(nameof(Scales))]
    public double Scale { get; set; }

    /// <summary>The roll-up DomainKit runs.</summary>
    public static IndicatorQuery Query => new()
    {
        Root = Cli.Generation.NationalDataset.RootId,
        Period = NationalSubmissions.Period,
        FormCode = NationalSubmissions.Form.Code,
        Sources = FigureSources.Submissions,
    };

    [GlobalSetup(Target = nameof(BareSum))]
    public void SetupBareSum()
    {
        var map = NationalSubmissions.Map(Scale);
        var (provinces, provinceOf) = Provinces(map);
        var slotList = new List<int>();
        var valueList = new List<long>();
        foreach (var submission in NationalSubmissions.Generate(NationalSubmissions.Cells(map)))
        {
            if (submission.Key.Period != NationalSubmissions.Period)
            {
                continue;
            }
            var province = provinceOf[submission.Key.Unit];
            for (var i = 0; i < submission.Figures.Length; i++)
            {
                slotList.Add(province * NationalSubmissions.Lines.Count + i);
                valueList.Add(Nominal(submission.Figures[i].Value));
            }
        }
        (slots, values, slotCount) = ([.. slotList], [.. valueList], provinces.Length * NationalSubmissions.Lines.Count);
        var expected = Reference(map);
        BenchmarkChecks.Same(expected.Sum(r => r.Nominal), BareSum(), "The bare sum", "the sum of the generated figures");
    }

    [GlobalSetup(Target = nameof(DomainKitRollup))]
    public void SetupDomainKit()
    {
        var map = NationalSubmissions.Map(Scale);
        var set = new SubmissionSet(NationalSubmissions.Generate(NationalSubmissions.Cells(map)), forms: [NationalSubmissions.Form]);
        engine = new IndicatorEngine(map, set, new FakeClock(Now));
        BenchmarkChecks.SameRows(Reference(map), Rows(DomainKitRollup()), "DomainKit's roll-up", "the generated figures");
    }

    [GlobalSetup(Target = nameof(DuckDbRollup))]
    public void SetupDuckDb()
    {
        var map = NationalSubmissions.Map(Scale);
        var (provinces, provinceOf) = Provinces(map);
        duckDb = DuckDbFigures.Load(NationalSubmissions.Generate(NationalSubmissions.Cells(map)), provinces, provinceOf);
        BenchmarkChecks.SameRows(Reference(map), DuckDbRollup(), "DuckDB's roll-up", "the generated figures");
    }

    [GlobalSetup(Target = nameof(DomainKitCompleteness))]
    public void SetupCompleteness()
    {
        var map = NationalSubmissions.Map(Scale);
        var set = new SubmissionSet(NationalSubmissions.Generate(NationalSubmissions.Cells(map)), forms: [NationalSubmissions.Form]);
        completeness = new CompletenessEngine(map, set, new FakeClock(Now));
        SetupLinqCompleteness();
        var table = DomainKitCompleteness();
        BenchmarkChecks.Same(filed.Length, table.Total.Expected, "DomainKit's completeness (expected)", "the number of Party cells");
        BenchmarkChecks.Same(LinqCompleteness(), table.Total.Late, "DomainKit's completeness (late)", "LINQ's count of late reports");
    }

    [GlobalSetup(Target = nameof(LinqCompleteness))]
    public void SetupLinqCompleteness()
    {
        var map = NationalSubmissions.Map(Scale);
        (filed, provinceCount) = (FiledReports(map), Provinces(map).Provinces.Length);
        BenchmarkChecks.That(LinqCompleteness() > 0, "LINQ finds no late report: the benchmark would time nothing.");
    }

    /// <summary>The floor: the half-year's figures added into a slot per province and line; returns the grand total.</summary>
    [Benchmark(Baseline = true)]
    public long BareSum()
    {
        var totals = new long[slotCount];
        var (s, v) = (slots, values);
        for (var i = 0; i < s.Length; i++)
        {
            totals[s[i]] += v[i];
        }
        return totals.Sum();
    }

    [Benchmark]
    public IndicatorTable DomainKitRollup() => engine!.Run(Query);

    [Benchmark]
    public List<FigureRollupRow> DuckDbRollup() => duckDb!.Rollup(NationalSubmissions.Period);

    [Benchmark]
    public CompletenessTable DomainKitCompleteness()
        => completeness!.Run(new CompletenessQuery { Root = Cli.Generation.NationalDataset.RootId, FormCode = NationalSubmissions.Form.Code, Period = NationalSubmissions.Period });

    /// <summary>The peer of completeness: the late reports per province, counted from the days filed; returns the number late.</summary>
    [Benchmark]
    public int LinqCompleteness() => Late(filed, provinceCount);

    /// <summary>The province and day filed of every report of the half-year rolled up.</summary>
    public static (int Province, LocalDate FiledOn)[] FiledReports(Dataset map)
    {
        var provinceOf = Provinces(map).ProvinceOf;
        return [.. NationalSubmissions.Generate(NationalSubmissions.Cells(map))
            .Where(s => s.Key.Period == NationalSubmissions.Period)
            .Select(s => (provinceOf[s.Key.Unit], s.FiledOn!.Value))];
    }

    /// <summary>The late reports among <paramref name="filed"/>, counted per province and added up.</summary>
    public static int Late((int Province, LocalDate FiledOn)[] filed, int provinceCount)
    {
        var due = NationalSubmissions.Form.DueOn(NationalSubmissions.Period)!.Value;
        var late = new int[provinceCount];
        foreach (var (province, day) in filed)
        {
            if (day > due)
            {
                late[province]++;
            }
        }
        return late.Sum();
    }

    [GlobalCleanup]
    public void Cleanup() => duckDb?.Dispose();

    /// <summary>The roll-up as the generated figures give it, ordered by province code and line.</summary>
    public static List<FigureRollupRow> Reference(Dataset map)
    {
        var (provinces, provinceOf) = Provinces(map);
        var lines = NationalSubmissions.Lines.Count;
        var nominal = new long[provinces.Length * lines];
        var unbounded = new bool[provinces.Length * lines];
        foreach (var submission in NationalSubmissions.Generate(NationalSubmissions.Cells(map)))
        {
            if (submission.Key.Period != NationalSubmissions.Period)
            {
                continue;
            }
            var province = provinceOf[submission.Key.Unit];
            for (var i = 0; i < submission.Figures.Length; i++)
            {
                var value = submission.Figures[i].Value;
                nominal[province * lines + i] += Nominal(value);
                unbounded[province * lines + i] |= (value.Count?.Qualifier ?? value.Money!.Value.Qualifier) == Money.AmountQualifier.Over;
            }
        }
        return [.. Enumerable.Range(0, provinces.Length).OrderBy(p => provinces[p].Value, StringComparer.Ordinal)
            .SelectMany(p => Enumerable.Range(0, lines).Select(l => new FigureRollupRow(provinces[p], l, nominal[p * lines + l], unbounded[p * lines + l])))];
    }

    /// <summary>DomainKit's table as rows like <see cref="Reference"/>'s: each province column's cell of each line.</summary>
    public static List<FigureRollupRow> Rows(IndicatorTable table)
    {
        var rows = new List<FigureRollupRow>();
        foreach (var province in table.Columns.Take(table.Columns.Length - 1).OrderBy(c => c.Id.Value, StringComparer.Ordinal))
        {
            for (var l = 0; l < NationalSubmissions.Lines.Count; l++)
            {
                var (indicator, keys) = NationalSubmissions.Lines[l];
                var line = table.Find(indicator.Code, [.. keys]) ?? throw new InvalidOperationException($"The table has no line {indicator.Code}.");
                var cell = table.CellOf(line, province.Id);
                var (nominal, max) = cell.Kind == IndicatorKind.Count
                    ? (cell.Count!.Value.Nominal, cell.Count.Value.Max)
                    : (cell.Money!.Value.Nominal.Value, cell.Money.Value.Max?.Value);
                rows.Add(new FigureRollupRow(province.Id, l, nominal, max is null));
            }
        }
        return rows;
    }

    private static long Nominal(FigureValue value) => value.Count?.Value ?? value.Money!.Value.Value.Value;

    /// <summary>The provinces of the map, and the position among them of each Party cell's province.</summary>
    public static (UnitId[] Provinces, Dictionary<UnitId, int> ProvinceOf) Provinces(Dataset map)
    {
        var tree = map.OrganisationTree;
        var provinces = map.Units.Where(u => u.Kind == UnitKind.Province).Select(u => u.Id).ToArray();
        var position = provinces.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var provinceOf = new Dictionary<UnitId, int>();
        foreach (var cell in NationalSubmissions.Cells(map))
        {
            var province = tree.AncestorsOf(cell).First(u => u.Kind == UnitKind.Province);
            provinceOf[cell] = position[province.Id];
        }
        return (provinces, provinceOf);
    }
}
