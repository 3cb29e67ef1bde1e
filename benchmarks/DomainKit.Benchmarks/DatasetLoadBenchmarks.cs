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
        // What is timed must be the whole dataset read back: checked once here, before any run is timed.
        Check("JSON", dataset, ReadJson().GetAwaiter().GetResult());
        Check("CSV bundle", dataset, ReadCsvBundle().GetAwaiter().GetResult());
    }

    private static void Check(string what, Dataset written, ImportResult read)
    {
        var expected = LoadMeasurement.RowsPerFile(written);
        var actual = LoadMeasurement.RowsPerFile(read.Dataset);
        if (LoadMeasurement.Records(written) == 0 || read.Problems.Length > 0 || read.RecordsRejected > 0
            || LoadMeasurement.Records(read.Dataset) != LoadMeasurement.Records(written) || !expected.OrderBy(p => p.Key).SequenceEqual(actual.OrderBy(p => p.Key))
            || !read.Dataset.FundEntries.Take(1_000).SequenceEqual(written.FundEntries.Take(1_000)) || !read.Dataset.Pledges.Take(1_000).SequenceEqual(written.Pledges.Take(1_000)))
        {
            throw new InvalidOperationException($"The {what} read back is not the dataset written: {LoadMeasurement.Records(read.Dataset):N0} records of "
                + $"{LoadMeasurement.Records(written):N0}, {read.Problems.Length} problems ({string.Join("; ", read.Problems.Take(3))}), {read.RecordsRejected} rejected.");
        }
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
