namespace DomainKit.Tests.Packaging;

internal static class NotebookFiles
{
    public static string Folder => Path.Combine(QuickStartTests.RepositoryRoot(), "examples", "notebooks");

    public static IEnumerable<string> Names() => Directory.EnumerateFiles(Folder, "*.ipynb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}
