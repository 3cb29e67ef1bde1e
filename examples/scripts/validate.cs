#!/usr/bin/env dotnet
// Validates a DomainKit dataset: a JSON file, or a CSV bundle in a folder or a zip. Prints the problems of reading it
// and the findings of the 36 rules, in Vietnamese (or English with --en).
//
//   dotnet run validate.cs -- ../data/binh-phuoc-2023.json [--en]
//
// Exit code: 0 when nothing is an error, 1 when a record was rejected or a finding is an error, 2 when the dataset
// cannot be read at all.
#:package DomainKit@0.1.0

using System.Text;
using DomainKit.Interchange;
using DomainKit.Text;
using DomainKit.Validation;

Console.OutputEncoding = Encoding.UTF8;
var culture = args.Contains("--en") ? TextCulture.English : TextCulture.Vietnamese;
var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
if (paths.Length != 1)
{
    Console.Error.WriteLine("Usage: dotnet run validate.cs -- <dataset.json | bundle folder | bundle.zip> [--en]");
    return 2;
}

ImportResult loaded;
try
{
    loaded = paths[0].EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        ? await DatasetJson.ReadFileAsync(paths[0])
        : await CsvBundle.ReadAsync(paths[0]);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
Console.WriteLine(loaded.ToString(culture));

var validation = DatasetValidator.CreateDefault().Validate(loaded.Dataset);
Console.WriteLine(validation.ToString(culture));
return loaded.HasErrors || validation.HasErrors ? 1 : 0;
