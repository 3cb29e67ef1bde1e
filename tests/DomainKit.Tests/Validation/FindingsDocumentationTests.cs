using DomainKit.Aggregation;
using DomainKit.Interchange;
using DomainKit.Reconciliation;
using DomainKit.Submissions.Checks;
using DomainKit.Validation;

namespace DomainKit.Tests.Validation;

/// <summary>docs/findings.md lists every code, of validation rules and of reconciliation checks, with the name and default severity it really has.</summary>
public sealed class FindingsDocumentationTests
{
    private static string FindingsTable()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DomainKit.sln")))
            {
                return File.ReadAllText(Path.Combine(directory.FullName, "docs", "findings.md"));
            }
        }
        throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " holds DomainKit.sln.");
    }

    /// <summary>The cells of each table row whose first cell is a code, by code.</summary>
    private static Dictionary<string, string[]> Rows()
    {
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in FindingsTable().Split('\n'))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (line.TrimStart().StartsWith('|') && cells.Length > 3 && System.Text.RegularExpressions.Regex.IsMatch(cells[0], "^[A-Z]+[0-9]+$"))
            {
                Assert.True(rows.TryAdd(cells[0], cells), $"The findings table lists {cells[0]} twice.");
            }
        }
        return rows;
    }

    private static IEnumerable<RuleDescriptor> RuleDescriptors
        => ValidationRules.All.Select(r => r.Descriptor).Prepend(ValidationRules.RuleFailureDescriptor);

    /// <summary>Every code the library reports: the validation rules, the reconciliation checks, the report findings, the readers' problems and the approval replay's findings.</summary>
    private static IEnumerable<RuleDescriptor> Descriptors => RuleDescriptors.Concat(ReconciliationRules.Descriptors).Concat(ReportRules.Descriptors).Concat(ImportRules.Descriptors)
        .Concat(ApprovalRules.Descriptors).Concat(IndicatorRules.Descriptors).Concat(SubmissionRules.Descriptors);

    private static void AssertDocumented(Dictionary<string, string[]> rows, RuleDescriptor descriptor)
    {
        Assert.True(rows.TryGetValue(descriptor.Code, out var cells), $"docs/findings.md has no row for {descriptor.Code}.");
        Assert.Equal(descriptor.Name, cells![1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[2]);
        Assert.Contains(descriptor.Title.Vietnamese, cells, StringComparer.Ordinal);
        Assert.Equal(7, cells.Length);
        Assert.All(cells, cell => Assert.False(string.IsNullOrWhiteSpace(cell), $"A cell of {descriptor.Code} is empty."));
    }

    [Fact]
    public void Every_reconciliation_check_is_documented_in_the_findings_table()
    {
        var rows = Rows();

        Assert.NotEmpty(ReconciliationRules.Descriptors);
        Assert.All(ReconciliationRules.Descriptors, descriptor => AssertDocumented(rows, descriptor));
    }

    [Fact]
    public void Every_built_in_rule_is_documented_in_the_findings_table()
    {
        var rows = Rows();

        Assert.All(RuleDescriptors, descriptor => AssertDocumented(rows, descriptor));
        var codes = Descriptors.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(rows.Keys, code => Assert.True(codes.Contains(code), $"docs/findings.md lists {code}, which is neither a rule nor a reconciliation check."));
    }

    [Fact]
    public void Every_report_finding_is_documented_in_the_findings_table()
    {
        var rows = Rows();

        Assert.NotEmpty(ReportRules.Descriptors);
        Assert.All(ReportRules.Descriptors, descriptor => AssertDocumented(rows, descriptor));
    }

    [Fact]
    public void Every_indicator_finding_is_documented_in_the_findings_table()
    {
        var rows = Rows();

        Assert.NotEmpty(IndicatorRules.Descriptors);
        Assert.All(IndicatorRules.Descriptors, descriptor => AssertDocumented(rows, descriptor));
    }

    [Fact]
    public void Every_import_problem_is_documented_in_the_findings_table()
    {
        var rows = Rows();

        Assert.All(ImportRules.Descriptors, descriptor => AssertDocumented(rows, descriptor));
    }

    [Fact]
    public void Every_approval_replay_finding_is_documented_in_the_findings_table()
    {
        var rows = Rows();

        Assert.NotEmpty(ApprovalRules.Descriptors);
        Assert.All(ApprovalRules.Descriptors, descriptor => AssertDocumented(rows, descriptor));
    }

    [Fact]
    public void Every_submission_finding_is_documented_in_the_findings_table()
    {
        var rows = Rows();

        Assert.NotEmpty(SubmissionRules.Descriptors);
        Assert.All(SubmissionRules.Descriptors, descriptor => AssertDocumented(rows, descriptor));
    }

    [Fact]
    public void The_findings_table_lists_codes_in_order()
    {
        var listed = Rows().Keys.ToList();

        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
    }
}
