using System.Text;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests;

// The README's quick start is the body of QuickStart below; a test checks that README shows it line for line.
public sealed class QuickStartTests
{
    [Fact]
    public async Task The_quick_start_finds_the_overdraft_prints_the_balance_and_exports_the_funds_in_Vietnamese()
    {
        var output = new StringWriter();

        await QuickStart(output);

        var text = output.ToString();
        Assert.Contains("DK501 lỗi fund-entry:pl-tiet-kiem#1.Amount", text);
        Assert.Contains("Số dư ngày 10/11/2023: -1.000.000 đ", text);
        Assert.Contains("| Thực hành tiết kiệm vì người nghèo | 6.100.542.700 đ | 6.101.542.700 đ | -1.000.000 đ |", text);
    }

    [Fact]
    public void The_readme_shows_the_quick_start_as_it_is_tested()
    {
        var root = RepositoryRoot();
        var source = File.ReadAllLines(Path.Combine(root, "tests", "DomainKit.Tests", "QuickStartTests.cs"));
        var body = source
            .SkipWhile(l => l.Trim() != "// quick-start:begin").Skip(1)
            .TakeWhile(l => l.Trim() != "// quick-start:end")
            .Select(l => l.Length >= 8 ? l[8..] : l.Trim())
            .Select(l => l.Replace("Console.Out.WriteLine", "Console.WriteLine", StringComparison.Ordinal).Replace("output.WriteLine", "Console.WriteLine", StringComparison.Ordinal)
                .Replace("standardOutput", "Console.OpenStandardOutput()", StringComparison.Ordinal))
            .ToArray();
        var readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");

        Assert.NotEmpty(body);
        Assert.Contains(string.Join("\n", body), readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readme_shows_what_the_quick_start_prints()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```text\n", readme.IndexOf("## Quick start", StringComparison.Ordinal), StringComparison.Ordinal) + "```text\n".Length;
        var shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var output = new StringWriter { NewLine = "\n" };

        await QuickStart(output);

        Assert.Equal(shown, output.ToString());
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DomainKit.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with DomainKit.sln) was not found.");
    }

    private static async Task QuickStart(TextWriter output)
    {
        // What the README writes to the console's stream is caught here and added to the output after it.
        using var standardOutput = new MemoryStream();
        // quick-start:begin
        var asOf = new LocalDate(2023, 11, 10);
        var dataset = new DatasetBuilder()
            .Add(new Unit { Id = "thi-uy-phuoc-long", Name = "Thị ủy Phước Long", Kind = UnitKind.PartyCommittee })
            .Add(new Fund { Id = "pl-tiet-kiem", Name = "Thực hành tiết kiệm vì người nghèo", OwnerId = "thi-uy-phuoc-long" })
            .Add(
                new Contribution("pl-tiet-kiem", asOf, Dong.Parse("6.100.542.700 đ", TextCulture.Vietnamese)),
                new Disbursement("pl-tiet-kiem", asOf, Dong.Parse("6.101.542.700đ", TextCulture.Vietnamese)))
            .Build();

        var report = DatasetValidator.CreateDefault().Validate(dataset);
        output.WriteLine(report.ToString(TextCulture.Vietnamese));

        var balance = dataset.LedgerOf("pl-tiet-kiem").BalanceOn(asOf, BalanceTime.EndOfDay);
        var day = DateFormat.Format(asOf, DateStyle.Short, TextCulture.Vietnamese);
        output.WriteLine($"Số dư ngày {day}: {balance.ToString(DongStyle.Full, TextCulture.Vietnamese)}");

        var table = new ReportEngine(dataset).Run(new ReportQuery
        {
            Root = "thi-uy-phuoc-long",
            Period = ReportingPeriod.Year(2023),
            GroupBy = [Dimension.Fund],
            Measures = [Measure.Contributions, Measure.Disbursements, Measure.FundBalance],
        });
        await new MarkdownExporter().ExportAsync(ReportDocument.Of(table), standardOutput);
        // quick-start:end
        output.Write(Encoding.UTF8.GetString(standardOutput.ToArray()));
    }
}
