using System.Collections.Immutable;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Validation;

/// <summary>
/// What validating a dataset found: the findings, ordered by severity, code and item, and the rules that ran.
/// Immutable and thread-safe.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ValidationReport
{
    internal ValidationReport(ImmutableArray<Finding> findings, ImmutableArray<RuleDescriptor> rulesRun)
    {
        Findings = findings;
        RulesRun = rulesRun;
        (ErrorCount, WarningCount, InfoCount) = FindingList.Count(findings);
    }

    /// <summary>Every finding: errors first, then warnings, then information; within each, by code and item.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The rules that ran (enabled ones), by code.</summary>
    public ImmutableArray<RuleDescriptor> RulesRun { get; }

    /// <summary>How many findings are errors.</summary>
    public int ErrorCount { get; }

    /// <summary>How many findings are warnings.</summary>
    public int WarningCount { get; }

    /// <summary>How many findings are information.</summary>
    public int InfoCount { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The findings with a code.</summary>
    public IEnumerable<Finding> WithCode(string code) => FindingList.WithCode(Findings, code);

    /// <summary>A summary line and one line per finding, in <paramref name="culture"/>.</summary>
    public string ToString(ReportCulture culture) => FindingList.Write(Summary(culture), Findings, culture);

    /// <summary>The summary line: how many rules ran, and the findings by severity.</summary>
    internal string Summary(ReportCulture culture) => culture == ReportCulture.Vietnamese
        ? $"{RulesRun.Length} quy tắc đã chạy: {ErrorCount} lỗi, {WarningCount} cảnh báo, {InfoCount} thông tin"
        : $"{RulesRun.Length} rules run: {ErrorCount} errors, {WarningCount} warnings, {InfoCount} information";

    /// <summary>A summary line and one line per finding, in English.</summary>
    public override string ToString() => ToString(ReportCulture.Invariant);
}
