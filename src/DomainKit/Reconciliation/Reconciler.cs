using System.Collections.Immutable;
using DomainKit.Data;
using DomainKit.Reconciliation.Checks;
using DomainKit.Validation;

namespace DomainKit.Reconciliation;

/// <summary>
/// Checks the figures a published report states against a dataset and against each other: parts against the whole,
/// a stated rate against its counts under each plausible definition of the denominator, a stated fraction's own parts,
/// stated balances and flow totals against the ledger, rounded figures against exact ones. Each check gives a
/// <see cref="Finding"/> with a DK8xx code (see <see cref="ReconciliationRules"/>): an error when the figure certainly
/// does not reconcile, a warning when it reconciles only under a definition other than the expected one or cannot be
/// checked, and information when it reconciles. Mismatches carry <c>stated</c>, <c>computed</c> and <c>difference</c>
/// (stated minus computed) in <see cref="Finding.Arguments"/>, with <c>figure</c> and <c>quote</c>.
/// </summary>
/// <remarks>
/// Stateless apart from the dataset, which is immutable, so one reconciler may be used by any number of threads.
/// Rounded amounts and rates are compared rounding-aware and exactly, in integers: "6,1 tỷ" is consistent with
/// 6.050.000.000 to 6.149.999.999 đ only, "96,7%" with 96,65% up to but not including 96,75%. Each kind of figure has
/// a check of its own, as each thing validation looks at has a rule of its own.
/// </remarks>
public sealed class Reconciler
{
    private readonly Dataset dataset;

    /// <summary>Creates a reconciler for <paramref name="dataset"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public Reconciler(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        this.dataset = dataset;
    }

    /// <summary>The dataset figures are checked against.</summary>
    public Dataset Dataset => dataset;

    /// <summary>Whether figures that reconcile are reported, as information findings (the default); when <see langword="false"/>, only errors and warnings are.</summary>
    public bool ReportConsistent { get; init; } = true;

    /// <summary>Says what figures are checked against: <c>Reconciler over Dataset: 3 units, ...</c>.</summary>
    public override string ToString() => $"Reconciler over {dataset}";

    /// <summary>Checks every figure, in order, and returns the findings figure by figure.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A figure is of a kind this reconciler does not know.</exception>
    public ReconciliationResult Reconcile(IEnumerable<StatedFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var count = 0;
        foreach (var figure in figures)
        {
            if (figure is null)
            {
                throw new ArgumentNullException(nameof(figures), "A stated figure is null.");
            }
            count++;
            var check = FigureChecks.For(figure.GetType())
                ?? throw new ArgumentException($"Unknown kind of stated figure: {figure.GetType().Name}.", nameof(figures));
            check.Check(new FigureContext(dataset, figure, findings, ReportConsistent));
        }
        return new ReconciliationResult(findings.ToImmutable(), count);
    }
}
