using BenchmarkDotNet.Attributes;
using DomainKit.Data;
using DomainKit.Interchange;

namespace DomainKit.Benchmarks;

/// <summary>
/// Reads a <see cref="NationalDataset"/> back from its JSON file and from its zipped CSV bundle, both written once
/// in memory by the library's writers: records per second is the dataset's records over the mean.
/// </summary>
/// <remarks>The full-size load, with peak memory, is <c>--load-full</c>: a benchmark run would hold the file in memory.</remarks>
[MemoryDiagnoser]
public class DatasetLoadBenchmarks
{
    private byte[] json = [];
    private byte[] bundle = [];

    /// <summary>The scales: a thousandth in quick mode (a hundredth would take the quick suite past 2 minutes), otherwise a tenth.</summary>
    public static IEnumerable<double> Scales => SuiteScale.IsQuick ? [SuiteScale.Quick / 10] : [0.1];

    /// <summary>The dataset's scale (1 is the whole country).</summary>
    [ParamsSource(nameof(Scales))]
    public double Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dataset = NationalDataset.Generate(Scale);
        json = Write(stream => DatasetJson.WriteAsync(dataset, stream));
        bundle = Write(stream => CsvBundle.WriteZipAsync(dataset, stream));
        Console.WriteLine($"// {LoadMeasurement.Records(dataset):N0} records: JSON {json.Length:N0} bytes, zipped CSV bundle {bundle.Length:N0} bytes");
    }

    /// <summary>The JSON dataset format.</summary>
    [Benchmark(Baseline = true)]
    public Task<ImportResult> ReadJson() => DatasetJson.ReadAsync(new MemoryStream(json, writable: false), "national.json");

    /// <summary>The zipped CSV bundle.</summary>
    [Benchmark]
    public Task<ImportResult> ReadCsvBundle() => CsvBundle.ReadZipAsync(new MemoryStream(bundle, writable: false), "national.zip");

    private static byte[] Write(Func<Stream, Task> write)
    {
        using var stream = new MemoryStream();
        write(stream).GetAwaiter().GetResult();
        return stream.ToArray();
    }
}
