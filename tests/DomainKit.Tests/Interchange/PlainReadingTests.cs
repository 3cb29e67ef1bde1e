using System.IO.Compression;
using System.Text;
using DomainKit.Cli.Generation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Interchange;
using DomainKit.Interchange.Csv;
using DomainKit.Interchange.Json;
using DomainKit.Tests.Robustness;

namespace DomainKit.Tests.Interchange;

/// <summary>
/// The readers take the plain records of a large file (fund entries, pledges, lifecycle events) in one pass without a
/// string per value, and read the fund entries of a bundle beside its other files. Both are shortcuts: whatever the
/// input, the result must be the one of reading every record the general way, file by file in order, with the same
/// problems in the same order and the same counts. These tests read national data and thousands of mutants of it
/// both ways and compare.
/// </summary>
public sealed class PlainReadingTests
{
    // A small country: every kind of entry, pledges in cells, models with their lifecycles.
    private static readonly Lazy<Dataset> National = new(() => NationalDataset.Generate(new NationalSize(3, 4, 8, 12, 60, 3_000)));

    private static readonly Lazy<byte[]> NationalJson = new(() => DatasetAssert.Write(National.Value));

    private static byte[] Zip(Dataset dataset, CsvOptions? options = null)
    {
        using var stream = new MemoryStream();
        CsvBundle.WriteZipAsync(dataset, stream, options).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static (string Name, string Text)[] Files(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return (e.FullName, reader.ReadToEnd());
        })];
    }

    private static async Task<ImportResult> ReadJsonAsync(byte[] bytes, bool generalOnly, ImportOptions? options = null)
    {
        DatasetJsonParser.GeneralOnlyForTests.Value = generalOnly;
        try
        {
            return await DatasetJson.ReadAsync(new MemoryStream(bytes), "data.json", options);
        }
        finally
        {
            DatasetJsonParser.GeneralOnlyForTests.Value = false;
        }
    }

    private static async Task<ImportResult> ReadBundleAsync(byte[] zip, bool generalOnly, bool beside, ImportOptions? options = null)
    {
        CsvBundleLoad.GeneralOnlyForTests.Value = generalOnly;
        CsvBundleLoad.ReadBesideFromForTests.Value = beside ? 0 : long.MaxValue;
        try
        {
            return await CsvBundle.ReadZipAsync(new MemoryStream(zip), "data.zip", options);
        }
        finally
        {
            CsvBundleLoad.GeneralOnlyForTests.Value = false;
            CsvBundleLoad.ReadBesideFromForTests.Value = null;
        }
    }

    /// <summary>Null when both results are the same; otherwise what differs.</summary>
    internal static string? Difference(ImportResult expected, ImportResult actual)
    {
        if (expected.RecordsRead != actual.RecordsRead || expected.RecordsRejected != actual.RecordsRejected)
        {
            return $"counts: {expected.RecordsRead}/{expected.RecordsRejected} read/rejected the first way, {actual.RecordsRead}/{actual.RecordsRejected} the second";
        }
        if (!expected.Problems.SequenceEqual(actual.Problems))
        {
            var at = expected.Problems.Zip(actual.Problems).TakeWhile(p => p.First == p.Second).Count();
            return $"problems differ from #{at}: {expected.Problems.ElementAtOrDefault(at)} / {actual.Problems.ElementAtOrDefault(at)} ({expected.Problems.Length} and {actual.Problems.Length})";
        }
        try
        {
            DatasetAssert.Equal(expected.Dataset, actual.Dataset);
        }
        catch (Exception e) when (e is Xunit.Sdk.XunitException)
        {
            return e.Message;
        }
        return null;
    }

    [Fact]
    public async Task A_national_json_file_reads_back_as_generated_and_the_same_both_ways()
    {
        var plain = await ReadJsonAsync(NationalJson.Value, generalOnly: false);
        var general = await ReadJsonAsync(NationalJson.Value, generalOnly: true);

        Assert.Empty(plain.Problems);
        DatasetAssert.Equal(National.Value, plain.Dataset);
        Assert.Null(Difference(general, plain));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_national_bundle_reads_back_as_generated_and_the_same_every_way(bool spreadsheet)
    {
        var zip = Zip(National.Value, spreadsheet ? CsvOptions.Spreadsheet : null);
        var general = await ReadBundleAsync(zip, generalOnly: true, beside: false);

        // The spreadsheet form separates fields with ';', which is told (DK908) and read.
        Assert.All(general.Problems, p => Assert.Equal("DK908", p.Code));
        DatasetAssert.Equal(National.Value, general.Dataset);
        foreach (var (generalOnly, beside) in new[] { (false, false), (false, true), (true, true) })
        {
            Assert.Null(Difference(general, await ReadBundleAsync(zip, generalOnly, beside)));
        }
    }

    [Fact]
    public async Task Mutants_of_a_national_json_file_read_the_same_plainly_and_the_general_way()
    {
        var mutator = new JsonMutator(Encoding.UTF8.GetString(NationalJson.Value));
        var failures = new List<string>();
        for (var seed = 0; seed < 400 && failures.Count < 3; seed++)
        {
            var (bytes, description) = mutator.Mutate(3_000_000 + seed);
            var options = seed % 5 == 0 ? ImportOptions.Default with { MaxProblems = 3, MaxRecords = 150 } : null;
            if (Difference(await ReadJsonAsync(bytes, true, options), await ReadJsonAsync(bytes, false, options)) is { } difference)
            {
                failures.Add($"seed {3_000_000 + seed} ({description}): {difference}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task Mutants_of_a_national_bundle_read_the_same_plainly_beside_and_in_order()
    {
        var mutator = new BundleMutator(Files(Zip(National.Value)), Files(Zip(National.Value, CsvOptions.Spreadsheet)));
        var failures = new List<string>();
        for (var seed = 0; seed < 300 && failures.Count < 3; seed++)
        {
            var (zip, description) = mutator.Mutate(4_000_000 + seed);
            // Limits low enough to be reached, in a read of the files in order and in one that read ahead.
            var options = (seed % 4) switch
            {
                0 => ImportOptions.Default with { MaxProblems = 2 },
                1 => ImportOptions.Default with { MaxRecords = 400 },
                2 => ImportOptions.Default with { MaxBundleBytes = 60_000 },
                _ => null,
            };
            var general = await ReadBundleAsync(zip, generalOnly: true, beside: false, options);
            foreach (var (generalOnly, beside) in new[] { (false, false), (false, true), (true, true) })
            {
                if (Difference(general, await ReadBundleAsync(zip, generalOnly, beside, options)) is { } difference)
                {
                    failures.Add($"seed {4_000_000 + seed} ({description}), plain {!generalOnly}, beside {beside}: {difference}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task A_bundle_folder_reads_its_fund_entries_beside_the_other_files_with_the_same_result()
    {
        var folder = Path.Combine(Path.GetTempPath(), "domainkit-plain-" + Guid.NewGuid().ToString("N"));
        try
        {
            await CsvBundle.WriteFolderAsync(National.Value, folder);
            CsvBundleLoad.ReadBesideFromForTests.Value = 0;
            var beside = await CsvBundle.ReadAsync(folder);
            CsvBundleLoad.ReadBesideFromForTests.Value = long.MaxValue;
            var inOrder = await CsvBundle.ReadAsync(folder);
            CsvBundleLoad.ReadBesideFromForTests.Value = null;

            Assert.Null(Difference(inOrder, beside));
            DatasetAssert.Equal(National.Value, beside.Dataset);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_loaded_dataset_shares_its_repeated_values_as_a_generated_one_does()
    {
        var json = (await ReadJsonAsync(NationalJson.Value, generalOnly: false)).Dataset;
        var bundle = (await ReadBundleAsync(Zip(National.Value), generalOnly: false, beside: true)).Dataset;

        foreach (var dataset in new[] { json, bundle })
        {
            // One pledger object per member, one target per model, one string per unit id, one event per stage and day.
            var pledgers = dataset.Pledges.Select(p => p.Pledger).ToList();
            Assert.Equal(pledgers.Distinct().Count(), pledgers.Distinct(ReferenceEqualityComparer.Instance).Count());
            var targets = dataset.Pledges.Select(p => p.Target).ToList();
            Assert.Equal(targets.Distinct().Count(), targets.Distinct(ReferenceEqualityComparer.Instance).Count());
            var owners = dataset.Models.Select(m => m.OwnerId.Value).Concat(dataset.Units.Select(u => u.Id.Value)).ToList();
            Assert.Equal(owners.Distinct().Count(), owners.Distinct(ReferenceEqualityComparer.Instance).Count());
            var events = dataset.Models.SelectMany(m => m.Lifecycle).ToList();
            Assert.Equal(events.Distinct().Count(), events.Distinct(ReferenceEqualityComparer.Instance).Count());
            var loans = dataset.FundEntries.OfType<LoanRepayment>().Select(r => r.LoanId).ToList();
            Assert.NotEmpty(loans);
            Assert.Equal(loans.Distinct().Count(), loans.Distinct(ReferenceEqualityComparer.Instance).Count());
            var entryBeneficiaries = dataset.FundEntries.OfType<LoanDisbursement>().Select(l => l.Beneficiaries).ToList();
            Assert.Equal(entryBeneficiaries.Distinct().Count(), entryBeneficiaries.Distinct(ReferenceEqualityComparer.Instance).Count());
        }
    }
}

/// <summary>
/// Every cell of plain rows of each kind, and every property of plain JSON records, changed in turn to values that
/// read another way or not at all: the plain reading must give what the general reading gives, each time.
/// </summary>
public sealed class PlainReadingCellTests
{
    private static readonly string[] CellValues =
    [
        "", " ", "\"\"", "\"x\"", " x", "x ", "X", "a\\u0041", "-1", "+5", "0", "007", "4.127", "2.500", "2,5", "1e3", "9223372036854775808",
        "2147483648", "2023-02-29", "31/12/2023", "1/2/2023", "2023-1-5", " 2023-01-05", "2023", "YTD2023-11-10", "people", "households",
        "HOUSE-BUILDING", "house-building", "custom-purpose", "model", "criteria", "individual", "Individual", "registered", "LAUNCHED",
        "m0", "missing-model", "x1-q1", "vay-1", "contribution", "disbursement", "loan-disbursement", "loan-repayment", "opening-balance",
        "in-kind-receipt", "balance-assertion", "true", "đ",
    ];

    private static (string Header, string[] Rows) FileOf(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var reader = new StreamReader(archive.GetEntry(name)!.Open(), Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        return (lines[0], lines[1..]);
    }

    private static byte[] ZipOf(params (string Name, string Text)[] files)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return stream.ToArray();
    }

    // Empty when both readings give the same counts, problems and dataset; otherwise both lists of problems.
    private static string Difference(ImportResult general, ImportResult plain)
    {
        var difference = general.RecordsRead != plain.RecordsRead || general.RecordsRejected != plain.RecordsRejected
            || !general.Problems.SequenceEqual(plain.Problems)
            || !DatasetAssert.Write(general.Dataset).AsSpan().SequenceEqual(DatasetAssert.Write(plain.Dataset))
            || !general.Dataset.FundEntries.SequenceEqual(plain.Dataset.FundEntries) || !general.Dataset.Pledges.SequenceEqual(plain.Dataset.Pledges)
            || !general.Dataset.Models.SequenceEqual(plain.Dataset.Models);
        return difference ? $"general: {string.Join("; ", general.Problems)} / plain: {string.Join("; ", plain.Problems)}" : string.Empty;
    }

    private static async Task<string> BothWaysAsync(byte[] zip)
    {
        CsvBundleLoad.GeneralOnlyForTests.Value = true;
        var general = await CsvBundle.ReadZipAsync(new MemoryStream(zip), "cell.zip");
        CsvBundleLoad.GeneralOnlyForTests.Value = false;
        var plain = await CsvBundle.ReadZipAsync(new MemoryStream(zip), "cell.zip");
        return Difference(general, plain);
    }

    [Theory]
    [InlineData("fund-entries.csv")]
    [InlineData("pledges.csv")]
    [InlineData("model-lifecycle.csv")]
    public async Task Any_cell_of_a_plain_row_changed_reads_the_same_plainly_and_the_general_way(string name)
    {
        var dataset = NationalDataset.Generate(new NationalSize(3, 4, 8, 12, 60, 3_000));
        using var zipStream = new MemoryStream();
        await CsvBundle.WriteZipAsync(dataset, zipStream);
        var zip = zipStream.ToArray();
        var (header, rows) = FileOf(zip, name);
        // One row of each shape the file has (each kind of entry, for the fund entries).
        var samples = rows.GroupBy(r => name == "fund-entries.csv" ? r.Split(',')[0] + (r.Split(',')[12].Length > 0) : r.Split(',').Count(c => c.Length > 0).ToString())
            .Select(g => g.First()).ToList();
        var models = FileOf(zip, "models.csv");
        var failures = new List<string>();
        foreach (var row in samples)
        {
            var cells = row.Split(',');
            for (var c = 0; c < cells.Length && failures.Count < 5; c++)
            {
                foreach (var value in CellValues)
                {
                    var changed = (string[])cells.Clone();
                    changed[c] = value;
                    var files = new List<(string, string)> { (name, header + "\r\n" + string.Join(",", changed) + "\r\n" + row + "\r\n") };
                    if (name == "model-lifecycle.csv")
                    {
                        files.Add(("models.csv", models.Header + "\r\n" + string.Join("\r\n", models.Rows) + "\r\n"));
                    }
                    if (await BothWaysAsync(ZipOf([.. files])) is { Length: > 0 } difference)
                    {
                        failures.Add($"{name} column {c} = '{value}' in {row}: {difference}");
                        break;
                    }
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static readonly string[] JsonValues =
    [
        "null", "\"\"", "\" \"", "\"x\"", "\"X\"", "\"x\\u0031\"", "0", "-1", "1.5", "1e3", "9223372036854775808", "2147483648", "true", "[]", "{}",
        "\"2023-02-29\"", "\"31/12/2023\"", "\"+2023-01-05\"", "\"2023\"", "\"YTD2023-11-10\"", "\"people\"", "\"households\"",
        "\"house-building\"", "\"custom\"", "{\"code\":\"house-building\",\"name\":{\"vi\":\"a\",\"en\":\"b\"}}",
        "{\"kind\":\"people\",\"occurrences\":2,\"distinct\":1}", "{\"kind\":\"people\",\"occurrences\":2,\"distinct\":1,\"description\":\"d\"}",
        "{\"kind\":\"households\"}", "{\"occurrences\":2}", "{\"kind\":\"individual\",\"unitId\":\"x1-cb1\"}", "{\"kind\":\"model\",\"modelId\":\"m0\"}",
        "{\"kind\":\"criteria\",\"criteriaSet\":\"c\"}", "{\"kind\":\"model\",\"modelId\":\"m0\",\"extra\":1}", "\"contribution\"", "\"loan-repayment\"",
        "\"individual\"", "\"x1-q1\"", "\"vay-1\"", "\"model\"", "\"club\"", "\"economy\"", "\"dan-van-kheo\"", "false", "[1]", "[null]",
        "[{\"stage\":\"registered\",\"date\":\"2021-01-01\"}]", "[{\"stage\":\"registered\"}]", "[{\"stage\":\"x\",\"date\":\"2021-01-01\"}]",
        "[{\"stage\":\"registered\",\"date\":\"2021-01-01\",\"note\":null}]", "[{\"stage\":\"registered\",\"date\":\"2021-01-01\",\"note\":\"n\"}]",
        "[{\"stage\":\"registered\",\"date\":\"2021-01-01\",\"extra\":1}]", "[{\"name\":\"n\",\"unitOfMeasure\":\"kg\",\"date\":\"2021-01-01\"}]",
    ];

    private static async Task<string> JsonBothWaysAsync(byte[] bytes)
    {
        DatasetJsonParser.GeneralOnlyForTests.Value = true;
        var general = await DatasetJson.ReadAsync(new MemoryStream(bytes), "cell.json");
        DatasetJsonParser.GeneralOnlyForTests.Value = false;
        var plain = await DatasetJson.ReadAsync(new MemoryStream(bytes), "cell.json");
        return Difference(general, plain);
    }

    [Theory]
    [InlineData("fundEntries")]
    [InlineData("pledges")]
    [InlineData("models")]
    public async Task Any_property_of_a_plain_json_record_changed_reads_the_same_plainly_and_the_general_way(string section)
    {
        var dataset = NationalDataset.Generate(new NationalSize(3, 4, 8, 12, 60, 3_000));
        var json = Encoding.UTF8.GetString(DatasetAssert.Write(dataset));
        var start = json.IndexOf($"\"{section}\":[", StringComparison.Ordinal) + section.Length + 4;
        var records = new List<string>();
        using (var document = System.Text.Json.JsonDocument.Parse(json))
        {
            foreach (var item in document.RootElement.GetProperty(section).EnumerateArray())
            {
                records.Add(item.GetRawText());
            }
        }
        var samples = records.GroupBy(r => string.Join(",", System.Text.Json.JsonDocument.Parse(r).RootElement.EnumerateObject().Select(p => p.Name))
            + System.Text.Json.JsonDocument.Parse(r).RootElement.GetProperty(section == "fundEntries" ? "kind" : "id").GetString()![..Math.Min(3, 2)]).Select(g => g.First()).Take(12).ToList();
        var failures = new List<string>();
        foreach (var record in samples)
        {
            using var parsed = System.Text.Json.JsonDocument.Parse(record);
            var properties = parsed.RootElement.EnumerateObject().Select(p => (p.Name, Value: p.Value.GetRawText())).ToList();
            var names = properties.Select(p => p.Name).Concat(["note", "covers", "reference", "contributor", "unknown", "principal", "schedule", "movement", "theme", "period", "originId", "committedToId", "field"]).Distinct().ToList();
            foreach (var name in names)
            {
                foreach (var value in JsonValues.Append("__remove").Append("__twice"))
                {
                    var changed = properties.Where(p => p.Name != name || value == "__twice").Select(p => $"\"{p.Name}\":{p.Value}").ToList();
                    if (value is not "__remove" and not "__twice")
                    {
                        changed.Add($"\"{name}\":{value}");
                    }
                    else if (value == "__twice" && properties.FirstOrDefault(p => p.Name == name) is { Name: not null } twice)
                    {
                        changed.Add($"\"{twice.Name}\":{twice.Value}");
                    }
                    var text = "{\"format\":\"domainkit-dataset\",\"version\":1,\"" + section + "\":[" + "{" + string.Join(",", changed) + "}," + record + "]}";
                    if (await JsonBothWaysAsync(Encoding.UTF8.GetBytes(text)) is { Length: > 0 } difference)
                    {
                        failures.Add($"{name} = {value} in {record}: {difference}");
                        break;
                    }
                }
            }
            if (failures.Count >= 5)
            {
                break;
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(start > 0);
    }
}

/// <summary>
/// A JSON file's fund entries read ahead on another core, while the sections before them are read, give the result
/// of reading the file in one pass: on national data, its mutants, and with limits that are reached.
/// </summary>
public sealed class JsonEntriesAheadTests
{
    private static async Task<ImportResult> ReadFileAsync(string path, bool ahead, ImportOptions? options = null)
    {
        JsonEntriesAhead.ReadAheadFromForTests.Value = ahead ? 0 : long.MaxValue;
        try
        {
            return await DatasetJson.ReadFileAsync(path, options);
        }
        finally
        {
            JsonEntriesAhead.ReadAheadFromForTests.Value = null;
        }
    }

    [Fact]
    public async Task A_national_file_and_its_mutants_read_the_same_with_the_entries_read_ahead()
    {
        var dataset = NationalDataset.Generate(new NationalSize(3, 4, 8, 12, 60, 3_000));
        var json = Encoding.UTF8.GetString(DatasetAssert.Write(dataset));
        var mutator = new JsonMutator(json);
        var path = Path.Combine(Path.GetTempPath(), "domainkit-ahead-" + Guid.NewGuid().ToString("N") + ".json");
        var failures = new List<string>();
        try
        {
            await File.WriteAllTextAsync(path, json);
            var whole = await ReadFileAsync(path, ahead: true);
            Assert.Empty(whole.Problems);
            DatasetAssert.Equal(dataset, whole.Dataset);
            Assert.Null(PlainReadingTests.Difference(await ReadFileAsync(path, ahead: false), whole));

            for (var seed = 0; seed < 250 && failures.Count < 3; seed++)
            {
                var (bytes, description) = mutator.Mutate(5_000_000 + seed);
                await File.WriteAllBytesAsync(path, bytes);
                var options = (seed % 4) switch
                {
                    0 => ImportOptions.Default with { MaxRecords = 150 + seed },
                    1 => ImportOptions.Default with { MaxProblems = 2 },
                    2 => ImportOptions.Default with { AllOrNothing = true },
                    _ => null,
                };
                if (PlainReadingTests.Difference(await ReadFileAsync(path, false, options), await ReadFileAsync(path, true, options)) is { } difference)
                {
                    failures.Add($"seed {5_000_000 + seed} ({description}): {difference}");
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task Entries_read_ahead_up_to_one_that_is_not_plain_are_taken_and_the_rest_read_as_usual()
    {
        var dataset = NationalDataset.Generate(new NationalSize(3, 4, 8, 12, 60, 3_000));
        var json = Encoding.UTF8.GetString(DatasetAssert.Write(dataset));
        // An entry in the middle with a note, one with an unknown property and one broken: each stops the reading ahead there.
        var at = json.IndexOf("{\"kind\":\"contribution\"", json.IndexOf("\"fundEntries\"", StringComparison.Ordinal) + 50_000, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), "domainkit-ahead-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            foreach (var insert in new[] { "\"note\":\"n\",", "\"colour\":\"red\",", "\"amount\":tru," })
            {
                await File.WriteAllTextAsync(path, json.Insert(at + 1, insert));
                Assert.Null(PlainReadingTests.Difference(await ReadFileAsync(path, ahead: false), await ReadFileAsync(path, ahead: true)));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
