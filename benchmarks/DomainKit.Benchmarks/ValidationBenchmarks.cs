using BenchmarkDotNet.Attributes;
using DomainKit.Data;
using DomainKit.Validation;

namespace DomainKit.Benchmarks;

/// <summary>
/// Building a <see cref="NationalDataset"/> (generating it and <see cref="DatasetBuilder.Build"/>) and validating
/// it with every built-in rule, at <see cref="SuiteScale.Building"/>: a tenth of the country by default.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Dataset dataset = Dataset.Empty;
    private readonly DatasetValidator validator = DatasetValidator.CreateDefault();

    /// <summary>The scales, from <see cref="SuiteScale.Building"/>.</summary>
    public static IEnumerable<double> Scales => SuiteScale.Building;

    /// <summary>The dataset's scale (1 is the whole country).</summary>
    [ParamsSource(nameof(Scales))]
    public double Scale { get; set; }

    // The generated data is clean by construction: every rule runs and none finds anything. A run that found
    // something, or ran fewer rules, would time other work than the one meant.
    [GlobalSetup(Target = nameof(Validate))]
    public void Setup()
    {
        dataset = NationalDataset.Cached(Scale);
        var report = validator.Validate(dataset);
        BenchmarkChecks.That(report.RulesRun.Length == ValidationRules.All.Length && report.Findings.IsEmpty,
            $"Validation ran {report.RulesRun.Length} of {ValidationRules.All.Length} rules and found {report.Findings.Length} things in the generated data.");
    }

    [GlobalSetup(Target = nameof(Build))]
    public void SetupBuild()
    {
        var size = NationalSize.Scaled(Scale);
        var built = Build();
        BenchmarkChecks.Same(size.FundEntries, built.FundEntries.Count, "Building", "the size asked for");
        BenchmarkChecks.Same(size.Pledges, built.Pledges.Length, "Building", "the size asked for");
    }

    [Benchmark]
    public Dataset Build() => NationalDataset.Generate(Scale);

    [Benchmark]
    public ValidationResult Validate() => validator.Validate(dataset);
}
