using System.Collections.Immutable;
using DomainKit.Text;
using DomainKit.Utility;
using DomainKit.Validation;

namespace DomainKit.Reconciliation;

/// <summary>
/// What reconciling stated figures found: one or more findings per figure, in the order the figures were given and,
/// within a figure, in the order of its checks, so that a report reads figure by figure. Immutable and thread-safe.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ReconciliationReport
{
    internal ReconciliationReport(ImmutableArray<Finding> findings, int figureCount)
    {
        Findings = findings;
        FigureCount = figureCount;
        (ErrorCount, WarningCount, InfoCount) = FindingList.Count(findings);
    }

    /// <summary>Every finding, figure by figure.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>How many stated figures were checked.</summary>
    public int FigureCount { get; }

    /// <summary>How many findings are errors: figures that certainly do not reconcile.</summary>
    public int ErrorCount { get; }

    /// <summary>How many findings are warnings: figures that reconcile only under another definition, or cannot be checked.</summary>
    public int WarningCount { get; }

    /// <summary>How many findings are information: figures that reconcile.</summary>
    public int InfoCount { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The findings with a code.</summary>
    public IEnumerable<Finding> WithCode(string code) => FindingList.WithCode(Findings, code);

    /// <summary>A summary line and one line per finding, in <paramref name="culture"/>.</summary>
    public string ToString(ReportCulture culture) => FindingList.Write(Summary(culture), Findings, culture);

    /// <summary>The summary line: how many figures were checked, and the findings by severity.</summary>
    internal string Summary(ReportCulture culture) => culture == ReportCulture.Vietnamese
        ? $"{FigureCount} số liệu đã đối chiếu: {ErrorCount} lỗi, {WarningCount} cảnh báo, {InfoCount} thông tin"
        : $"{FigureCount} figures checked: {ErrorCount} errors, {WarningCount} warnings, {InfoCount} information";

    /// <summary>A summary line and one line per finding, in English.</summary>
    public override string ToString() => ToString(ReportCulture.Invariant);
}
