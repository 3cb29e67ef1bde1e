using DomainKit.Cli;
using DomainKit.Data;
using DomainKit.Interchange;

namespace DomainKit.Tests.Cli;

/// <summary>What one in-process run of the tool gave: the exit code and both output streams.</summary>
internal sealed record CliRun(int Code, string Out, string Error)
{
    public override string ToString() => $"exit {Code}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs the tool in-process, and makes the files it works on in a folder deleted afterwards.</summary>
internal sealed class Cli : IDisposable
{
    public Cli() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "domainkit-cli-" + Guid.NewGuid().ToString("N"));

    /// <summary>The example dataset shipped with the repository.</summary>
    public static string ExampleJson => Path.Combine(QuickStartTests.RepositoryRoot(), "examples", "data", "binh-phuoc-2023.json");

    public string PathOf(string name) => Path.Combine(Folder, name);

    public static async Task<CliRun> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApplication.RunAsync(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes <paramref name="dataset"/> as a JSON file in the folder.</summary>
    public async Task<string> WriteJson(string name, Dataset dataset)
    {
        var path = PathOf(name);
        await using var file = File.Create(path);
        await DatasetJson.WriteAsync(dataset, file);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open elsewhere; the temporary folder is cleaned by the system later.
        }
    }
}
