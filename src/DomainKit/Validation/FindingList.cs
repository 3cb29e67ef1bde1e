using System.Collections.Immutable;
using System.Text;
using DomainKit.Text;

namespace DomainKit.Validation;

/// <summary>What validation and reconciliation reports share: counting findings by severity and writing them one to a line.</summary>
internal static class FindingList
{
    public static (int Errors, int Warnings, int Infos) Count(ImmutableArray<Finding> findings)
    {
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        return (errors, warnings, findings.Length - errors - warnings);
    }

    public static IEnumerable<Finding> WithCode(ImmutableArray<Finding> findings, string code)
        => findings.Where(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));

    public static string Write(string summary, ImmutableArray<Finding> findings, ReportCulture culture)
    {
        var text = new StringBuilder(summary);
        foreach (var finding in findings)
        {
            text.Append('\n').Append(finding.ToString(culture));
        }
        return text.ToString();
    }
}
