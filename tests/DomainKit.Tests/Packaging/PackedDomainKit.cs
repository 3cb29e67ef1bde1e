using System.IO.Compression;
using System.Xml.Linq;

namespace DomainKit.Tests.Packaging;

/// <summary>
/// Packs DomainKit, DomainKit.Export.OpenXml and the domainkit tool once for the tests of the "Packages"
/// collection, with one <c>dotnet pack</c> of <c>DomainKit.Packages.slnf</c>, into <c>artifacts/packages</c> where
/// the README, the notebooks and the scripts expect them, and gives those tests a NuGet cache of their own. The cache
/// is emptied of DomainKit before every run: a package restored once under a version is reused under that version,
/// so a shared cache would keep the code of an earlier pack.
/// </summary>
/// <remarks>
/// When packing fails or runs out of time, every test of the collection would fail with the same cause. Instead
/// the fixture keeps the cause, and each test asks for the packages through <see cref="Ready"/>: the first test to
/// ask fails with the cause, and the others are skipped, saying so.
/// </remarks>
public sealed class PackedDomainKit : IAsyncLifetime
{
    public static readonly string[] Projects = ["DomainKit", "DomainKit.Export.OpenXml", "DomainKit.Cli"];

    /// <summary>The solution filter of the three packable projects, at the root of the repository.</summary>
    public const string SolutionFilter = "DomainKit.Packages.slnf";

    private string? failure;
    private int failureReported;

    public string Root { get; } = QuickStartTests.RepositoryRoot();

    public string PackageFolder => Path.Combine(Root, "artifacts", "packages");

    public string NuGetCache => Path.Combine(Root, "artifacts", "nuget-packages");

    /// <summary>The version of the packages: VersionPrefix in Directory.Build.props.</summary>
    public string Version { get; private set; } = "";

    /// <summary>What every child process gets: the cache of its own.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = NuGetCache };

    /// <summary>A fixture whose packing failed with <paramref name="cause"/>, for the tests of <see cref="Ready"/>.</summary>
    internal static PackedDomainKit FailedWith(string cause) => new() { failure = cause };

    public async Task InitializeAsync()
    {
        try
        {
            await PackAsync();
        }
        catch (Exception e)
        {
            // Kept, not thrown: xunit would report a fixture's exception once for every test of the collection.
            failure = e is PackingFailedException or TimeoutException ? e.Message : e.ToString();
        }
    }

    /// <summary>
    /// This fixture once the packages are there. When packing failed, the first caller fails with the cause and every
    /// later caller is skipped (tests that call it are <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>).
    /// </summary>
    /// <exception cref="PackingFailedException">Packing failed, and no test has been told yet.</exception>
    public PackedDomainKit Ready()
    {
        if (failure is null)
        {
            return this;
        }
        if (Interlocked.Exchange(ref failureReported, 1) == 0)
        {
            throw new PackingFailedException(
                $"Packing failed, so the tests of the \"{PackagesCollection.Name}\" collection cannot run; this one reports why and the others are skipped.\n{failure}");
        }
        throw new SkipException($"Packing failed; the first test of the \"{PackagesCollection.Name}\" collection that ran reports why.");
    }

    private async Task PackAsync()
    {
        Version = ReadVersion(Root);
        Directory.CreateDirectory(PackageFolder);
        foreach (var old in Directory.EnumerateFiles(PackageFolder, "DomainKit*.*nupkg"))
        {
            File.Delete(old);
        }
        Directory.CreateDirectory(NuGetCache);
        foreach (var stale in Directory.EnumerateDirectories(NuGetCache, "domainkit*"))
        {
            Directory.Delete(stale, recursive: true);
        }
        // One command for the three projects: one restore and one build of the core, on every core there is.
        var run = await DotnetAsync(Root, "pack", SolutionFilter, "-c", "Release", "-o", PackageFolder);
        if (run.ExitCode != 0)
        {
            throw new PackingFailedException(run.ToString());
        }
        var missing = Projects.Select(id => PackagePath(id)).Where(path => !File.Exists(path)).ToArray();
        if (missing.Length > 0)
        {
            throw new PackingFailedException($"The pack wrote no {string.Join(", ", missing)}.\n{run}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public Task<ChildRun> DotnetAsync(string workingDirectory, params string[] arguments)
        => ChildProcess.RunAsync("dotnet", arguments, workingDirectory, Environment);

    public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(PackageFolder, $"{id}.{Version}{extension}");

    /// <summary>The nuspec of a package, read from the package.</summary>
    public XElement Nuspec(string id)
    {
        using var package = ZipFile.OpenRead(PackagePath(id));
        using var stream = package.GetEntry($"{id}.nuspec")!.Open();
        return XElement.Load(stream);
    }

    public static string ReadVersion(string root)
    {
        var props = XElement.Load(Path.Combine(root, "Directory.Build.props"));
        return props.Descendants("VersionPrefix").Single().Value;
    }
}

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackedDomainKit>
{
    public const string Name = "Packages";
}

/// <summary>Packing the three projects failed or ran out of time; the message holds the command and what it printed.</summary>
public sealed class PackingFailedException(string message) : Exception(message);
