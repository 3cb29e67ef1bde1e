using System.CommandLine;
using DomainKit.Interchange;

namespace DomainKit.Cli;

/// <summary>
/// The options of the commands that read a dataset which raise the readers' limits (<see cref="ImportOptions.MaxRecords"/>,
/// <see cref="ImportOptions.MaxBundleBytes"/>): the defaults refuse a whole country, so that a small file cannot fill
/// memory unasked, and a user who means to load one says so.
/// </summary>
internal sealed class ReadLimits
{
    public Option<long?> MaxRecords { get; } = new("--max-records")
    {
        Description = "The most records to read before stopping (DK913); 20000000 by default. A whole country over a term is about 30000000.",
        HelpName = "count",
    };

    public Option<long?> MaxBytes { get; } = new("--max-bytes")
    {
        Description = "The most bytes a CSV bundle's files may hold, decompressed, before reading stops (DK912); 1073741824 (1 GiB) by default. A whole country is about 2 GB.",
        HelpName = "bytes",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(MaxRecords);
        command.Options.Add(MaxBytes);
    }

    /// <summary>The import options with the limits the command line sets.</summary>
    /// <exception cref="UsageException">A limit is below what a reader accepts.</exception>
    public ImportOptions Apply(ParseResult result, ImportOptions options, Text.TextCulture culture)
    {
        try
        {
            if (result.GetValue(MaxRecords) is long records)
            {
                options = options with { MaxRecords = records };
            }
            if (result.GetValue(MaxBytes) is long bytes)
            {
                options = options with { MaxBundleBytes = bytes };
            }
            return options;
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new UsageException(culture.Say(
                "--max-records phải từ 1 trở lên và --max-bytes từ 1024 trở lên.",
                "--max-records must be at least 1 and --max-bytes at least 1024."));
        }
    }
}
