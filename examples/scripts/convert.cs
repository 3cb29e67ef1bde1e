#!/usr/bin/env dotnet
// Converts a DomainKit dataset between its two formats: JSON, and the CSV bundle (a folder, or a .zip) that a
// spreadsheet user fills in. With --vi the bundle has Vietnamese headers, amounts as 6.100.542.700, dates as
// 10/11/2023, semicolons and a byte order mark, as Excel in Vietnam expects.
//
//   dotnet run convert.cs -- ../data/binh-phuoc-2023.json out/binh-phuoc.zip --vi
//   dotnet run convert.cs -- out/binh-phuoc.zip out/binh-phuoc.json
//
// Records that cannot be read are listed and left out; the exit code is then 1 (0 when all were read, 2 when the
// input cannot be read at all).
#:package DomainKit@0.1.0

using System.Text;
using DomainKit.Interchange;
using DomainKit.Text;

Console.OutputEncoding = Encoding.UTF8;
var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (paths.Length != 2)
{
    Console.Error.WriteLine("Usage: dotnet run convert.cs -- <input: .json, bundle folder or .zip> <output: .json, folder or .zip> [--vi]");
    return 2;
}
var (input, output) = (paths[0], paths[1]);
bool IsJson(string path) => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

ImportResult loaded;
try
{
    loaded = IsJson(input) ? await DatasetJson.ReadFileAsync(input) : await CsvBundle.ReadAsync(input);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
Console.WriteLine(loaded.ToString(TextCulture.English));

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
var bundle = args.Contains("--vi") ? CsvOptions.Spreadsheet : CsvOptions.Default;
if (IsJson(output))
{
    await using var file = File.Create(output);
    await DatasetJson.WriteAsync(loaded.Dataset, file);
}
else if (output.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
{
    await using var file = File.Create(output);
    await CsvBundle.WriteZipAsync(loaded.Dataset, file, bundle);
}
else
{
    await CsvBundle.WriteFolderAsync(loaded.Dataset, output, bundle);
}
Console.WriteLine($"Wrote {output}");
return loaded.HasErrors ? 1 : 0;
