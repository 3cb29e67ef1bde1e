using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Reconciliation.Checks;

/// <summary>
/// What a check sees while it checks one figure: the figure, the dataset, and the ways to report a finding, each with
/// the figure's label and quote among its arguments. One context per figure; not thread-safe.
/// </summary>
internal sealed class FigureContext(Dataset dataset, StatedFigure figure, ImmutableArray<Finding>.Builder findings, bool reportConsistent)
{
    /// <summary>The dataset the figure is checked against.</summary>
    public Dataset Dataset => dataset;

    /// <summary>The figure being checked.</summary>
    public StatedFigure Figure => figure;

    /// <summary>
    /// Reports a finding of <paramref name="descriptor"/>, at its default severity, unless it is information and only
    /// what does not reconcile is asked for. Rates, stated amounts and decimals are written as a report writes them.
    /// </summary>
    public void Report(RuleDescriptor descriptor, EntityRef entity, string? field, params (string Name, object? Value)[] arguments)
    {
        if (descriptor.DefaultSeverity == Severity.Info && !reportConsistent)
        {
            return;
        }
        var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
        values[MessageArguments.Figure] = figure.DisplayName;
        values[MessageArguments.Quote] = figure.Quote;
        foreach (var (name, value) in arguments)
        {
            values[name] = value;
        }
        var raw = values.ToImmutable();
        var decimals = Math.Max(1, raw.GetValueOrDefault(MessageArguments.Stated) is StatedRate rate ? rate.Decimals : 0);
        var shown = raw.ToDictionary(p => p.Key, p => Display(p.Key, p.Value, decimals), StringComparer.Ordinal);
        findings.Add(Finding.Of(descriptor, descriptor.DefaultSeverity, entity, field, raw, shown));
    }

    /// <summary>Reports whether a stated count is the computed one (DK803 or DK804).</summary>
    public void Count(EntityRef entity, string field, LocalizedText what, long stated, long computed)
        => Count(entity, field, what, stated, computed, stated - computed);

    /// <summary>Reports whether a stated count is the computed one (DK803 or DK804), with the difference given.</summary>
    public void Count(EntityRef entity, string field, LocalizedText what, object stated, object computed, object difference)
    {
        if (Equals(stated, computed))
        {
            Report(ReconciliationRules.CountReconciles, entity, field,
                (MessageArguments.What, what), (MessageArguments.Stated, stated), (MessageArguments.Computed, computed));
        }
        else
        {
            Report(ReconciliationRules.CountMismatch, entity, field,
                (MessageArguments.What, what), (MessageArguments.Stated, stated), (MessageArguments.Computed, computed), (MessageArguments.Difference, difference));
        }
    }

    /// <summary>Reports whether a stated amount is consistent with the exact one from <paramref name="source"/>, rounding-aware (DK821 or DK822).</summary>
    public void Amount(EntityRef entity, string field, LocalizedText what, StatedDong stated, Dong computed, LocalizedText source)
    {
        if (stated.IsConsistentWith(computed))
        {
            Report(ReconciliationRules.AmountReconciles, entity, field,
                (MessageArguments.What, what), (MessageArguments.Stated, stated), (MessageArguments.Computed, computed), (MessageArguments.Source, source));
        }
        else
        {
            Report(ReconciliationRules.AmountMismatch, entity, field,
                (MessageArguments.What, what), (MessageArguments.Stated, stated), (MessageArguments.Computed, computed), (MessageArguments.Source, source),
                (MessageArguments.Difference, new Dong(FigureMath.Clip((Int128)stated.Value.Value - computed.Value))));
        }
    }

    /// <summary>Reports that <paramref name="what"/> cannot be checked, and why (DK899).</summary>
    public void NotCheckable(EntityRef entity, string field, LocalizedText what, LocalizedText reason)
        => Report(ReconciliationRules.FigureNotCheckable, entity, field, (MessageArguments.What, what), (MessageArguments.Reason, reason));

    /// <summary>The ledger of <paramref name="fund"/>, or <see langword="null"/> when the data has neither the fund nor any of its entries.</summary>
    public FundLedger? LedgerOf(FundId fund)
    {
        var ledger = dataset.LedgerOf(fund);
        return ledger.Fund is not null || ledger.Count > 0 ? ledger : null;
    }

    private static object? Display(string key, object? value, int decimals) => value switch
    {
        Rate rate => new LocalizedText(rate.ToString(TextCulture.Vietnamese, decimals), rate.ToString(TextCulture.English, decimals)),
        StatedRate rate => new LocalizedText(rate.ToString(TextCulture.Vietnamese), rate.ToString(TextCulture.English)),
        StatedDong amount => new LocalizedText(amount.ToString(TextCulture.Vietnamese), amount.ToString(TextCulture.English)),
        decimal number when key.StartsWith(MessageArguments.Difference, StringComparison.Ordinal)
            => new LocalizedText(FigureTexts.Points(number, TextCulture.Vietnamese), FigureTexts.Points(number, TextCulture.English)),
        decimal number => new LocalizedText(
            number.ToString(CultureInfo.InvariantCulture).Replace('.', ','), number.ToString(CultureInfo.InvariantCulture)),
        _ => value,
    };
}
