using System.IO.Compression;
using System.Xml.Linq;

namespace DomainKit.Tests.Packaging;

/// <summary>
/// Packs DomainKit, DomainKit.Export.OpenXml and the domainkit tool once for the tests of the "Packages"
/// collection, into <c>artifacts/packages</c> where the README, the notebooks and the scripts expect them, and
/// gives those tests a NuGet cache of their own. The cache is emptied of DomainKit before every run: a package
/// restored once under a version is reused under that version, so a shared cache would keep the code of an
/// earlier pack.
/// </summary>
public sealed class PackedDomainKit : IAsyncLifetime
{
    public static readonly string[] Projects = ["DomainKit", "DomainKit.Export.OpenXml", "DomainKit.Cli"];

    public string Root { get; } = QuickStartTests.RepositoryRoot();

    public string PackageFolder => Path.Combine(Root, "artifacts", "packages");

    public string NuGetCache => Path.Combine(Root, "artifacts", "nuget-packages");

    /// <summary>The version of the packages: VersionPrefix in Directory.Build.props.</summary>
    public string Version { get; private set; } = "";

    /// <summary>What every child process gets: the cache of its own.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = NuGetCache };

    public async Task InitializeAsync()
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
        foreach (var project in Projects)
        {
            var run = await DotnetAsync(Root, "pack", Path.Combine("src", project), "-c", "Release", "-o", PackageFolder);
            Assert.True(run.ExitCode == 0, run.ToString());
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
