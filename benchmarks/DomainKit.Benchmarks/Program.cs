using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using DomainKit.Aggregation;
using DomainKit.Benchmarks;
using DomainKit.Submissions;
using DomainKit.Validation;
using Perfolizer.Horology;

// Modes:
//   --quick            every benchmark with a short job (2 warm-ups, 3 iterations of 200 ms) at a hundredth of the country
//   --short            the short job of --quick at the default scales (the whole country for the queries)
//   --memory           generates the full 20,000,000 fund entries (with their funds and units only) and prints
//                      GC heap bytes per fund entry and the process's peak working set; not BenchmarkDotNet
//   --validate-full    generates the full-size dataset and times one validation; not BenchmarkDotNet
//   --check            runs every query with its peers (LINQ, SQLite, DuckDB) on the same data, checks that they agree
//                      (and the provincial report against totals known from the data, the roll-up of submitted figures
//                      against the figures as generated), and times each once
//   --load-full        writes the dataset as JSON and as a zipped CSV bundle into --folder (default: the temp folder),
//                      then loads each in a process of its own and prints records per second and peak memory, and
//                      DuckDB's read_csv of the same CSV files, unzipped, as the peer
//   --load <file>      loads one such file and prints the same (what --load-full runs)
//   --load-duckdb <folder> <rows>  DuckDB's read_csv of the unzipped bundle, checked against the rows DomainKit kept
//   --figures          builds the national submissions (20,000,000 figures at scale 1) into a submission set, prints
//                      the GC heap it holds per figure, and times the checked national roll-up and completeness
//   --scale <s>        the scale for --memory, --validate-full, --check, --load-full and --figures (1 = the whole country)
// Without a mode, BenchmarkDotNet's default job measures properly; other arguments go to it (--filter ...).
var scale = ArgValue("--scale") is { } s ? double.Parse(s, CultureInfo.InvariantCulture) : (double?)null;
if (args.Contains("--memory"))
{
    Memory(scale ?? 1.0);
    return;
}
if (args.Contains("--figures"))
{
    FigureMeasurement.Run(scale ?? 1.0);
    return;
}
if (args.Contains("--validate-full"))
{
    ValidateFull(scale ?? 1.0);
    return;
}
if (args.Contains("--load-full"))
{
    LoadMeasurement.WriteAndLoad(scale ?? 1.0, ArgValue("--folder") ?? Path.Combine(Path.GetTempPath(), "domainkit-load"));
    return;
}
if (ArgValue("--load") is { } loadPath)
{
    LoadMeasurement.Load(loadPath);
    return;
}
if (ArgValue("--load-duckdb") is { } duckFolder)
{
    LoadMeasurement.LoadWithDuckDb(duckFolder, args[Array.IndexOf(args, "--load-duckdb") + 2]);
    return;
}
if (args.Contains("--check"))
{
    Check(scale ?? SuiteScale.Quick);
    return;
}

var quick = args.Contains("--quick");
if (quick)
{
    Environment.SetEnvironmentVariable(SuiteScale.QuickVariable, "1");
}
var rest = args.Where(a => a is not "--quick" and not "--short").ToArray();
// The short job: two warm-ups and three iterations of 200 ms instead of 500 ms keep the quick suite under 2 minutes; the means are indicative.
// Each benchmark process is built first; on a busy two-core machine that takes minutes, past BenchmarkDotNet's default.
var config = ManualConfig.Create(quick || args.Contains("--short")
    ? DefaultConfig.Instance.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(3).WithIterationTime(TimeInterval.FromMilliseconds(200)))
    : DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
BenchmarkSwitcher.FromAssembly(typeof(NationalDataset).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);

string? ArgValue(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static void Memory(double scale)
{
    var size = NationalSize.Scaled(scale) with { Villages = 0, Models = 0, Pledges = 0 };
    Console.WriteLine($"Fund entries only: {size}");
    var before = GC.GetTotalMemory(true);
    var clock = Stopwatch.StartNew();
    var dataset = NationalDataset.Generate(size);
    clock.Stop();
    var after = GC.GetTotalMemory(true);
    Console.WriteLine($"{dataset}");
    Console.WriteLine($"Generated and built in {clock.Elapsed.TotalSeconds:F1} s");
    Console.WriteLine($"GC heap after build (builder released) minus before: {after - before:N0} bytes = {(double)(after - before) / dataset.FundEntries.Count:F1} bytes per fund entry");
    Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64:N0} bytes = {(double)Process.GetCurrentProcess().PeakWorkingSet64 / dataset.FundEntries.Count:F1} bytes per fund entry");
    GC.KeepAlive(dataset);
}

static void ValidateFull(double scale)
{
    var size = NationalSize.Scaled(scale);
    Console.WriteLine($"Size: {size}");
    var clock = Stopwatch.StartNew();
    var dataset = NationalDataset.Generate(size);
    Console.WriteLine($"{dataset}");
    Console.WriteLine($"Generated and built in {clock.Elapsed.TotalSeconds:F1} s; GC heap {GC.GetTotalMemory(true):N0} bytes");
    var validator = DatasetValidator.CreateDefault();
    clock.Restart();
    var report = validator.Validate(dataset);
    clock.Stop();
    Console.WriteLine($"Validated in {clock.Elapsed.TotalSeconds:F1} s: {report.RulesRun.Length} rules, {report.ErrorCount} errors, {report.WarningCount} warnings, {report.InfoCount} information");
    foreach (var group in report.Findings.GroupBy(f => (f.Code, f.Severity)).OrderBy(g => g.Key.Code, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {group.Key.Code} {group.Key.Severity}: {group.Count():N0} (first: {group.First()})");
    }
    Console.WriteLine($"Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64:N0} bytes");
}

static void Check(double scale)
{
    // Also a one-shot timing of each peer at any scale (a cold first run, not a benchmark).
    var clock = Stopwatch.StartNew();
    var dataset = NationalDataset.Generate(scale);
    Console.WriteLine($"Scale {scale}: {dataset}; generated and built in {clock.Elapsed.TotalSeconds:F1} s");
    if (scale <= 0.1)
    {
        var again = NationalDataset.Generate(scale);
        var deterministic = dataset.FundEntries.SequenceEqual(again.FundEntries) && dataset.Pledges.SequenceEqual(again.Pledges)
            && dataset.Models.SequenceEqual(again.Models) && dataset.Units.SequenceEqual(again.Units);
        Console.WriteLine($"Generating twice gives the same data: {deterministic}");
    }

    var period = FundFlowRollupBenchmarks.Period;
    clock.Restart();
    using var sqlite = SqliteNationalDatabase.Load(dataset, funds: true, pledges: true);
    Console.WriteLine($"SQLite loaded (units, closure, funds, entries, head counts, pledges, indexes) in {clock.Elapsed.TotalSeconds:F1} s");
    var linq = Timed("LINQ roll-up", () => LinqFundFlowRollup.Run(dataset, period));
    var sql = Timed("SQLite roll-up", () => sqlite.Rollup(period));
    var floor = Timed("bare sum (over the entries, with EntryAmount.Of)", () => dataset.FundEntries.Where(e => period.Contains(e.Date)).Select(EntryAmount.Of).OfType<long>().Sum());
    var domainKit = Timed("DomainKit roll-up", () => DomainKitFundFlowRollup.Run(dataset, period));
    clock.Restart();
    using var duckDb = DuckDbNationalDatabase.Load(dataset);
    Console.WriteLine($"DuckDB loaded (fund → province, entries) in {clock.Elapsed.TotalSeconds:F1} s");
    var duck = Timed("DuckDB roll-up", () => duckDb.Rollup(period));
    Console.WriteLine($"Roll-up {period}: DomainKit {domainKit.Count} rows, equal to LINQ: {domainKit.SequenceEqual(linq)}");
    Console.WriteLine($"Roll-up {period}: LINQ {linq.Count} rows, SQLite {sql.Count} rows, equal: {linq.SequenceEqual(sql)}; DuckDB {duck.Count} rows, equal: {linq.SequenceEqual(duck)}; " +
                      $"total {linq.Sum(r => r.Amount):N0} = bare sum {floor:N0}: {linq.Sum(r => r.Amount) == floor}");
    BenchmarkChecks.SameRows(linq, domainKit, "DomainKit's roll-up", "LINQ");
    BenchmarkChecks.SameRows(linq, sql, "SQLite's roll-up", "LINQ");
    BenchmarkChecks.SameRows(linq, duck, "DuckDB's roll-up", "LINQ");
    BenchmarkChecks.Same(linq.Sum(r => r.Amount), floor, "The bare sum", "LINQ's total");

    var participation = Timed("LINQ participation", () => LinqPledgeParticipation.Run(dataset, PledgeParticipationBenchmarks.Period));
    var sqlParticipation = Timed("SQLite participation", () => sqlite.Participation(PledgeParticipationBenchmarks.Period));
    var domainKitParticipation = Timed("DomainKit participation", () => DomainKitPledgeParticipation.Run(dataset, PledgeParticipationBenchmarks.Period));
    Console.WriteLine($"Participation: DomainKit {domainKitParticipation.Count} communes, equal to LINQ: {domainKitParticipation.SequenceEqual(participation)}");
    BenchmarkChecks.SameRows(participation, domainKitParticipation, "DomainKit's participation", "LINQ");
    BenchmarkChecks.SameRows(participation, sqlParticipation, "SQLite's participation", "LINQ");
    var provincialQuery = ProvincialReportBenchmarks.Query(dataset);
    var provincial = Timed("DomainKit provincial report", () => new ReportEngine(dataset).Run(provincialQuery));
    ProvincialReportBenchmarks.Check(dataset, provincial, provincialQuery);
    Console.WriteLine($"Provincial report of {provincialQuery.Root}: {provincial.Rows.Length} communes; contributions, pledges and rows as the data holds them");
    Console.WriteLine($"Participation {PledgeParticipationBenchmarks.Period}: LINQ {participation.Count} communes, SQLite {sqlParticipation.Count}, " +
                      $"equal: {participation.SequenceEqual(sqlParticipation)}; national rate {(double)participation.Sum(r => r.Registered) / participation.Sum(r => r.Eligible):P1}");

    // Reports as data: the national roll-up of one half-year's submitted figures and its completeness, on a map of
    // the same scale, each against the figures as generated and its peer (DuckDB; LINQ over the days filed).
    var map = NationalSubmissions.Map(scale);
    var cells = NationalSubmissions.Cells(map);
    var set = Timed("submission set (generated and built)", () => new SubmissionSet(NationalSubmissions.Generate(cells), forms: [NationalSubmissions.Form]));
    var expectedFigures = SubmissionRollupBenchmarks.Reference(map);
    var figureRollup = Timed("DomainKit roll-up of submitted figures", () => new IndicatorEngine(map, set).Run(SubmissionRollupBenchmarks.Query));
    var (figureProvinces, provinceOfCell) = SubmissionRollupBenchmarks.Provinces(map);
    using var duckFigures = Timed("DuckDB figures loaded", () => DuckDbFigures.Load(NationalSubmissions.Generate(cells), figureProvinces, provinceOfCell));
    var duckFigureRollup = Timed("DuckDB roll-up of submitted figures", () => duckFigures.Rollup(NationalSubmissions.Period));
    BenchmarkChecks.SameRows(expectedFigures, SubmissionRollupBenchmarks.Rows(figureRollup), "DomainKit's roll-up of submitted figures", "the generated figures");
    BenchmarkChecks.SameRows(expectedFigures, duckFigureRollup, "DuckDB's roll-up of submitted figures", "the generated figures");
    var completeness = Timed("DomainKit completeness", () => new CompletenessEngine(map, set).Run(
        new CompletenessQuery { Root = NationalDataset.RootId, FormCode = NationalSubmissions.Form.Code, Period = NationalSubmissions.Period }));
    var filedReports = SubmissionRollupBenchmarks.FiledReports(map);
    var linqLate = Timed("LINQ late reports", () => SubmissionRollupBenchmarks.Late(filedReports, figureProvinces.Length));
    BenchmarkChecks.Same(cells.Length, completeness.Total.Expected, "DomainKit's completeness (expected)", "the number of Party cells");
    BenchmarkChecks.Same(linqLate, completeness.Total.Late, "DomainKit's completeness (late)", "LINQ's count of late reports");
    Console.WriteLine($"Submitted figures {NationalSubmissions.Period.Id}: {cells.Length:N0} Party cells, {expectedFigures.Count} province x line cells, " +
                      $"DomainKit and DuckDB equal to the generated figures; completeness {completeness.Total.Filed:N0} filed, {completeness.Total.Late:N0} late, as LINQ counts");

    var report = Timed("validation", () => DatasetValidator.CreateDefault().Validate(dataset));
    Console.WriteLine($"Validation: {report.ErrorCount} errors, {report.WarningCount} warnings, {report.InfoCount} information");
    foreach (var group in report.Findings.GroupBy(f => f.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {group.Key}: {group.Count():N0} (first: {group.First()})");
    }
}

static T Timed<T>(string what, Func<T> run)
{
    var clock = Stopwatch.StartNew();
    var result = run();
    Console.WriteLine($"  {what}: {clock.Elapsed.TotalMilliseconds:N0} ms");
    return result;
}
