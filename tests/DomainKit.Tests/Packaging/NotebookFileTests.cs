using System.Text.Json;

namespace DomainKit.Tests.Packaging;

public sealed class NotebookFileTests
{
    public static TheoryData<string> Notebooks => new(NotebookFiles.Names());

    private static JsonElement Read(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(NotebookFiles.Folder, name))).RootElement;

    [Fact]
    public void There_are_notebooks()
    {
        Assert.Contains("binh-phuoc-2023.ipynb", NotebookFiles.Names());
        Assert.Contains("custom-exporter.ipynb", NotebookFiles.Names());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_is_a_csharp_polyglot_notebook_committed_without_outputs(string name)
    {
        var notebook = Read(name);

        Assert.Equal(4, notebook.GetProperty("nbformat").GetInt32());
        Assert.Equal(".net-csharp", notebook.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        foreach (var cell in notebook.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code"))
        {
            Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_references_the_packages_at_the_version_being_packed(string name)
    {
        var version = PackedDomainKit.ReadVersion(QuickStartTests.RepositoryRoot());
        var program = NotebookProgram.FromFile(Path.Combine(NotebookFiles.Folder, name));
        var own = program.Packages.Where(p => p.StartsWith("DomainKit", StringComparison.Ordinal)).ToArray();

        Assert.Contains($"DomainKit@{version}", own);
        Assert.All(own, package => Assert.EndsWith("@" + version, package, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_notebook_points_the_kernel_at_the_pack_folder_in_its_first_code_cell(string name)
    {
        var program = NotebookProgram.FromFile(Path.Combine(NotebookFiles.Folder, name));
        var firstCode = Read(name).GetProperty("cells").EnumerateArray().First(c => c.GetProperty("cell_type").GetString() == "code");

        Assert.NotNull(program.PackageSourceCell);
        Assert.Contains("Path.Combine(\"..\", \"..\", \"artifacts\", \"packages\")", program.PackageSourceCell, StringComparison.Ordinal);
        Assert.Contains("#i \\\"nuget:{packages}\\\"", program.PackageSourceCell, StringComparison.Ordinal);
        Assert.Contains(NotebookProgram.PackageSourceTag, firstCode.GetProperty("metadata").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.True(program.CodeCells >= 5);
    }

    [Fact]
    public void The_readme_shows_the_first_cells_of_the_Binh_Phuoc_notebook_as_they_are()
    {
        var readme = File.ReadAllText(Path.Combine(QuickStartTests.RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Use it from a notebook", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var blocks = System.Text.RegularExpressions.Regex.Matches(section, "```csharp\n(.*?)\n```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToArray();
        var cells = Read("binh-phuoc-2023.ipynb").GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())).ReplaceLineEndings("\n"))
            .ToArray();

        Assert.True(blocks.Length >= 3);
        Assert.Equal(cells[0], blocks[0]);
        Assert.Equal(cells[1], blocks[1]);
        Assert.All(blocks, block => Assert.Contains(block, cells));
    }
}
