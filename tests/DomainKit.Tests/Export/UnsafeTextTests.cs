using System.IO.Compression;
using System.Text;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Interchange;
using DomainKit.Text;
using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Export;

/// <summary>Control characters (NUL, ESC) and bidirectional overrides (U+202E) in names: shown as \uXXXX in text outputs, read back from a bundle.</summary>
public sealed class UnsafeTextTests
{
    private const string Hostile = "Xã \u001b[2J\u0000An\u202Eđức\u0085";

    private static string RawUnsafe(string text)
        => string.Join(", ", text.Where(c => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E').Select(c => $"U+{(int)c:X4}"));

    [Theory]
    [InlineData("markdown", @"\u001B\[2J\u0000An\u202Eđức\u0085")]
    [InlineData("csv", @"\u001B[2J\u0000An\u202Eđức\u0085")]
    public async Task A_text_export_writes_control_and_bidirectional_characters_as_escapes(string format, string written)
    {
        var document = ExportFixture.Named(Hostile);
        using var output = new MemoryStream();

        await ExporterCatalog.BuiltIn.Get(format).ExportAsync(document, output);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Equal(string.Empty, RawUnsafe(text));
        Assert.Contains(written, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_of_a_report_escapes_them_too()
    {
        var text = RenderingExtensions.ToMarkdown(ExportFixture.Named(Hostile));

        Assert.Equal(string.Empty, RawUnsafe(text));
    }

    [Fact]
    public async Task A_bundle_writes_names_with_control_characters_as_escapes_and_reads_them_back_exactly()
    {
        string[] names = [Hostile, @"Tổ \u001B không phải ký tự điều khiển", @"C:\dữ liệu\u005C", "\\"];
        var dataset = new DatasetBuilder()
            .Add(names.Select((name, i) => new Unit { Id = $"u-{i}\u202E", Name = name, Kind = UnitKind.Commune }))
            .Build();
        using var zip = new MemoryStream();

        await CsvBundle.WriteZipAsync(dataset, zip);
        zip.Position = 0;
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true))
        {
            using var units = new StreamReader(archive.GetEntry("units.csv")!.Open());
            Assert.Equal(string.Empty, RawUnsafe(await units.ReadToEndAsync()));
        }
        zip.Position = 0;
        var read = await CsvBundle.ReadZipAsync(zip, "names.zip");

        Assert.Equal(names, read.Dataset.Units.Select(u => u.Name));
        Assert.Equal(dataset.Units.Select(u => u.Id), read.Dataset.Units.Select(u => u.Id));
    }

    [Property]
    public Property Every_text_reads_back_from_its_reversible_escape() =>
        Prop.ForAll(
                Gen.Elements('\\', 'u', '0', '5', 'C', 'c', '1', 'B', 'E', '2', 'a', '\0', '\u001b', '\u202e', 'đ', '\t').ArrayOf().Select(c => new string(c)).ToArbitrary(),
                text => UnsafeText.Unescape(UnsafeText.EscapeReversibly(text)) == text && !UnsafeText.HasUnsafe(UnsafeText.EscapeReversibly(text)));

    [Fact]
    public void Text_without_such_characters_or_escapes_is_left_as_it_is()
    {
        Assert.Same("Xã Bình Đức", UnsafeText.EscapeReversibly("Xã Bình Đức"));
        Assert.Equal(@"C:\dữ liệu\u0041", UnsafeText.EscapeReversibly(@"C:\dữ liệu\u0041"));
        Assert.Equal(@"\u0041", UnsafeText.Unescape(@"\u0041"));
    }
}
