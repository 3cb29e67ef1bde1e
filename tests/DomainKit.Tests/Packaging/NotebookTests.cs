namespace DomainKit.Tests.Packaging;

/// <summary>Runs every notebook in examples/notebooks, converted to a file-based app, against the packed library.</summary>
[Collection(PackagesCollection.Name)]
public sealed class NotebookTests(PackedDomainKit packed)
{
    // Fails the first test of the collection with the cause when packing failed, and skips the others.
    private readonly PackedDomainKit packed = packed.Ready();

    public static TheoryData<string> Notebooks => new(NotebookFiles.Names());

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public async Task Each_notebook_runs_cell_by_cell_against_the_packages(string name)
    {
        var notebook = Path.Combine(NotebookFiles.Folder, name);
        var program = NotebookProgram.FromFile(notebook);
        var apps = Path.Combine(packed.Root, "artifacts", "notebooks");
        var app = Path.Combine(apps, Path.GetFileNameWithoutExtension(name));
        Directory.CreateDirectory(app);
        // The apps build as a user's would: without the repository's build settings, from the packed packages.
        File.WriteAllText(Path.Combine(apps, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(apps, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="domainkit-local" value="{packed.PackageFolder}" />
              </packageSources>
            </configuration>
            """);
        var source = Path.Combine(app, Path.GetFileNameWithoutExtension(name) + ".cs");
        File.WriteAllText(source, program.Source);

        // In the folder of the notebook, as the notebook kernel runs it, so that its relative paths mean the same.
        // The restore is forced, as for the scripts: a package repacked under the same version may depend on more.
        var run = await packed.DotnetAsync(NotebookFiles.Folder, "run", "--no-cache", "--property:RestoreForce=true", source);

        Assert.True(run.ExitCode == 0, $"{name} failed as {source}:\n{run}");
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
    }
}
