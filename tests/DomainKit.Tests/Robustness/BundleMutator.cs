using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DomainKit.Tests.Robustness;

/// <summary>
/// Makes zipped CSV bundle mutants, each from its own seed: cells, rows and headers of the files changed, files
/// dropped, renamed (another case, a Windows path, a folder), doubled or joined by strays, file bytes broken, and
/// the zip itself damaged (bits flipped, cut, sizes and checksums in its directory made to lie).
/// </summary>
internal sealed class BundleMutator
{
    private readonly (string Name, string Text)[][] bundles;

    /// <param name="bundles">Bundles as their files' names and texts: the plain and the spreadsheet form.</param>
    public BundleMutator(params (string Name, string Text)[][] bundles) => this.bundles = bundles;

    private static readonly string[] Cells =
    [
        string.Empty, "\"\"", "\"", "\"a\"b\"", " ", "\u0000", "\u001b[2J", "Quỹ \u202Eevil", "a\u0000b", "-1", "0", "2.500", "4.127", "2,5", "1e9",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "3074457345618258602", "6.100.542.700 đ", "2147483648",
        "31/02/2023", "2023-02-29", "0001-01-01", "9999-12-31", "2023Q5", "2017-10-01/2022-12-31", "true", "không", "nope", "province",
        "contribution", "loan", "individual", new string('x', 3_000), "=HYPERLINK(\"x\")", "a;b,c\td", "\"line\r\nbreak\"",
    ];

    public (byte[] Zip, string Description) Mutate(int seed)
    {
        var random = new Random(seed);
        var what = new List<string>();
        var bundle = bundles[random.Next(bundles.Length)];
        var files = bundle.Select(f => (Name: f.Name, Bytes: Encoding.UTF8.GetBytes(f.Text))).ToList();
        var texts = bundle.ToDictionary(f => f.Name, f => f.Text);

        var mutations = 1 + random.Next(4);
        for (var m = 0; m < mutations; m++)
        {
            var op = random.Next(100);
            var i = random.Next(files.Count);
            if (files.Count == 0)
            {
                break;
            }
            var (name, bytes) = files[i];
            if (op < 45)
            {
                files[i] = (name, Encoding.UTF8.GetBytes(MutateCell(Encoding.UTF8.GetString(bytes), random, out var change)));
                what.Add(name + change);
            }
            else if (op < 60)
            {
                files[i] = (name, Encoding.UTF8.GetBytes(MutateLines(Encoding.UTF8.GetString(bytes), random, out var change)));
                what.Add(name + change);
            }
            else if (op < 67)
            {
                files[i] = (name, Bytes.Mutate(bytes, random, what));
                what[^1] = name + ": " + what[^1];
            }
            else if (op < 72)
            {
                files.RemoveAt(i);
                what.Add(name + " removed");
            }
            else if (op < 80)
            {
                var renamed = random.Next(4) switch
                {
                    0 => name.ToUpperInvariant(),
                    1 => "bundle\\" + name,
                    2 => "data/" + name,
                    _ => "../" + name,
                };
                files[i] = (renamed, bytes);
                what.Add($"{name} renamed {renamed}");
            }
            else if (op < 85)
            {
                var other = random.Next(2) == 0 ? name : name.ToUpperInvariant();
                files.Add((other, bytes));
                what.Add($"{name} added again as {other}");
            }
            else if (op < 90)
            {
                var strays = random.Next(3) == 0 ? 200 : 1 + random.Next(3);
                for (var s = 0; s < strays; s++)
                {
                    files.Add(($"notes-{s}.txt", [(byte)'x']));
                }
                what.Add($"{strays} stray files");
            }
            else if (op < 93)
            {
                files.Clear();
                if (random.Next(2) == 0)
                {
                    files.Add(("dataset.json", Encoding.UTF8.GetBytes("{\"format\":\"domainkit-dataset\",\"version\":1,\"units\":[]}")));
                }
                what.Add("no bundle file");
            }
            else
            {
                // Amounts that fit one by one but not together.
                var entries = texts["fund-entries.csv"].Split("\r\n");
                var index = files.FindIndex(f => f.Name == "fund-entries.csv");
                if (index >= 0 && entries.Length > 3)
                {
                    var amount = entries[0].Split(entries[0].Contains(';') ? ';' : ',').ToList().FindIndex(h => h is "amount" or "Số tiền");
                    for (var row = 1; row < entries.Length - 1 && amount >= 0; row++)
                    {
                        var delimiter = entries[row].Contains(';') ? ';' : ',';
                        var cells = entries[row].Split(delimiter);
                        if (amount < cells.Length && cells[amount].Length > 0)
                        {
                            cells[amount] = "3074457345618258602";
                            entries[row] = string.Join(delimiter, cells);
                        }
                    }
                    files[index] = ("fund-entries.csv", Encoding.UTF8.GetBytes(string.Join("\r\n", entries)));
                    what.Add("every amount about 2^63/3");
                }
            }
        }

        var zip = Zip(files, random.Next(5) == 0 ? CompressionLevel.Fastest : CompressionLevel.NoCompression);
        var damage = random.Next(100);
        if (damage < 6)
        {
            zip = Bytes.Mutate(zip, random, what);
            what[^1] = "zip: " + what[^1];
        }
        else if (damage < 12)
        {
            zip = LieInDirectory(zip, random, what);
        }
        return (zip, string.Join("; ", what));
    }

    private static byte[] Zip(List<(string Name, byte[] Bytes)> files, CompressionLevel level)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                using var entry = archive.CreateEntry(name, level).Open();
                entry.Write(bytes);
            }
        }
        return stream.ToArray();
    }

    // Changes the uncompressed size or the CRC-32 that a central directory record gives for one entry.
    private static byte[] LieInDirectory(byte[] zip, Random random, List<string> what)
    {
        var records = new List<int>();
        for (var i = 0; i + 46 <= zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x02014b50)
            {
                records.Add(i);
            }
        }
        if (records.Count == 0)
        {
            return zip;
        }
        var at = records[random.Next(records.Count)];
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(at + 28));
        var name = Encoding.UTF8.GetString(zip, at + 46, nameLength);
        if (random.Next(2) == 0)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at + 24));
            var lie = random.Next(2) == 0 ? size / 2 : size + 1 + (uint)random.Next(1_000);
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 24), lie);
            what.Add($"directory says {name} holds {lie} bytes, not {size}");
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 16), (uint)random.Next());
            what.Add($"directory gives {name} another CRC");
        }
        return zip;
    }

    private static string MutateCell(string text, Random random, out string change)
    {
        var lines = text.Split("\r\n");
        if (lines.Length < 2)
        {
            change = " (empty)";
            return text;
        }
        var row = lines.Length > 2 && random.Next(10) > 0 ? 1 + random.Next(lines.Length - 2) : 0;
        var delimiter = lines[0].Contains(';') ? ';' : ',';
        var cells = lines[row].Split(delimiter);
        var column = random.Next(cells.Length);
        var value = Cells[random.Next(Cells.Length)];
        cells[column] = value;
        lines[row] = string.Join(delimiter, cells);
        change = $" line {row + 1} cell {column + 1} = {(value.Length > 30 ? value[..30] + "…" : value)}";
        return string.Join("\r\n", lines);
    }

    private static string MutateLines(string text, Random random, out string change)
    {
        var lines = text.Split("\r\n").ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(at);
                change = $" line {at + 1} removed";
                break;
            case 1:
                lines.Insert(at, lines[random.Next(lines.Count)]);
                change = $" a line copied to {at + 1}";
                break;
            case 2:
                lines.Insert(at, "\"garbage, \"\"quoted\"\"\", ;;;,,,");
                change = $" garbage at line {at + 1}";
                break;
            default:
                var cut = random.Next(lines.Count);
                lines.RemoveRange(cut, lines.Count - cut);
                change = $" cut after line {cut}";
                break;
        }
        return string.Join("\r\n", lines);
    }
}
