using System.Text;
using DomainKit.Interchange;
using DomainKit.Tests.Robustness;

namespace DomainKit.Tests.Interchange;

/// <summary>Every record a reader meets is kept or rejected, even the one it stops in (DK901, DK909).</summary>
public sealed class ImportAccountingTests : IDisposable
{
    private const string Header = """{"format":"domainkit-dataset","version":1""";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "import-accounting-" + Guid.NewGuid().ToString("N"));

    public ImportAccountingTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static ImportResult ReadJson(byte[] json, ImportOptions? options = null)
        => DatasetJson.ReadAsync(new MemoryStream(json), "data.json", options).GetAwaiter().GetResult();

    private static void AssertAccounted(ImportResult result, bool bundle)
    {
        Assert.Equal(result.RecordsRead, Pipeline.Kept(result.Dataset, bundle) + result.RecordsRejected);
        if (result.RecordsRejected > 0)
        {
            Assert.Contains(result.Problems, p => p.Rejected);
        }
    }

    [Fact]
    public void A_json_record_the_reading_stops_in_after_too_many_problems_counts_as_rejected()
    {
        var json = Header + ""","units":[{"id":"a","name":"A","kind":"province","successors":[],"headCounts":[]},{"id":"b","name":"B","kind":"province","successors":[],"headCounts":[],"x":1,"y":2,"z":3}]}""";

        var result = ReadJson(Encoding.UTF8.GetBytes(json), ImportOptions.Default with { MaxProblems = 2 });

        Assert.Equal((2L, 1L), (result.RecordsRead, result.RecordsRejected));
        Assert.Equal("a", Assert.Single(result.Dataset.Units).Id.Value);
        var stop = result.Problems[^1];
        Assert.Equal(("DK909", true), (stop.Code, stop.Rejected));
        AssertAccounted(result, bundle: false);
    }

    [Fact]
    public void A_json_record_the_reading_stops_in_on_bytes_that_are_not_utf8_counts_as_rejected()
    {
        var json = Encoding.UTF8.GetBytes(Header + ""","units":[{"id":"a","name":"A","kind":"province","successors":[],"headCounts":[]},{"id":"b","name":"B#","kind":"province","successors":[],"headCounts":[]}]}""");
        json[Array.LastIndexOf(json, (byte)'#')] = 0xFF;

        var result = ReadJson(json);

        Assert.Equal((2L, 1L), (result.RecordsRead, result.RecordsRejected));
        var stop = Assert.Single(result.Problems);
        Assert.Equal(("DK901", true), (stop.Code, stop.Rejected));
        AssertAccounted(result, bundle: false);
    }

    [Fact]
    public async Task A_csv_row_the_reading_stops_in_after_too_many_problems_counts_as_rejected()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "units.csv"),
            "id,name,kind,validFrom,validTo,remarks\r\n" +
            "a,A,province,,,\r\n" +
            "b,B,province,31/02/2023,99/99/9999,\r\n");

        // The unknown column is one problem, b's start another; its end stops the reading.
        var result = await CsvBundle.ReadAsync(folder, ImportOptions.Default with { MaxProblems = 2 });

        Assert.Equal((2L, 1L), (result.RecordsRead, result.RecordsRejected));
        Assert.Equal(("DK909", true), (result.Problems[^1].Code, result.Problems[^1].Rejected));
        AssertAccounted(result, bundle: true);
    }
}
