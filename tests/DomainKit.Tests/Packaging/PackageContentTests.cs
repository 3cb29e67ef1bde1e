using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DomainKit.Tests.Packaging;

[Collection(PackagesCollection.Name)]
public sealed class PackageContentTests(PackedDomainKit packed)
{
    // Fails the first test of the collection with the cause when packing failed, and skips the others.
    private readonly PackedDomainKit packed = packed.Ready();

    public static TheoryData<string> Packages => new(PackedDomainKit.Projects);

    [SkippableTheory]
    [MemberData(nameof(Packages))]
    public void Each_package_states_its_id_version_licence_readme_and_repository(string id)
    {
        var nuspec = packed.Nuspec(id);
        string? Field(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        XElement? Element(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name);

        Assert.Equal(id, Field("id"));
        Assert.Equal(packed.Version, Field("version"));
        Assert.Equal("MIT", Field("license"));
        Assert.Equal("expression", Element("license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", Field("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Field("description")));
        Assert.False(string.IsNullOrWhiteSpace(Field("tags")));
        Assert.Equal("DomainKit contributors", Field("authors"));
        Assert.Null(Element("icon"));
        Assert.Null(Element("iconUrl"));
        var repository = Element("repository")!;
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.Matches(new Regex("^[0-9a-f]{40}$"), repository.Attribute("commit")!.Value);
    }

    [SkippableTheory]
    [MemberData(nameof(Packages))]
    public void Each_package_carries_its_own_readme(string id)
    {
        using var package = ZipFile.OpenRead(packed.PackagePath(id));
        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());

        Assert.Equal(File.ReadAllText(Path.Combine(packed.Root, "src", id, "PACKAGE.md")), reader.ReadToEnd());
    }

    [SkippableTheory]
    [InlineData("DomainKit")]
    [InlineData("DomainKit.Export.OpenXml")]
    public void A_library_package_has_a_deterministic_assembly_and_its_xml_docs_for_each_framework(string id)
    {
        using var package = ZipFile.OpenRead(packed.PackagePath(id));
        var files = package.Entries.Select(e => e.FullName).ToHashSet();

        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{framework}/{id}.dll", files);
            Assert.Contains($"lib/{framework}/{id}.xml", files);
            var docs = XElement.Load(package.GetEntry($"lib/{framework}/{id}.xml")!.Open());
            var documented = docs.Descendants("member").Select(m => m.Attribute("name")!.Value).ToHashSet();
            var assembly = id == "DomainKit" ? typeof(DomainKit.Data.Dataset).Assembly : typeof(DomainKit.Export.OpenXml.XlsxExporter).Assembly;
            Assert.All(assembly.GetExportedTypes(), type => Assert.Contains("T:" + type.FullName!.Replace('+', '.'), documented));
            Assert.Contains(DebugDirectoryEntryType.Reproducible, DebugEntries(package, $"lib/{framework}/{id}.dll"));
        }
    }

    [SkippableTheory]
    [InlineData("DomainKit", new[] { "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Options", "NodaTime", "System.IO.Hashing" })]
    [InlineData("DomainKit.Export.OpenXml", new[] { "DocumentFormat.OpenXml", "DomainKit" })]
    public void A_library_package_depends_on_exactly_what_it_needs_for_each_framework(string id, string[] dependencies)
    {
        var groups = packed.Nuspec(id).Descendants().Where(e => e.Name.LocalName == "group").ToArray();

        Assert.Equal(["net10.0", "net8.0"], groups.Select(g => g.Attribute("targetFramework")!.Value).Order());
        foreach (var group in groups)
        {
            var names = group.Elements().Select(d => d.Attribute("id")!.Value).Order().ToArray();
            Assert.Equal(dependencies, names);
        }
        if (id == "DomainKit.Export.OpenXml")
        {
            var core = groups.SelectMany(g => g.Elements()).Where(d => d.Attribute("id")!.Value == "DomainKit");
            Assert.All(core, d => Assert.Equal(packed.Version, d.Attribute("version")!.Value));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Packages))]
    public void Each_package_has_a_symbol_package_with_the_portable_pdbs(string id)
    {
        using var symbols = ZipFile.OpenRead(packed.PackagePath(id, ".snupkg"));
        var pdbs = symbols.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).Select(e => e.FullName).ToArray();

        var expected = id == "DomainKit.Cli"
            ? new[] { "tools/net10.0/any/DomainKit.Cli.pdb" }
            : new[] { $"lib/net10.0/{id}.pdb", $"lib/net8.0/{id}.pdb" };
        Assert.All(expected, pdb => Assert.Contains(pdb, pdbs));
    }

    [SkippableFact]
    public void The_tool_package_installs_the_domainkit_command()
    {
        using var package = ZipFile.OpenRead(packed.PackagePath("DomainKit.Cli"));
        var settings = XElement.Load(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        var nuspec = packed.Nuspec("DomainKit.Cli");

        Assert.Equal("domainkit", settings.Descendants("Command").Single().Attribute("Name")!.Value);
        Assert.Equal("DomainKit.Cli.dll", settings.Descendants("Command").Single().Attribute("EntryPoint")!.Value);
        Assert.Contains(nuspec.Descendants(), e => e.Name.LocalName == "packageType" && e.Attribute("name")!.Value == "DotnetTool");
        Assert.NotNull(package.GetEntry("tools/net10.0/any/DomainKit.dll"));
        Assert.NotNull(package.GetEntry("tools/net10.0/any/DomainKit.Export.OpenXml.dll"));
    }

    private static DebugDirectoryEntryType[] DebugEntries(ZipArchive package, string path)
    {
        using var copy = new MemoryStream();
        using (var dll = package.GetEntry(path)!.Open())
        {
            dll.CopyTo(copy);
        }
        copy.Position = 0;
        using var reader = new PEReader(copy);
        return reader.ReadDebugDirectory().Select(e => e.Type).ToArray();
    }
}
