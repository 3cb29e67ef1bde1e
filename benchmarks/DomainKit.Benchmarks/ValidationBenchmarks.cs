using BenchmarkDotNet.Attributes;
using DomainKit.Data;
using DomainKit.Validation;

namespace DomainKit.Benchmarks;

/// <summary>Building and validating a synthetic dataset of one large province (see benchmarks/README.md for the sizes).</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private Dataset dataset = Dataset.Empty;
    private readonly DatasetValidator validator = DatasetValidator.CreateDefault();

    [Params(100)]
    public int Communes { get; set; }

    [GlobalSetup]
    public void Setup() => dataset = Generate();

    [Benchmark]
    public Dataset Build() => Generate();

    [Benchmark]
    public int Validate() => validator.Validate(dataset).Findings.Length;

    // 100 communes: 1,000 cells, 20,000 pledges, 20,000 fund entries.
    private Dataset Generate() => SyntheticDataset.Generate(1, Communes, 10, 20, 200);
}
