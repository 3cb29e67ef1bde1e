using System.Diagnostics;
using DomainKit.Data;
using DomainKit.Interchange;

namespace DomainKit.Benchmarks;

/// <summary>
/// <c>--load-full</c>: writes the national dataset at a scale as a JSON file and a zipped CSV bundle, then loads each
/// in a process of its own (<c>--load &lt;file&gt;</c>) and prints the time, records per second, the loaded dataset's
/// GC heap and the process's peak working set, so that the peak is the reader's alone. Not BenchmarkDotNet: one cold run.
/// </summary>
internal static class LoadMeasurement
{
    public static long Records(Dataset dataset)
        => (long)dataset.Units.Length + dataset.Models.Length + dataset.Pledges.Length + dataset.Payments.Length
            + dataset.Funds.Length + dataset.FundEntries.Count + dataset.Commendations.Length;

    public static void WriteAndLoad(double scale, string folder)
    {
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, $"national-{scale}.json");
        var bundle = Path.Combine(folder, $"national-{scale}.zip");
        if (!File.Exists(json) || !File.Exists(bundle))
        {
            var clock = Stopwatch.StartNew();
            var dataset = NationalDataset.Generate(scale);
            Console.WriteLine($"Scale {scale}: {dataset}; {Records(dataset):N0} records; generated in {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            using (var file = File.Create(json))
            {
                DatasetJson.WriteAsync(dataset, file).GetAwaiter().GetResult();
            }
            Console.WriteLine($"JSON written in {clock.Elapsed.TotalSeconds:F1} s: {new FileInfo(json).Length:N0} bytes");
            clock.Restart();
            using (var file = File.Create(bundle))
            {
                CsvBundle.WriteZipAsync(dataset, file).GetAwaiter().GetResult();
            }
            Console.WriteLine($"CSV bundle written in {clock.Elapsed.TotalSeconds:F1} s: {new FileInfo(bundle).Length:N0} bytes");
        }
        foreach (var path in new[] { json, bundle })
        {
            using var child = Process.Start(new ProcessStartInfo("dotnet", [typeof(LoadMeasurement).Assembly.Location, "--load", path]) { UseShellExecute = false })!;
            child.WaitForExit();
        }
    }

    public static void Load(string path)
    {
        var before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        // The whole country is past the readers' default limits, which hold a province's data many times over.
        var options = ImportOptions.Default with { MaxRecords = long.MaxValue, MaxBundleBytes = long.MaxValue };
        var result = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? DatasetJson.ReadFileAsync(path, options).GetAwaiter().GetResult()
            : CsvBundle.ReadAsync(path, options).GetAwaiter().GetResult();
        clock.Stop();
        var heap = GC.GetTotalMemory(true) - before;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var records = Records(result.Dataset);
        Console.WriteLine($"{Path.GetFileName(path)} ({new FileInfo(path).Length:N0} bytes): {records:N0} records in {clock.Elapsed.TotalSeconds:F1} s = "
            + $"{records / clock.Elapsed.TotalSeconds:N0} records/s; {result.Problems.Length} problems; dataset heap {heap:N0} bytes; "
            + $"peak working set {peak:N0} bytes = {(double)peak / heap:F2} x the dataset");
        GC.KeepAlive(result);
    }
}
