using DomainKit.Data;
using DomainKit.Interchange;
using DomainKit.Text;

namespace DomainKit.Cli;

/// <summary>
/// Reads and writes datasets in the form a path names: a <c>.json</c> file is the JSON dataset format, a
/// <c>.zip</c> file or a folder is a CSV bundle.
/// </summary>
internal static class DatasetFiles
{
    /// <summary>
    /// The codes of problems after which the input counts as not read at all: it is broken or not a dataset, a zip
    /// entry is damaged, a bundle holds two files of one name or a file that is not a regular file, or a limit stopped
    /// the reading part way.
    /// </summary>
    private static readonly HashSet<string> Unreadable = new(StringComparer.Ordinal)
    {
        ImportRules.MalformedInput.Code, ImportRules.UnsupportedFormat.Code, ImportRules.DamagedEntry.Code, ImportRules.DuplicateFile.Code,
        ImportRules.BundleTooLarge.Code, ImportRules.TooManyRecords.Code, ImportRules.NotARegularFile.Code,
    };

    /// <summary>Whether the read stopped on input it could not read (DK901, DK902, DK910 to DK914) rather than on bad records.</summary>
    public static bool IsUnreadable(ImportResult result) => result.Problems.Any(p => Unreadable.Contains(p.Code));

    /// <summary>Reads the dataset at <paramref name="path"/> with the limits of <paramref name="limits"/>, showing progress.</summary>
    /// <exception cref="UsageException">The path does not exist or names no dataset form.</exception>
    public static async Task<ImportResult> ReadAsync(string path, ImportOptions limits, ConsoleProgress progress, CancellationToken cancellationToken)
    {
        var culture = progress.Culture;
        var options = limits with { Progress = progress.Enabled ? progress : null };
        ImportResult result;
        if (Directory.Exists(path))
        {
            result = await CsvBundle.ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        }
        else if (!File.Exists(path))
        {
            throw new UsageException(culture.Say($"Không tìm thấy tệp hoặc thư mục đầu vào: {path}", $"The input file or folder does not exist: {path}"));
        }
        else if (HasExtension(path, DatasetJson.FileExtension))
        {
            result = await DatasetJson.ReadFileAsync(path, options, cancellationToken).ConfigureAwait(false);
        }
        else if (HasExtension(path, CsvBundle.ZipExtension))
        {
            result = await CsvBundle.ReadAsync(path, options, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            throw new UsageException(NotADatasetPath(path, culture));
        }
        progress.Done(
            $"Đã đọc {culture.Count(result.RecordsRead)} bản ghi từ {Path.GetFileName(path)}.",
            $"Read {culture.Count(result.RecordsRead)} records from {Path.GetFileName(path)}.");
        return result;
    }

    /// <summary>
    /// Reads the dataset at <paramref name="path"/> for a command that goes on to use it: input that cannot be read
    /// stops the command; problems with some records are printed to <paramref name="stderr"/> and the command goes on.
    /// </summary>
    /// <returns>The result; its problems make the command end with <see cref="ExitCodes.Findings"/>.</returns>
    public static async Task<ImportResult> LoadAsync(string path, ImportOptions limits, ConsoleProgress progress, TextWriter stderr, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(path, limits, progress, cancellationToken).ConfigureAwait(false);
        var culture = progress.Culture;
        if (IsUnreadable(result))
        {
            await stderr.WriteLineAsync(result.ToString(culture).AsMemory(), cancellationToken).ConfigureAwait(false);
            throw new UsageException(culture.Say($"Không đọc được dữ liệu {path}.", $"The dataset {path} cannot be read."));
        }
        if (result.HasErrors)
        {
            await stderr.WriteLineAsync(result.ToString(culture).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    /// <summary>Writes <paramref name="dataset"/> to <paramref name="path"/>: a JSON file, a zipped bundle, or a bundle folder.</summary>
    public static async Task WriteAsync(Dataset dataset, string path, CsvOptions bundleOptions, ConsoleProgress progress, CancellationToken cancellationToken)
    {
        var culture = progress.Culture;
        var json = HasExtension(path, DatasetJson.FileExtension);
        if (json || HasExtension(path, CsvBundle.ZipExtension))
        {
            await WriteFileAsync(path, async file =>
            {
                var destination = new ProgressStream(file, progress);
                await using (destination.ConfigureAwait(false))
                {
                    if (json)
                    {
                        await DatasetJson.WriteAsync(dataset, destination, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await CsvBundle.WriteZipAsync(dataset, destination, bundleOptions, cancellationToken).ConfigureAwait(false);
                    }
                }
            }).ConfigureAwait(false);
        }
        else if (Path.HasExtension(path) && !Directory.Exists(path))
        {
            throw new UsageException(NotADatasetPath(path, culture));
        }
        else
        {
            progress.Step($"Ghi vào thư mục {path}…", $"Writing to the folder {path}…");
            await CsvBundle.WriteFolderAsync(dataset, path, bundleOptions, cancellationToken).ConfigureAwait(false);
        }
        progress.Done($"Đã ghi {path}.", $"Wrote {path}.");
    }

    /// <summary>Fails early, before any work, on an output path that names no dataset form.</summary>
    public static void CheckOutputPath(string path, TextCulture culture)
    {
        if (Path.HasExtension(path) && !Directory.Exists(path)
            && !HasExtension(path, DatasetJson.FileExtension) && !HasExtension(path, CsvBundle.ZipExtension))
        {
            throw new UsageException(NotADatasetPath(path, culture));
        }
    }

    private static string NotADatasetPath(string path, TextCulture culture) => culture.Say(
        $"{path}: dữ liệu phải là tệp .json, tệp .zip hoặc thư mục chứa các tệp CSV.",
        $"{path}: a dataset is a .json file, a .zip file or a folder of CSV files.");

    private static bool HasExtension(string path, string extension)
        => string.Equals(Path.GetExtension(path), extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the file at <paramref name="path"/>, its folder created if need be; a write that fails or is cancelled leaves no half-written file behind.</summary>
    public static async Task WriteFileAsync(string path, Func<Stream, Task> write)
    {
        CreateParent(path);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        try
        {
            await using (file.ConfigureAwait(false))
            {
                await write(file).ConfigureAwait(false);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static void CreateParent(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(parent))
        {
            Directory.CreateDirectory(parent);
        }
    }
}
