using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using DomainKit.Cli;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Interchange;
using DomainKit.Validation;

namespace DomainKit.Tests.Interchange;

/// <summary>
/// Zips and folders that are not what they seem: empty, damaged, lying about their sizes, made on Windows, with a
/// file twice, among thousands of others, far larger than they look, holding FIFOs and devices, or with links planted
/// where the bundle is written.
/// </summary>
public sealed class CsvBundleHostileTests : IDisposable
{
    private const string Units = "id,name,kind\r\nu1,Xã A,commune\r\nu2,Xã B,commune\r\nu3,Xã C,commune\r\n";

    private readonly string root = Path.Combine(Path.GetTempPath(), "csvbundle-hostile-" + Guid.NewGuid().ToString("N"));

    public CsvBundleHostileTests() => Directory.CreateDirectory(root);

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static byte[] Zip(CompressionLevel level, params (string Name, string Content)[] files)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = archive.CreateEntry(name, level).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, string Content)[] files) => Zip(CompressionLevel.Optimal, files);

    private static Task<ImportResult> Read(byte[] zip, ImportOptions? options = null)
        => CsvBundle.ReadZipAsync(new MemoryStream(zip), "bundle.zip", options);

    private static ImportProblem[] Errors(ImportResult result) => [.. result.Problems.Where(p => p.Severity == Severity.Error)];

    private string Folder(params (string Name, string Content)[] files)
    {
        var folder = Path.Combine(root, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), content);
        }
        return folder;
    }

    // Where each central directory record of a zip starts.
    private static List<int> DirectoryRecords(byte[] zip)
    {
        var records = new List<int>();
        for (var i = 0; i + 46 <= zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x02014b50)
            {
                records.Add(i);
            }
        }
        return records;
    }

    // ----- No bundle at all -----

    [Fact]
    public async Task An_empty_zip_is_no_bundle()
    {
        var result = await Read(Zip());

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("DK902", Severity.Error, "bundle.zip"), (problem.Code, problem.Severity, problem.File));
        Assert.Contains("none of the bundle's files", problem.Message.English, StringComparison.Ordinal);
        Assert.Equal(0, result.RecordsRead);
    }

    [Fact]
    public async Task A_zipped_json_dataset_is_no_bundle_and_the_problem_says_to_read_the_json_file()
    {
        var result = await Read(Zip(("binh-phuoc-2023.json", """{"format":"domainkit-dataset","version":1,"units":[]}""")));

        var problem = Assert.Single(Errors(result));
        Assert.Equal("DK902", problem.Code);
        Assert.Contains("binh-phuoc-2023.json: read that .json file", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_of_other_files_is_no_bundle_and_the_tool_exits_2()
    {
        var folder = Folder(("notes.txt", "x"), ("report.md", "# x"));

        var result = await CsvBundle.ReadAsync(folder);
        var run = await DomainKit.Tests.Cli.Cli.Run("validate", folder, "--culture", "en");

        Assert.Single(Errors(result), p => p.Code == "DK902");
        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
    }

    // ----- Damaged and lying zips -----

    [Theory]
    [InlineData(CompressionLevel.Optimal, 0L)]
    [InlineData(CompressionLevel.Optimal, 20L)]
    [InlineData(CompressionLevel.NoCompression, 20L)]
    [InlineData(CompressionLevel.Optimal, 1_000L)]
    public async Task A_zip_whose_directory_lies_about_a_size_is_a_damaged_entry_named_in_the_error(CompressionLevel level, long declared)
    {
        var zip = Zip(level, ("funds.csv", "id,name,ownerId\r\nf1,Quỹ,u1\r\n"), ("units.csv", Units));
        var record = DirectoryRecords(zip)[1];
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(record + 24), (uint)declared);

        var result = await Read(zip);

        // Rows of a file cut short may be reported too; the damage always is.
        var problem = Assert.Single(Errors(result), p => p.Code == "DK910");
        Assert.Equal("units.csv", problem.File);
        Assert.Contains("The zip entry units.csv is damaged", problem.Message.English, StringComparison.Ordinal);
        Assert.Single(result.Dataset.Funds);
    }

    [Fact]
    public async Task A_zip_entry_whose_crc_does_not_match_is_a_damaged_entry()
    {
        var zip = Zip(("units.csv", Units));
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(DirectoryRecords(zip)[0] + 16), 0x12345678);

        var result = await Read(zip);

        var problem = Assert.Single(Errors(result));
        Assert.Equal(("DK910", "units.csv"), (problem.Code, problem.File));
        Assert.Contains("CRC-32", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tool_refuses_a_bundle_with_a_damaged_entry_with_exit_2()
    {
        using var cli = new DomainKit.Tests.Cli.Cli();
        var zip = Zip(("units.csv", Units));
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(DirectoryRecords(zip)[0] + 24), 0);
        var path = cli.PathOf("lying.zip");
        await File.WriteAllBytesAsync(path, zip);

        var run = await DomainKit.Tests.Cli.Cli.Run("validate", path, "--culture", "en");

        Assert.True(run.Code == ExitCodes.UsageOrUnreadable, run.ToString());
        Assert.Contains("DK910", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_example_bundle_with_every_entry_checked_reads_without_problems()
    {
        using var zip = new MemoryStream();
        await CsvBundle.WriteZipAsync(BinhPhuoc2023.Build(), zip);

        var result = await Read(zip.ToArray());

        Assert.Empty(result.Problems);
        Assert.Equal(3979, result.Dataset.Pledges.Length);
    }

    // ----- Names -----

    [Fact]
    public async Task Entries_named_with_windows_separators_are_found()
    {
        var result = await Read(Zip(("bundle\\units.csv", Units), ("bundle\\sub\\FUNDS.csv", "id,name,ownerId\r\nf1,Quỹ,u1\r\n")));

        Assert.Equal(3, result.Dataset.Units.Length);
        Assert.Single(result.Dataset.Funds);
        Assert.DoesNotContain(result.Problems, p => p.Code == "DK907");
        Assert.False(result.HasErrors, result.ToString());
    }

    [Theory]
    [InlineData("units.csv", "units.csv")]
    [InlineData("units.csv", "UNITS.CSV")]
    [InlineData("a/units.csv", "b\\Units.csv")]
    public async Task Two_files_of_one_name_are_an_error_and_neither_is_read(string first, string second)
    {
        var result = await Read(Zip((first, Units), (second, "id,name,kind\r\nz,Xã Z,commune\r\n"), ("funds.csv", "id,name,ownerId\r\nf1,Quỹ,u1\r\n")));

        var problem = Assert.Single(Errors(result));
        Assert.Equal("DK911", problem.Code);
        Assert.Contains(first, problem.Message.English, StringComparison.Ordinal);
        Assert.Contains(second, problem.Message.English, StringComparison.Ordinal);
        Assert.Empty(result.Dataset.Units);
        Assert.Single(result.Dataset.Funds);
    }

    [Fact]
    public async Task Two_files_of_a_folder_differing_only_in_case_are_an_error()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsMacOS())
        {
            // Their file systems do not tell such names apart.
            return;
        }
        var result = await CsvBundle.ReadAsync(Folder(("units.csv", Units), ("Units.CSV", Units)));

        Assert.Equal("DK911", Assert.Single(Errors(result)).Code);
        Assert.Empty(result.Dataset.Units);
    }

    [Fact]
    public async Task Ten_thousand_stray_files_neither_use_up_the_problems_allowed_nor_flood_the_result()
    {
        var files = new List<(string, string)> { ("units.csv", Units) };
        files.AddRange(Enumerable.Range(0, 10_001).Select(i => ($"scan-{i:00000}.txt", string.Empty)));

        var result = await Read(Zip(CompressionLevel.NoCompression, [.. files]));

        Assert.Equal(3, result.Dataset.Units.Length);
        var strays = result.Problems.Where(p => p.Code == "DK907").ToArray();
        Assert.Equal(101, strays.Length);
        Assert.Contains("scan-00100.txt and 9,900 other files", strays[^1].Message.English, StringComparison.Ordinal);
        Assert.False(result.HasErrors, result.ToString());
    }

    // ----- Limits -----

    [Fact]
    public async Task A_bundle_declaring_more_bytes_than_allowed_is_refused_before_anything_is_read()
    {
        var zip = Zip(("units.csv", Units + string.Concat(Enumerable.Repeat("u9,Xã,commune\r\n", 200))));

        var result = await Read(zip, ImportOptions.Default with { MaxBundleBytes = 2_048 });

        var problem = Assert.Single(Errors(result));
        Assert.Equal("DK912", problem.Code);
        Assert.Contains("2,048 bytes", problem.Message.English, StringComparison.Ordinal);
        Assert.Equal(0, result.RecordsRead);
    }

    [Fact]
    public async Task A_small_zip_that_would_expand_far_past_the_limit_is_refused_before_it_expands()
    {
        // 3 MB of rows, a few kilobytes zipped.
        var zip = Zip(("pledges.csv", "id\r\n" + string.Concat(Enumerable.Repeat("p,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n", 48_000))));
        Assert.True(zip.Length < 64 * 1024);

        var result = await Read(zip, ImportOptions.Default with { MaxBundleBytes = 1 << 20 });

        Assert.Equal("DK912", Assert.Single(Errors(result)).Code);
        Assert.Equal(0, result.RecordsRead);
    }

    [Fact]
    public async Task A_folder_larger_than_allowed_is_refused_before_anything_is_read()
    {
        var rows = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"u{i},Xã,commune\r\n"));
        var folder = Folder(("units.csv", "id,name,kind\r\n" + rows), ("funds.csv", "id,name,ownerId\r\nf1,Quỹ,u1\r\n"));

        var result = await CsvBundle.ReadAsync(folder, ImportOptions.Default with { MaxBundleBytes = 4_096 });

        Assert.Equal("DK912", Assert.Single(Errors(result)).Code);
        Assert.Equal(0, result.RecordsRead);
    }

    [Fact]
    public async Task Bytes_read_past_the_limit_stop_a_file_whatever_its_size_said()
    {
        // A zip's entry is cut at the size its directory gives, and a folder's file is measured before it is read: the
        // count of bytes really read is the last guard, for a file that grows or a size that cannot be trusted.
        await using var stream = new DomainKit.Interchange.Csv.CheckedStream(new MemoryStream(new byte[5_000]), new DomainKit.Interchange.Csv.ByteBudget(4_096), null, null);

        await Assert.ThrowsAsync<DomainKit.Interchange.Csv.ByteLimitException>(() => stream.DrainAsync(CancellationToken.None));
    }

    [Fact]
    public async Task More_rows_than_allowed_stop_the_reading_with_those_read_kept()
    {
        var result = await Read(Zip(("units.csv", Units), ("funds.csv", "id,name,ownerId\r\nf1,Quỹ,u1\r\nf2,Quỹ,u1\r\n")),
            ImportOptions.Default with { MaxRecords = 4 });

        var problem = Assert.Single(Errors(result));
        Assert.Equal(("DK913", "funds.csv", 3L), (problem.Code, problem.File, problem.Line));
        Assert.Equal((4L, 0L), (result.RecordsRead, result.RecordsRejected));
        Assert.Equal((3, 1), (result.Dataset.Units.Length, result.Dataset.Funds.Length));
    }

    [Fact]
    public async Task More_json_records_than_allowed_stop_the_reading_too()
    {
        var json = """{"format":"domainkit-dataset","version":1,"units":[{"id":"a","name":"A","kind":"province","successors":[],"headCounts":[]},{"id":"b","name":"B","kind":"province","successors":[],"headCounts":[]}]}""";

        var result = await DatasetJson.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "data.json", ImportOptions.Default with { MaxRecords = 1 });

        Assert.Equal("DK913", Assert.Single(result.Problems).Code);
        Assert.Equal((1L, 0L), (result.RecordsRead, result.RecordsRejected));
        Assert.Single(result.Dataset.Units);
    }

    [Fact]
    public void The_limits_have_documented_defaults_and_refuse_nonsense()
    {
        Assert.Equal(1L << 30, ImportOptions.Default.MaxBundleBytes);
        Assert.Equal(20_000_000, ImportOptions.Default.MaxRecords);
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportOptions.Default with { MaxBundleBytes = 1_000 });
        Assert.Throws<ArgumentOutOfRangeException>(() => ImportOptions.Default with { MaxRecords = 0 });
    }

    // ----- Files that are not files -----

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [Fact]
    public async Task A_fifo_or_a_device_among_the_files_of_a_folder_is_refused_without_being_opened()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var folder = Folder(("units.csv", Units));
        Assert.Equal(0, MakeFifo(Path.Combine(folder, "funds.csv"), 0b110_100_100));
        File.CreateSymbolicLink(Path.Combine(folder, "pledges.csv"), "/dev/zero");

        var read = Task.Run(() => CsvBundle.ReadAsync(folder));
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(read, finished);
        var result = await read;
        Assert.Equal(["pledges.csv", "funds.csv"], Errors(result).Where(p => p.Code == "DK914").Select(p => p.File));
        Assert.Equal(3, result.Dataset.Units.Length);
    }

    [Fact]
    public async Task A_fifo_given_as_the_zip_is_refused_without_being_opened()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var path = Path.Combine(root, "bundle.zip");
        Assert.Equal(0, MakeFifo(path, 0b110_100_100));

        var read = Task.Run(() => CsvBundle.ReadAsync(path));
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(read, finished);
        Assert.Equal("DK914", Assert.Single((await read).Problems).Code);
    }

    // ----- Writing -----

    [Fact]
    public async Task Writing_a_bundle_into_a_folder_replaces_a_planted_link_and_leaves_its_target_alone()
    {
        var folder = Folder();
        var target = Path.Combine(root, "precious.txt");
        await File.WriteAllTextAsync(target, "do not overwrite");
        try
        {
            File.CreateSymbolicLink(Path.Combine(folder, "units.csv"), target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Links need a privilege on Windows.
            return;
        }

        await CsvBundle.WriteFolderAsync(new DatasetBuilder().Add(new DomainKit.Units.Unit { Id = "u1", Name = "Xã A", Kind = DomainKit.Units.UnitKind.Commune }).Build(), folder);

        Assert.Equal("do not overwrite", await File.ReadAllTextAsync(target));
        var written = new FileInfo(Path.Combine(folder, "units.csv"));
        Assert.Null(written.LinkTarget);
        Assert.Contains("u1,Xã A,commune", await File.ReadAllTextAsync(written.FullName), StringComparison.Ordinal);
        Assert.Equal(CsvBundleFiles, Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static readonly string[] CsvBundleFiles =
        [.. DomainKit.Interchange.Csv.CsvTables.All.Select(t => t.FileName).Order(StringComparer.Ordinal)];
}
