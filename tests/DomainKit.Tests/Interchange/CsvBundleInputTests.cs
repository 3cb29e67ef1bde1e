using System.IO.Compression;
using System.Text;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Funds;
using DomainKit.Interchange;
using DomainKit.Interchange.Csv;
using DomainKit.Units;
using DomainKit.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Interchange;

/// <summary>Bundles as people and programs really make them: filled in by hand, broken, hostile.</summary>
public sealed class CsvBundleInputTests : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private readonly string root = Path.Combine(Path.GetTempPath(), "csvbundle-input-" + Guid.NewGuid().ToString("N"));

    public CsvBundleInputTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Folder(params (string Name, byte[] Content)[] files)
    {
        var folder = Path.Combine(root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), content);
        }
        return folder;
    }

    private static byte[] Utf8(string text, bool bom = false) => [.. bom ? Bom : [], .. Encoding.UTF8.GetBytes(text)];

    private const string UnitsVi =
        "Mã đơn vị;Tên đơn vị;Loại đơn vị;Mã đơn vị cấp trên\r\n" +
        "tinh;Tỉnh Bình Phước;province;\r\n" +
        "xa;Xã Tân Tiến;commune;tinh\r\n";

    private const string FundsVi =
        "Mã quỹ;Tên quỹ;Mã đơn vị quản lý\r\n" +
        "quy;Quỹ vì người nghèo;xa\r\n";

    private static ImportProblem[] Errors(ImportResult result) => [.. result.Problems.Where(p => p.Severity == Severity.Error)];

    // ----- Filled in by hand -----

    [Fact]
    public async Task An_amount_or_period_that_cannot_be_read_is_reported_with_the_reason_its_parsing_gives()
    {
        var folder = Folder(
            ("units.csv", Utf8(UnitsVi, bom: true)),
            ("funds.csv", Utf8(FundsVi, bom: true)),
            ("fund-entries.csv", Utf8(
                "Loại bút toán;Mã quỹ;Ngày;Số tiền;Kỳ tổng hợp\r\n" +
                "contribution;quy;10/11/2023;85.300.00đ;2023\r\n" +
                "contribution;quy;10/11/2023;85.300.000đ;2023Q5\r\n" +
                "contribution;quy;10/11/2023;khoảng 5 tỷ;2023\r\n", bom: true)));

        var result = await CsvBundle.ReadAsync(folder);

        var errors = Errors(result);
        Assert.Equal(3, errors.Length);
        Assert.Equal(("amount", "85.300.00đ"), (errors[0].Field, errors[0].Value));
        Assert.Contains("because the digits are grouped wrongly", errors[0].Message.English, StringComparison.Ordinal);
        Assert.Contains("vì các chữ số phân nhóm sai", errors[0].Message.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(("covers", "2023Q5"), (errors[1].Field, errors[1].Value));
        Assert.Contains("because a year, half, quarter or month is out of range", errors[1].Message.English, StringComparison.Ordinal);
        Assert.Contains("because a qualified amount", errors[2].Message.English, StringComparison.Ordinal);
        Assert.Equal(3, result.RecordsRejected);
    }

    [Fact]
    public async Task A_spreadsheet_with_vietnamese_headers_semicolons_a_bom_and_vietnamese_amounts_and_dates_loads()
    {
        var folder = Folder(
            ("units.csv", Utf8(UnitsVi, bom: true)),
            ("funds.csv", Utf8(FundsVi, bom: true)),
            ("fund-entries.csv", Utf8(
                "Loại bút toán;Mã quỹ;Ngày;Số tiền;Ghi chú\r\n" +
                "opening-balance;quy;01/01/2023;6.100.542.700 đ;\r\n" +
                "contribution;quy;10/11/2023;6.100.542.700;\"Đóng góp; đợt 1\"\r\n" +
                "Disbursement; quy ;2023-11-10;  250.000 đ ;\r\n", bom: true)));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Empty(Errors(result));
        Assert.Contains(result.Problems, p => p is { Code: "DK908", File: "units.csv", Line: 1 });
        Assert.Equal(["tinh", "xa"], result.Dataset.Units.Select(u => u.Id.Value));
        Assert.Equal(UnitKind.Commune, result.Dataset.Units[1].Kind);
        Assert.Equal(new UnitId("tinh"), result.Dataset.Units[1].ParentId);
        Assert.Null(result.Dataset.Units[0].ParentId);
        Assert.Equal(
            [new OpeningBalance("quy", new LocalDate(2023, 1, 1), new(6_100_542_700)),
             new Contribution("quy", new LocalDate(2023, 11, 10), new(6_100_542_700)) { Note = "Đóng góp; đợt 1" },
             new Disbursement("quy", new LocalDate(2023, 11, 10), new(250_000))],
            result.Dataset.FundEntries.AsEnumerable());
        Assert.Equal(3 + 2 + 1, result.RecordsRead);
    }

    [Fact]
    public async Task In_a_vietnamese_spreadsheet_a_quantity_that_reads_two_ways_is_reported_on_its_row_and_counts_and_quantities_follow_one_rule()
    {
        var folder = Folder(
            ("units.csv", Utf8(UnitsVi, bom: true)),
            ("unit-head-counts.csv", Utf8(
                "Mã đơn vị;Tính đến ngày;Số thành viên;Số miễn sinh hoạt\r\n" +
                "xa;10/11/2023;4.127;205\r\n", bom: true)),
            ("models.csv", Utf8(
                "Mã mô hình;Tên mô hình;Mã đơn vị thực hiện;Loại mô hình\r\n" +
                "hu-gao;Hũ gạo tình thương;xa;model\r\n", bom: true)),
            ("model-outcomes.csv", Utf8(
                "Mã mô hình;Tên kết quả;Số lượng;Đơn vị tính;Ngày\r\n" +
                "hu-gao;Gạo;2.500;kg;10/11/2023\r\n" +
                "hu-gao;Gạo tặng hộ nghèo;2.500,0;kg;10/11/2023\r\n" +
                "hu-gao;Đường bê tông;13,75;km;10/11/2023\r\n", bom: true)),
            ("funds.csv", Utf8(FundsVi, bom: true)),
            ("fund-entries.csv", Utf8(
                "Loại bút toán;Mã quỹ;Ngày;Tên hàng hóa;Số lượng hàng hóa;Đơn vị tính hàng hóa\r\n" +
                "in-kind-receipt;quy;10/11/2023;gạo;2.500;kg\r\n" +
                "in-kind-receipt;quy;10/11/2023;gạo;2500;kg\r\n", bom: true)));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Equal(4_127, result.Dataset.Units[1].HeadCounts.Single().Members);
        Assert.Equal([2_500.0m, 13.75m], result.Dataset.Models.Single().Outcomes.Select(o => o.Quantity!.Value));
        Assert.Equal(2_500m, Assert.IsType<InKindReceipt>(result.Dataset.FundEntries.Single()).Goods.Quantity);
        var errors = Errors(result);
        Assert.Equal(2, errors.Length);
        Assert.Equal(2, result.RecordsRejected);
        Assert.Equal([("model-outcomes.csv", 2L, "quantity"), ("fund-entries.csv", 2L, "goods.quantity")], errors.Select(e => (e.File, e.Line, e.Field!)));
        Assert.All(errors, e => Assert.Equal(("DK904", "2.500", true), (e.Code, e.Value, e.Rejected)));
        Assert.Contains("“2.500” is 2500 with the dot grouping thousands, or 2.5 with a decimal point", errors[0].Message.English, StringComparison.Ordinal);
        Assert.Contains("“2.500” có thể là 2500 (dấu chấm phân cách hàng nghìn) hoặc 2,5 (dấu chấm thập phân)", errors[0].Message.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_rows_are_reported_with_file_line_column_value_and_reason_in_both_languages_and_the_good_rows_load()
    {
        var folder = Folder(
            ("units.csv", Utf8(UnitsVi, bom: true)),
            ("funds.csv", Utf8(FundsVi, bom: true)),
            ("fund-entries.csv", Utf8(
                "Loại bút toán;Mã quỹ;Ngày;Số tiền;Ghi chú\r\n" +
                "contribution;quy;10/11/2023;6.100.542.700 đ;tốt\r\n" +
                "contribution;quy;31/02/2023;100.000;ngày sai\r\n" +
                "contribution;quy;10/11/2023;12,5tr;số sai\r\n" +
                "\"contribution\";quy;10/11/2023;99999999999999999999;\"tràn\r\n64 bit\"\r\n" +
                "contribution;;10/11/2023;100.000;thiếu quỹ\r\n" +
                "contribution;quy;11/11/2023;200.000;tốt\r\n", bom: true)));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Equal([6_100_542_700L, 200_000L], result.Dataset.FundEntries.Select(e => e.CashEffect.Value));
        Assert.Equal(4, result.RecordsRejected);
        var errors = Errors(result);
        Assert.Equal(4, errors.Length);
        Assert.All(errors, e => Assert.True(e.Rejected));
        Assert.All(errors, e => Assert.Equal("fund-entries.csv", e.File));

        var date = errors[0];
        Assert.Equal(("DK904", 3L, 3L, "date", "31/02/2023"), (date.Code, date.Line, date.Column, date.Field, date.Value));
        Assert.Contains("cannot be read as a date", date.Message.English, StringComparison.Ordinal);
        Assert.Contains("không đọc được thành một ngày", date.Message.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("Ngày", date.Message.Vietnamese, StringComparison.Ordinal);

        var money = errors[1];
        Assert.Equal(("DK904", 4L, 4L, "amount", "12,5tr"), (money.Code, money.Line, money.Column, money.Field, money.Value));
        Assert.Contains("64 bits", money.Message.English, StringComparison.Ordinal);
        Assert.Contains("Số tiền", money.Message.Vietnamese, StringComparison.Ordinal);

        var overflow = errors[2];
        Assert.Equal(("DK904", 5L, 4L, "99999999999999999999"), (overflow.Code, overflow.Line, overflow.Column, overflow.Value));

        // The row above spans two lines; the next starts on line 7.
        var missing = errors[3];
        Assert.Equal(("DK903", 7L, 2L, "fundId", (string?)null), (missing.Code, missing.Line, missing.Column, missing.Field, missing.Value));
        Assert.Contains("lacks the required field fundId", missing.Message.English, StringComparison.Ordinal);
        Assert.Contains("thiếu trường bắt buộc Mã quỹ", missing.Message.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("fund-entries.csv:7:2 DK903", missing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_or_nothing_gives_an_empty_dataset_when_any_row_is_bad_and_still_reports_it()
    {
        var folder = Folder(
            ("units.csv", Utf8(UnitsVi)),
            ("payments.csv", Utf8("pledgeId,date,amount\r\np1,2023-11-10,1000\r\np1,31/02/2023,1000\r\n")));

        var result = await CsvBundle.ReadAsync(folder, ImportOptions.Default with { AllOrNothing = true });

        Assert.Empty(result.Dataset.Units);
        Assert.Empty(result.Dataset.Payments);
        Assert.Single(Errors(result), p => p is { Code: "DK904", File: "payments.csv", Line: 3 });
        var lenient = await CsvBundle.ReadAsync(folder);
        Assert.Equal(2, lenient.Dataset.Units.Length);
        Assert.Single(lenient.Dataset.Payments);
    }

    [Fact]
    public async Task Headers_are_matched_in_either_language_whatever_their_case_and_spaces_and_columns_in_any_order()
    {
        var folder = Folder(("units.csv", Utf8("  LOẠI ĐƠN VỊ ,name,  Mã Đơn Vị\r\ncommune,Xã A,a\r\n")));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Empty(Errors(result));
        var unit = Assert.Single(result.Dataset.Units);
        Assert.Equal(("a", "Xã A", UnitKind.Commune), (unit.Id.Value, unit.Name, unit.Kind));
    }

    // ----- Files of the bundle -----

    [Fact]
    public async Task Missing_files_are_read_as_empty_and_unknown_files_and_columns_are_reported()
    {
        var folder = Folder(
            ("units.csv", Utf8("id,name,kind,colour\r\nu1,Xã A,commune,red\r\n")),
            ("notes.txt", Utf8("hello")));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Single(result.Dataset.Units);
        Assert.Contains(result.Problems, p => p is { Code: "DK905", Severity: Severity.Warning, File: "units.csv", Line: 1, Column: 4, Field: "colour" });
        Assert.Contains(result.Problems, p => p is { Code: "DK907", Severity: Severity.Warning, File: "notes.txt" });
        var missing = result.Problems.Where(p => p.Code == "DK906").ToArray();
        Assert.Equal(CsvTables.All.Count - 1, missing.Length);
        Assert.All(missing, p => Assert.Equal(Severity.Info, p.Severity));
        Assert.Contains(missing, p => p.File == "fund-entries.csv" && p.Message.English.Contains("no fund entry records", StringComparison.Ordinal));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public async Task A_zipped_folder_is_read_with_its_files_one_level_down()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("bundle/");
            await using var entry = archive.CreateEntry("bundle/UNITS.CSV").Open();
            await entry.WriteAsync(Utf8("id,name,kind\r\nu1,Xã A,commune\r\n"));
        }

        var result = await CsvBundle.ReadZipAsync(new MemoryStream(zip.ToArray()), "bundle.zip");

        Assert.Single(result.Dataset.Units);
        Assert.DoesNotContain(result.Problems, p => p.Code == "DK907");
    }

    [Fact]
    public async Task A_file_that_is_not_a_zip_is_an_unsupported_format()
    {
        var result = await CsvBundle.ReadZipAsync(new MemoryStream(Utf8("id,name\r\n")), "units.csv");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("DK902", "units.csv"), (problem.Code, problem.File));
        Assert.Empty(result.Dataset.Units);
    }

    [Fact]
    public async Task A_path_that_does_not_exist_throws_an_io_exception()
        => await Assert.ThrowsAnyAsync<IOException>(() => CsvBundle.ReadAsync(Path.Combine(root, "nowhere")));

    // ----- Broken text -----

    [Fact]
    public async Task Malformed_utf8_is_reported_at_its_line_and_the_rows_before_it_load()
    {
        byte[] content = [.. Utf8("id,name,kind\r\nu1,Xã A,commune\r\nu2,X"), 0xC3, 0x28, .. Utf8(",commune\r\nu3,Xã C,commune\r\n")];
        var folder = Folder(("units.csv", content));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Equal(["u1"], result.Dataset.Units.Select(u => u.Id.Value));
        var problem = Assert.Single(Errors(result));
        Assert.Equal(("DK901", "units.csv", 3L), (problem.Code, problem.File, problem.Line));
        Assert.Contains("UTF-8", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_saved_in_a_legacy_encoding_is_reported_not_misread()
    {
        // "Xã" in Windows-1258: ã is 0xE3, which does not begin a valid UTF-8 sequence here.
        var folder = Folder(("units.csv", [.. Utf8("id,name,kind\r\nu1,X"), 0xE3, .. Utf8(",commune\r\n")]));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Empty(result.Dataset.Units);
        Assert.Single(Errors(result), p => p is { Code: "DK901", Line: 2 });
    }

    [Fact]
    public async Task A_quote_left_open_is_reported_at_the_line_where_its_field_began_and_stops_the_file()
    {
        var folder = Folder(
            ("units.csv", Utf8("id,name,kind\r\nu1,Xã A,commune\r\nu2,\"Xã B,commune\r\nu3,Xã C,commune\r\n")),
            ("funds.csv", Utf8("id,name,ownerId\r\nf1,Quỹ,u1\r\n")));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Equal(["u1"], result.Dataset.Units.Select(u => u.Id.Value));
        Assert.Single(result.Dataset.Funds);
        var problem = Assert.Single(Errors(result));
        Assert.Equal(("DK901", "units.csv", 3L, true), (problem.Code, problem.File, problem.Line, problem.Rejected));
        Assert.Contains("not closed", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_with_too_few_or_too_many_fields_are_rejected_and_the_file_goes_on()
    {
        var folder = Folder(("units.csv", Utf8("id,name,kind\r\nu1,Xã A\r\nu2,Xã B,commune,extra\r\nu3,Xã C,commune,,\r\nu4,Xã D,commune\r\n")));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Equal(["u3", "u4"], result.Dataset.Units.Select(u => u.Id.Value));
        var errors = Errors(result);
        Assert.Equal(2, errors.Length);
        Assert.Equal(("DK903", 2L, 3L, "kind"), (errors[0].Code, errors[0].Line, errors[0].Column, errors[0].Field));
        Assert.Equal(("DK904", 3L, 4L, "extra"), (errors[1].Code, errors[1].Line, errors[1].Column, errors[1].Value));
        Assert.Equal(2, result.RecordsRejected);
    }

    [Fact]
    public async Task A_line_of_fifty_megabytes_is_skipped_without_being_held_and_the_next_rows_load()
    {
        var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("units.csv", CompressionLevel.Fastest).Open();
            await entry.WriteAsync(Utf8("id,name,kind\r\nu1,"));
            var chunk = Encoding.UTF8.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 50; i++)
            {
                await entry.WriteAsync(chunk);
            }
            await entry.WriteAsync(Utf8(",commune\r\nu2,Xã B,commune\r\n"));
        }
        zip.Position = 0;

        var result = await CsvBundle.ReadZipAsync(zip, "bundle.zip", ImportOptions.Default with { MaxFieldLength = 4_096 });

        Assert.Equal(["u2"], result.Dataset.Units.Select(u => u.Id.Value));
        var problem = Assert.Single(Errors(result));
        Assert.Equal(("DK901", "units.csv", 2L, true), (problem.Code, problem.File, problem.Line, problem.Rejected));
        Assert.Contains("longer than 4096 characters", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tokenizer_holds_no_more_than_the_limit_of_an_over_long_row()
    {
        // A stream that answers at once keeps the whole read on this thread, so that its allocations can be counted.
        var source = new GeneratedLine(50 << 20);
        var tokenizer = new CsvTokenizer(source, 4_096);
        await tokenizer.DetectDelimiterAsync(CancellationToken.None);
        Assert.Equal(CsvToken.Row, await tokenizer.ReadRowAsync(CancellationToken.None));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var first = await tokenizer.ReadRowAsync(CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var second = await tokenizer.ReadRowAsync(CancellationToken.None);

        Assert.Equal(CsvToken.TooLong, first);
        Assert.Equal(CsvToken.Row, second);
        Assert.Equal("after", tokenizer.Field(0));
        Assert.Equal(3, tokenizer.RowLine);
        Assert.True(allocated < 1 << 20, $"{allocated:N0} bytes allocated to skip a 50 MB line");
    }

    [Fact]
    public async Task Line_numbers_count_line_breaks_inside_quoted_fields_and_every_kind_of_line_end()
    {
        var folder = Folder(("units.csv", Utf8("id,name,kind\n\"u1\",\"two\r\nlines\",commune\ru2,\"three\n\nlines\",commune\r\n\r\nu3,Xã C,commune,\"\"\"\"\r\nu4,Xã D,bad-kind\r\n")));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Equal(["u1", "u2", "u4"], result.Dataset.Units.Select(u => u.Id.Value));
        Assert.Equal("two\r\nlines", result.Dataset.Units[0].Name);
        Assert.Equal("three\n\nlines", result.Dataset.Units[1].Name);
        // An unknown kind is an app's own, named by its code.
        Assert.Equal("bad-kind", result.Dataset.Units[2].Kind.Code);
        var extra = Assert.Single(Errors(result));
        Assert.Equal(("DK904", 8L, 4L, "\""), (extra.Code, extra.Line, extra.Column, extra.Value));
    }

    // ----- Meaning is validation's to judge -----

    [Fact]
    public async Task Duplicate_ids_and_references_to_units_that_do_not_exist_load_and_validation_reports_them()
    {
        var folder = Folder(
            ("units.csv", Utf8("id,name,kind,parentId\r\nu1,Xã A,commune,\r\nu1,Xã A bis,commune,\r\nu2,Ấp B,village,ghost\r\n")),
            ("funds.csv", Utf8("id,name,ownerId\r\nf1,Quỹ,nobody\r\n")));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.False(result.HasErrors, result.ToString());
        Assert.Equal(3, result.Dataset.Units.Length);
        Assert.Single(result.Dataset.Funds);
        var report = DatasetValidator.CreateDefault().Validate(result.Dataset);
        Assert.NotEmpty(report.WithCode("DK102"));
        Assert.NotEmpty(report.WithCode("DK103"));
    }

    [Fact]
    public async Task Child_rows_naming_a_parent_that_is_not_in_its_file_are_rejected()
    {
        var folder = Folder(
            ("units.csv", Utf8("id,name,kind\r\nu1,Xã A,commune\r\n")),
            ("unit-head-counts.csv", Utf8("unitId,asOf,members\r\nu1,2023-11-10,42\r\nghost,2023-11-10,7\r\n")));

        var result = await CsvBundle.ReadAsync(folder);

        var count = Assert.Single(Assert.Single(result.Dataset.Units).HeadCounts);
        Assert.Equal(42, count.Members);
        var problem = Assert.Single(Errors(result));
        Assert.Equal(("DK904", "unit-head-counts.csv", 3L, 1L, "ghost"), (problem.Code, problem.File, problem.Line, problem.Column, problem.Value));
        Assert.Contains("the id of a unit read from units.csv", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_stops_after_the_most_problems_allowed_with_one_more_saying_so()
    {
        var rows = string.Concat(Enumerable.Range(0, 100).Select(i => $"p,31/02/2023,{i}\r\n"));
        var folder = Folder(("payments.csv", Utf8("pledgeId,date,amount\r\n" + rows)));

        var result = await CsvBundle.ReadAsync(folder, ImportOptions.Default with { MaxProblems = 10 });

        // The notes of the files the bundle lacks (DK906) do not count.
        Assert.Equal(10, result.Problems.Count(p => p.Code == "DK904"));
        Assert.Equal("DK909", result.Problems[^1].Code);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public async Task Values_in_columns_the_kind_of_entry_does_not_use_are_reported_as_ignored()
    {
        var folder = Folder(("fund-entries.csv", Utf8("kind,fundId,date,amount,principal\r\ncontribution,f1,2023-11-10,1000,5000\r\n")));

        var result = await CsvBundle.ReadAsync(folder);

        Assert.Single(result.Dataset.FundEntries);
        Assert.Single(result.Problems, p => p is { Code: "DK905", Line: 2, Column: 5, Field: "principal", Value: "5000" });
    }

    // ----- Fuzzing -----

    private static readonly Lazy<(string Name, byte[] Content)[]> ValidFiles = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "csvbundle-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            CsvBundle.WriteFolderAsync(BinhPhuoc2023.Build(), folder, CsvOptions.Spreadsheet).GetAwaiter().GetResult();
            return [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    private static readonly byte[] Inserted = Encoding.UTF8.GetBytes(",;\"\r\n\t");

    private static byte[] Mutate(byte[] content, int seed)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(content);
        var mutations = random.Next(1, 12);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 2:
                    bytes.Insert(at, Inserted[random.Next(Inserted.Length)]);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes[at] = (byte)random.Next(256);
                    break;
            }
        }
        return [.. bytes];
    }

    [Property(MaxTest = 200)]
    public Property Random_mutations_of_a_valid_bundle_are_loaded_or_reported_and_never_throw()
        => Prop.ForAll(
            Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
            seed =>
            {
                var random = new Random(seed);
                var files = ValidFiles.Value.Select(f => (f.Name, Content: random.Next(3) == 0 ? Mutate(f.Content, random.Next()) : f.Content)).ToArray();
                using var zip = new MemoryStream();
                using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
                {
                    foreach (var (name, content) in files)
                    {
                        using var entry = archive.CreateEntry(name).Open();
                        entry.Write(content);
                    }
                }
                var options = ImportOptions.Default with { MaxFieldLength = 2_048, MaxProblems = 50 };
                var result = CsvBundle.ReadZipAsync(new MemoryStream(zip.ToArray()), "fuzz.zip", options).GetAwaiter().GetResult();
                Assert.NotNull(result.Dataset);
                Assert.True(result.RecordsRejected <= result.RecordsRead);
                Assert.All(result.Problems, p => Assert.False(string.IsNullOrEmpty(p.Message.English) || string.IsNullOrEmpty(p.Message.Vietnamese)));
                // A mutated zip itself is an unsupported format, never an exception.
                var broken = Mutate(zip.ToArray(), seed);
                Assert.NotNull(CsvBundle.ReadZipAsync(new MemoryStream(broken), "fuzz.zip", options).GetAwaiter().GetResult());
                return true;
            });

    // ----- Cancellation -----

    [Fact]
    public async Task Cancelled_reads_and_writes_throw_operation_cancelled()
    {
        var dataset = BinhPhuoc2023.Build();
        var folder = Path.Combine(root, "cancel");
        await CsvBundle.WriteFolderAsync(dataset, folder);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsvBundle.ReadAsync(folder, cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsvBundle.ReadZipAsync(new MemoryStream([1, 2, 3]), "x.zip", cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsvBundle.WriteFolderAsync(dataset, Path.Combine(root, "cancel2"), cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsvBundle.WriteZipAsync(dataset, new MemoryStream(), cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task A_read_cancelled_while_it_runs_stops_with_operation_cancelled_after_reporting_progress()
    {
        var builder = new DatasetBuilder();
        builder.Add(Enumerable.Range(0, 70_000).Select(i => new Contribution("f1", new LocalDate(2023, 1, 1).PlusDays(i % 365), new(i))));
        var folder = Path.Combine(root, "large");
        await CsvBundle.WriteFolderAsync(builder.Build(), folder);
        using var source = new CancellationTokenSource();
        var progress = new List<ImportProgress>();
        var options = ImportOptions.Default with { Progress = new Reporter(p => { progress.Add(p); source.Cancel(); }) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CsvBundle.ReadAsync(folder, options, source.Token));

        var first = Assert.Single(progress);
        Assert.Equal(65_536, first.Records);
        Assert.True(first.Bytes > 0 && first.Bytes <= first.TotalBytes);
    }

    [Fact]
    public async Task A_large_ledger_reports_progress_every_65536_records()
    {
        var builder = new DatasetBuilder();
        builder.Add(Enumerable.Range(0, 140_000).Select(i => new Contribution("f1", new LocalDate(2023, 1, 1), new(i))));
        var dataset = builder.Build();
        var zip = await CsvBundleTests.ZipAsync(dataset);
        var progress = new List<ImportProgress>();

        var result = await CsvBundle.ReadZipAsync(new MemoryStream(zip), "large.zip", ImportOptions.Default with { Progress = new Reporter(progress.Add) });

        Assert.Equal([65_536L, 131_072L], progress.Select(p => p.Records));
        Assert.Equal(140_000, result.Dataset.FundEntries.Count);
        Assert.Equal(dataset.FundEntries.AsEnumerable(), result.Dataset.FundEntries.AsEnumerable());
    }

    private sealed class Reporter(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    /// <summary>A header line, then one line of <c>length</c> letters, then a short line; every read answers at once.</summary>
    private sealed class GeneratedLine(long length) : Stream
    {
        private readonly byte[] head = Encoding.ASCII.GetBytes("name\r\n");
        private readonly byte[] tail = Encoding.ASCII.GetBytes("\r\nafter\r\n");
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var total = head.Length + length + tail.Length;
            var n = (int)Math.Min(buffer.Length, total - position);
            for (var i = 0; i < n; i++, position++)
            {
                buffer[i] = position < head.Length ? head[position]
                    : position < head.Length + length ? (byte)'a'
                    : tail[position - head.Length - length];
            }
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => ValueTask.FromResult(Read(buffer.Span));
    }
}
