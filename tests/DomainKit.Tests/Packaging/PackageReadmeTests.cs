namespace DomainKit.Tests.Packaging;

public sealed class PackageReadmeTests
{
    [Fact]
    public void The_package_readme_code_is_the_code_the_consumer_runs()
    {
        var readme = File.ReadAllText(Path.Combine(QuickStartTests.RepositoryRoot(), "src", "DomainKit", "PACKAGE.md")).ReplaceLineEndings("\n");
        var program = File.ReadAllText(Path.Combine(QuickStartTests.RepositoryRoot(), "tests", "DomainKit.PackageConsumer", "Program.cs")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var code = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var lines = code.Split('\n').Where(l => l.Length > 0).ToArray();
        Assert.True(lines.Length > 10);
        Assert.All(lines, line => Assert.True(program.Contains(line + "\n", StringComparison.Ordinal), $"Program.cs lacks: {line}"));
    }
}
