using System.Collections.Immutable;
using DomainKit.Text;
using DomainKit.Utility;
using DomainKit.Validation;

namespace DomainKit.Reconciliation;

/// <summary>
/// What reconciling stated figures found: one or more findings per figure, in the order the figures were given and,
/// within a figure, in the order of its checks, so that a report reads figure by figure. Errors are figures that
/// certainly do not reconcile; warnings, figures that reconcile only under another definition or cannot be checked;
/// information, figures that reconcile. Immutable and thread-safe.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ReconciliationResult : CheckResult
{
    internal ReconciliationResult(ImmutableArray<Finding> findings, int figureCount)
        : base(findings)
    {
        FigureCount = figureCount;
    }

    /// <summary>How many stated figures were checked.</summary>
    public int FigureCount { get; }

    /// <summary>The summary line: how many figures were checked, and the findings by severity.</summary>
    internal override string Summary(TextCulture culture) => culture == TextCulture.Vietnamese
        ? $"{FigureCount} số liệu đã đối chiếu: {ErrorCount} lỗi, {WarningCount} cảnh báo, {InfoCount} thông tin"
        : $"{FigureCount} figures checked: {ErrorCount} errors, {WarningCount} warnings, {InfoCount} information";
}
