using System.Collections.Immutable;
using DomainKit.Text;
using DomainKit.Utility;

namespace DomainKit.Validation;

/// <summary>
/// What validating a dataset found: the findings, ordered by severity, code and item (errors first, then warnings,
/// then information; within each, by code and item), and the rules that ran. Immutable and thread-safe.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ValidationResult : CheckResult
{
    internal ValidationResult(ImmutableArray<Finding> findings, ImmutableArray<RuleDescriptor> rulesRun)
        : base(findings)
    {
        RulesRun = rulesRun;
    }

    /// <summary>The rules that ran (enabled ones), by code.</summary>
    public ImmutableArray<RuleDescriptor> RulesRun { get; }

    /// <summary>The summary line: how many rules ran, and the findings by severity.</summary>
    internal override string Summary(TextCulture culture) => culture == TextCulture.Vietnamese
        ? $"{RulesRun.Length} quy tắc đã chạy: {ErrorCount} lỗi, {WarningCount} cảnh báo, {InfoCount} thông tin"
        : $"{RulesRun.Length} rules run: {ErrorCount} errors, {WarningCount} warnings, {InfoCount} information";
}
