using System.Collections.Immutable;
using System.Text;
using DomainKit.Text;

namespace DomainKit.Validation;

/// <summary>
/// What a validation or reconciliation result is made of: its findings, counted by severity, and written as a summary
/// line and one line a finding. Only DomainKit's results derive from it. Immutable and thread-safe.
/// </summary>
public abstract class CheckResult
{
    private protected CheckResult(ImmutableArray<Finding> findings)
    {
        Findings = findings;
        ErrorCount = findings.Count(f => f.Severity == Severity.Error);
        WarningCount = findings.Count(f => f.Severity == Severity.Warning);
        InfoCount = findings.Length - ErrorCount - WarningCount;
    }

    /// <summary>Every finding, in the report's order.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>How many findings are errors.</summary>
    public int ErrorCount { get; }

    /// <summary>How many findings are warnings.</summary>
    public int WarningCount { get; }

    /// <summary>How many findings are information.</summary>
    public int InfoCount { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The findings with a code.</summary>
    public IEnumerable<Finding> WithCode(string code)
        => Findings.Where(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>A summary line and one line per finding, in <paramref name="culture"/>.</summary>
    public string ToString(TextCulture culture)
    {
        var text = new StringBuilder(Summary(culture));
        foreach (var finding in Findings)
        {
            text.Append('\n').Append(finding.ToString(culture));
        }
        return text.ToString();
    }

    /// <summary>A summary line and one line per finding, in English.</summary>
    public sealed override string ToString() => ToString(TextCulture.English);

    /// <summary>The summary line: what was checked, and the findings by severity.</summary>
    internal abstract string Summary(TextCulture culture);
}
