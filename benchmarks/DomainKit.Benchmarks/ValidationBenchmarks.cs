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

    [GlobalSetup(Target = nameof(Validate))]
    public void Setup() => dataset = NationalDataset.Cached(Scale);

    [Benchmark]
    public Dataset Build() => NationalDataset.Generate(Scale);

    [Benchmark]
    public int Validate() => validator.Validate(dataset).Findings.Length;
}
