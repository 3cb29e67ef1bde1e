using System.IO.Compression;
using System.Text;
using DomainKit.Interchange;
using DomainKit.Text;
using DomainKit.Tests.Cli;

namespace DomainKit.Tests.Robustness;

/// <summary>
/// Thousands of mutants of the shipped example dataset, as a JSON file and as a zipped CSV bundle, each taken through
/// what <c>domainkit export</c> does (<see cref="Pipeline"/>): nothing may throw, every record read is kept or
/// rejected, and every failure names its mutant's seed so that it can be made again. The seeds are fixed: the same
/// mutants every run. To look at a failing one, write <c>mutator.Mutate(seed)</c>'s bytes to a file and give it to
/// <c>domainkit export</c>.
/// </summary>
public sealed class PipelineFuzzTests
{
    private const int JsonSeed = 1_000_000;
    private const int BundleSeed = 2_000_000;
    // About a minute together on two cores: a zipped bundle costs more to make and to read than the JSON file.
    private const int JsonMutants = 1_250;
    private const int BundleMutants = 1_000;

    private static readonly Lazy<byte[]> Example = new(() => File.ReadAllBytes(Cli.Cli.ExampleJson));

    // Mutants are independent, so they are checked on every core; the report of failures is in mutant order whatever
    // the order they ran in. Each mutant is exported in one language, the two taking turns.
    private static async Task AssertAllHold(int count, int firstSeed, Func<int, (Func<Task<ImportResult>> Read, string Description)> mutant, bool bundle)
    {
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<int, string>();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (i, _) =>
        {
            if (failures.Count >= 5)
            {
                return;
            }
            var seed = firstSeed + i;
            var (read, description) = mutant(seed);
            var culture = seed % 2 == 0 ? TextCulture.Vietnamese : TextCulture.English;
            if (await Pipeline.CheckAsync(read, bundle, culture) is { } failure)
            {
                failures[i] = $"mutant {i} (seed {seed}: {description}): {failure}";
            }
        });
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.OrderBy(f => f.Key).Select(f => f.Value)));
    }

    [Fact]
    public async Task Mutants_of_the_example_json_dataset_go_through_read_validate_report_and_every_exporter()
    {
        var mutator = new JsonMutator(Encoding.UTF8.GetString(Example.Value));

        await AssertAllHold(JsonMutants, JsonSeed, seed =>
        {
            var (bytes, description) = mutator.Mutate(seed);
            return (() => DatasetJson.ReadAsync(new MemoryStream(bytes), "mutant.json"), description);
        }, bundle: false);
    }

    [Fact]
    public async Task Mutants_of_the_example_zipped_bundle_go_through_read_validate_report_and_every_exporter()
    {
        var dataset = (await DatasetJson.ReadAsync(new MemoryStream(Example.Value), "example.json")).Dataset;
        var mutator = new BundleMutator(await Files(dataset, CsvOptions.Default), await Files(dataset, CsvOptions.Spreadsheet));

        await AssertAllHold(BundleMutants, BundleSeed, seed =>
        {
            var (zip, description) = mutator.Mutate(seed);
            return (() => CsvBundle.ReadZipAsync(new MemoryStream(zip), "mutant.zip"), description);
        }, bundle: true);
    }

    [Fact]
    public async Task The_unchanged_example_passes_the_pipeline_both_ways()
    {
        var dataset = (await DatasetJson.ReadAsync(new MemoryStream(Example.Value), "example.json")).Dataset;
        using var zip = new MemoryStream();
        await CsvBundle.WriteZipAsync(dataset, zip);

        Assert.Null(await Pipeline.CheckAsync(() => DatasetJson.ReadAsync(new MemoryStream(Example.Value), "example.json"), bundle: false));
        Assert.Null(await Pipeline.CheckAsync(() => CsvBundle.ReadZipAsync(new MemoryStream(zip.ToArray()), "example.zip"), bundle: true));
    }

    private static async Task<(string Name, string Text)[]> Files(DomainKit.Data.Dataset dataset, CsvOptions options)
    {
        using var zip = new MemoryStream();
        await CsvBundle.WriteZipAsync(dataset, zip, options);
        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        var files = new List<(string, string)>();
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            files.Add((entry.FullName, await reader.ReadToEndAsync()));
        }
        return [.. files];
    }
}
