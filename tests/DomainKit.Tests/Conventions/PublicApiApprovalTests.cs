using System.Reflection;
using DomainKit.Data;
using DomainKit.Export.OpenXml;
using PublicApiGenerator;

namespace DomainKit.Tests.Conventions;

/// <summary>
/// The public API of each package is written out in api/, reviewed like code: any change to it shows in the diff of
/// a change. When the API changes on purpose, run the tests with DOMAINKIT_ACCEPT_API=1 (or copy the received file
/// the failure names over the approved one) and commit the new text with the change.
/// </summary>
public sealed class PublicApiApprovalTests
{
    public static TheoryData<string> Packages => new("DomainKit", "DomainKit.Export.OpenXml");

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_is_the_approved_one(string package)
    {
        var assembly = package == "DomainKit" ? typeof(Dataset).Assembly : typeof(XlsxExporter).Assembly;
        var root = QuickStartTests.RepositoryRoot();
        var approvedPath = Path.Combine(root, "api", package + ".txt");
        var receivedPath = Path.Combine(root, "artifacts", "api", package + ".received.txt");

        var api = PublicApi(assembly);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (api == approved)
        {
            return;
        }
        if (Environment.GetEnvironmentVariable("DOMAINKIT_ACCEPT_API") == "1")
        {
            File.WriteAllText(approvedPath, api);
            return;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, api);
        Assert.Fail($"The public API of {package} is not the approved one ({FirstDifference(approved, api)}). If the change is meant, "
            + $"copy {receivedPath} over {approvedPath} (or run the tests with DOMAINKIT_ACCEPT_API=1) and commit it.");
    }

    [Fact]
    public void The_api_text_names_every_exported_type()
    {
        var api = PublicApi(typeof(Dataset).Assembly);

        Assert.All(typeof(Dataset).Assembly.GetExportedTypes().Where(t => !t.IsNested), type => Assert.Contains($" {type.Name.Split('`')[0]}", api, StringComparison.Ordinal));
    }

    private static string PublicApi(Assembly assembly)
        => assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false, AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"] }).ReplaceLineEndings("\n") + "\n";

    private static string FirstDifference(string approved, string received)
    {
        var a = approved.Split('\n');
        var r = received.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, r.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end)";
            var right = i < r.Length ? r[i] : "(end)";
            if (left != right)
            {
                return $"line {i + 1}: approved '{left.Trim()}', now '{right.Trim()}'";
            }
        }
        return "line endings";
    }
}
