using System.IO.Compression;
using System.Text;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Funds;
using DomainKit.Interchange;
using DomainKit.Interchange.Csv;
using DomainKit.Money;
using DomainKit.Text;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Interchange;

public sealed class CsvBundleTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "csvbundle-" + Guid.NewGuid().ToString("N"));

    public CsvBundleTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    public static TheoryData<string> OptionNames => ["default", "spreadsheet"];

    private static CsvOptions OptionsNamed(string name) => name == "default" ? CsvOptions.Default : CsvOptions.Spreadsheet;

    internal static async Task<byte[]> ZipAsync(Dataset dataset, CsvOptions? options = null)
    {
        using var zip = new MemoryStream();
        await CsvBundle.WriteZipAsync(dataset, zip, options);
        return zip.ToArray();
    }

    internal static Task<ImportResult> ReadZipAsync(byte[] zip, ImportOptions? options = null)
        => CsvBundle.ReadZipAsync(new MemoryStream(zip), "bundle.zip", options);

    /// <summary>Equal collection by collection, item by item, and written the same in JSON (which carries classifier names too).</summary>
    internal static void AssertSameDataset(Dataset expected, Dataset actual)
    {
        Assert.Equal(expected.Units.AsEnumerable(), actual.Units.AsEnumerable());
        Assert.Equal(expected.Models.AsEnumerable(), actual.Models.AsEnumerable());
        Assert.Equal(expected.Pledges.AsEnumerable(), actual.Pledges.AsEnumerable());
        Assert.Equal(expected.Payments.AsEnumerable(), actual.Payments.AsEnumerable());
        Assert.Equal(expected.Funds.AsEnumerable(), actual.Funds.AsEnumerable());
        Assert.Equal(expected.FundEntries.AsEnumerable(), actual.FundEntries.AsEnumerable());
        Assert.Equal(expected.Commendations.AsEnumerable(), actual.Commendations.AsEnumerable());
        Assert.Equal(Json(expected), Json(actual));
    }

    private static string Json(Dataset dataset)
    {
        using var stream = new MemoryStream();
        DatasetJson.WriteAsync(dataset, stream).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // A bundle with other delimiters than commas is reported for information (DK908) only.
    private static void AssertClean(ImportResult result)
        => Assert.True(result.Problems.All(p => p.Code == "DK908"), result.ToString());

    // ----- Round trips -----

    [Theory]
    [MemberData(nameof(OptionNames))]
    public async Task Binh_Phuoc_round_trips_exactly_through_a_folder(string optionName)
    {
        var dataset = BinhPhuoc2023.Build();
        var folder = Path.Combine(root, optionName);
        await CsvBundle.WriteFolderAsync(dataset, folder, OptionsNamed(optionName));

        var result = await CsvBundle.ReadAsync(folder);

        AssertClean(result);
        AssertSameDataset(dataset, result.Dataset);
        Assert.Equal(0, result.RecordsRejected);
    }

    [Theory]
    [MemberData(nameof(OptionNames))]
    public async Task Binh_Phuoc_round_trips_exactly_through_a_zip(string optionName)
    {
        var dataset = BinhPhuoc2023.Build();
        var path = Path.Combine(root, optionName + ".zip");
        await using (var file = File.Create(path))
        {
            await CsvBundle.WriteZipAsync(dataset, file, OptionsNamed(optionName));
        }

        var fromPath = await CsvBundle.ReadAsync(path);
        var fromStream = await ReadZipAsync(await File.ReadAllBytesAsync(path));

        AssertClean(fromPath);
        AssertSameDataset(dataset, fromPath.Dataset);
        AssertClean(fromStream);
        AssertSameDataset(dataset, fromStream.Dataset);
    }

    [Fact]
    public async Task A_zip_streamed_from_a_source_that_cannot_seek_is_read()
    {
        var dataset = BinhPhuoc2023.Build();
        var zip = await ZipAsync(dataset);

        var result = await CsvBundle.ReadZipAsync(new ForwardOnlyStream(zip), "bundle.zip");

        AssertClean(result);
        AssertSameDataset(dataset, result.Dataset);
    }

    [Fact]
    public async Task A_zip_is_written_to_a_destination_that_cannot_seek_or_write_synchronously()
    {
        var dataset = BinhPhuoc2023.Build();
        using var destination = new DomainKit.Tests.Export.NonSeekableStream();

        await CsvBundle.WriteZipAsync(dataset, destination, CsvOptions.Spreadsheet);

        AssertSameDataset(dataset, (await ReadZipAsync(destination.ToArray())).Dataset);
    }

    [Property(MaxTest = 150)]
    public Property Generated_datasets_round_trip_through_zipped_bundles_in_both_styles()
        => Prop.ForAll(DatasetGenerators.Tabular.Cases.ToArbitrary(), data =>
        {
            var dataset = data.Build();
            foreach (var options in new[] { CsvOptions.Default, CsvOptions.Spreadsheet, CsvOptions.Default with { Delimiter = '\t', ByteOrderMark = true } })
            {
                var result = ReadZipAsync(ZipAsync(dataset, options).GetAwaiter().GetResult()).GetAwaiter().GetResult();
                Assert.True(result.Problems.All(p => p.Code == "DK908"), result.ToString());
                AssertSameDataset(dataset, result.Dataset);
            }
            return true;
        });

    [Fact]
    public async Task The_default_style_writes_english_headers_integers_and_iso_dates_with_crlf()
    {
        var folder = Path.Combine(root, "default");
        await CsvBundle.WriteFolderAsync(BinhPhuoc2023.Build(), folder);

        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, "fund-entries.csv"));
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("kind,fundId,date,amount,contributor,principal,loanId,", text, StringComparison.Ordinal);
        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.Contains(",2023-11-10,81500000,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_spreadsheet_style_writes_vietnamese_headers_grouped_amounts_and_day_first_dates()
    {
        var folder = Path.Combine(root, "spreadsheet");
        await CsvBundle.WriteFolderAsync(BinhPhuoc2023.Build(), folder, CsvOptions.Spreadsheet);

        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, "fund-entries.csv"));
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("Loại bút toán;Mã quỹ;Ngày;Số tiền;", text, StringComparison.Ordinal);
        Assert.Contains(";10/11/2023;81.500.000;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_header_names_one_column_of_its_file_in_either_language()
    {
        foreach (var table in CsvTables.All)
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                Assert.Equal(i, table.ColumnOf(table.Columns[i].English));
                Assert.Equal(i, table.ColumnOf(table.Columns[i].Vietnamese));
                Assert.Equal(i, table.ColumnOf("  " + table.Columns[i].Vietnamese.ToUpperInvariant() + " "));
                Assert.Equal(i, table.ColumnOf(table.Columns[i].Vietnamese.Normalize(NormalizationForm.FormD)));
            }
        }
    }

    [Theory]
    [InlineData("6100542700", 6_100_542_700L)]
    [InlineData("6.100.542.700", 6_100_542_700L)]
    [InlineData("6.100.542.700 đ", 6_100_542_700L)]
    [InlineData(" 6.100.542.700 đồng ", 6_100_542_700L)]
    [InlineData("-5000", -5_000L)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("-9.223.372.036.854.775.808", long.MinValue)]
    [InlineData("9.223.372.036.854.775.807", long.MaxValue)]
    public void Amounts_are_read_as_integers_or_in_vietnamese_style(string text, long expected)
    {
        Assert.True(CsvValues.TryMoney(text.Trim(), out var amount), text);
        Assert.Equal(expected, amount.Value);
    }

    [Theory]
    [InlineData("12,5tr")]
    [InlineData("9223372036854775808")]
    [InlineData("9.223.372.036.854.775.808")]
    [InlineData("99999999999999999999999")]
    [InlineData("khoảng 5 tỷ")]
    [InlineData("1,5")]
    public void Amounts_that_are_not_exact_64_bit_figures_are_refused(string text)
        => Assert.False(CsvValues.TryMoney(text, out _), text);

    [Theory]
    [InlineData("4.127", 4_127)]
    [InlineData("4127", 4_127)]
    [InlineData("4.000", 4_000)]
    [InlineData("-1.234.567", -1_234_567)]
    [InlineData("+42", 42)]
    [InlineData("007", 7)]
    [InlineData("2.147.483.647", int.MaxValue)]
    public void Counts_are_whole_so_a_dot_in_them_groups_thousands(string text, int expected)
    {
        Assert.True(CsvValues.TryCount(text, out var count), text);
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("4,127")]
    [InlineData("4.127,0")]
    [InlineData("4.12")]
    [InlineData("0.127")]
    [InlineData("1.234.56")]
    [InlineData("2.147.483.648")]
    [InlineData("99999999999")]
    [InlineData("-")]
    public void Counts_with_a_decimal_mark_badly_grouped_or_beyond_32_bits_are_refused(string text)
        => Assert.False(CsvValues.TryCount(text, out _), text);

    [Theory]
    [InlineData("4,127")]
    [InlineData("6,100,542,700")]
    [InlineData("2,5")]
    public void Amounts_with_a_comma_and_no_scale_word_are_refused_as_counts_are(string text)
        => Assert.False(CsvValues.TryMoney(text, out _), text);

    [Theory]
    [InlineData("2500", "2500")]
    [InlineData("2500.5", "2500.5")]
    [InlineData("2500,5", "2500.5")]
    [InlineData("2.500,5", "2500.5")]
    [InlineData("2.500,0", "2500.0")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("2,5", "2.5")]
    [InlineData("2,500", "2.500")]
    [InlineData("13.75", "13.75")]
    [InlineData("13,75", "13.75")]
    [InlineData("0.500", "0.500")]
    [InlineData("01.250", "1.250")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("1250.125", "1250.125")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Quantities_that_read_one_way_only_are_read_exactly(string text, string expected)
    {
        Assert.True(CsvValues.TryQuantity(text, out var value, out var ambiguous), text);
        Assert.Null(ambiguous);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2.500", 2_500, 2.5)]
    [InlineData("1.250", 1_250, 1.25)]
    [InlineData("-4.127", -4_127, -4.127)]
    public void A_quantity_with_a_dot_before_three_digits_reads_two_ways_and_is_not_guessed(string text, int grouped, double point)
    {
        Assert.False(CsvValues.TryQuantity(text, out _, out var ambiguous), text);
        Assert.Equal(((decimal)grouped, (decimal)point), ambiguous);
    }

    [Theory]
    [InlineData("2.50,5")]
    [InlineData("1,234.5")]
    [InlineData("1.2.3")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("0.12345678901234567890123456789")]
    [InlineData("792281625142643375935439503351")]
    [InlineData("2,5 kg")]
    public void Quantities_badly_written_or_beyond_what_a_decimal_holds_exactly_are_refused(string text)
    {
        Assert.False(CsvValues.TryQuantity(text, out _, out var ambiguous), text);
        Assert.Null(ambiguous);
    }

    [Theory]
    [InlineData("1.250", "01.250", "1,250")]
    [InlineData("-1.250", "-01.250", "-1,250")]
    [InlineData("2500", "2500", "2500")]
    [InlineData("2500.5", "2500.5", "2500,5")]
    [InlineData("0.500", "0.500", "0,500")]
    [InlineData("999.999", "0999.999", "999,999")]
    [InlineData("1000.000", "1000.000", "1000,000")]
    public void Each_style_writes_quantities_that_read_back_one_way_and_exactly(string value, string invariant, string vietnamese)
    {
        var quantity = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (culture, expected) in new[] { (Text.TextCulture.English, invariant), (Text.TextCulture.Vietnamese, vietnamese) })
        {
            var written = CsvValues.Quantity(quantity, culture);
            Assert.Equal(expected, written);
            Assert.True(CsvValues.TryQuantity(written, out var read, out _), written);
            Assert.Equal(value, read.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("2023-11-10", 2023, 11, 10)]
    [InlineData("10/11/2023", 2023, 11, 10)]
    [InlineData("5/2/2025", 2025, 2, 5)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    [InlineData("01/06/-0005", -5, 6, 1)]
    [InlineData("0000-06-01", 0, 6, 1)]
    public void Dates_are_read_as_iso_or_day_first(string text, int year, int month, int day)
    {
        Assert.True(CsvValues.TryDate(text, out var date), text);
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/2023")]
    [InlineData("2023-02-29")]
    [InlineData("10/11/23")]
    [InlineData("11/2023")]
    [InlineData("hôm nay")]
    public void Dates_that_do_not_exist_are_refused(string text) => Assert.False(CsvValues.TryDate(text, out _), text);

    /// <summary>A stream read forwards only, like a network response.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1_000));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
