using DomainKit.Funds;

namespace DomainKit.Validation.Rules;

/// <summary>DK503: goods received or handed out carry no money value, so they cannot be counted in money totals.</summary>
internal sealed class InKindWithoutValuationRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK503", "InKindWithoutValuation", Severity.Warning,
        new("Hiện vật chưa quy ra tiền", "Goods without a money value"),
        new("{quantity} {unit} {goods} chưa được quy ra tiền; không tính được vào tổng giá trị.",
            "{quantity} {unit} of {goods} have no money value and cannot count in money totals."));

    public void Validate(RuleContext context)
    {
        foreach (var ledger in context.Dataset.Ledgers)
        {
            for (var i = 0; i < ledger.Count; i++)
            {
                if (ledger.KindAt(i) is not (FundEntryKind.InKindReceipt or FundEntryKind.InKindDistribution))
                {
                    continue;
                }
                var (goods, valuation) = ledger.EntryAt(i) switch
                {
                    InKindReceipt r => (r.Goods, r.Valuation),
                    InKindDistribution d => (d.Goods, d.Valuation),
                    _ => (null, null),
                };
                if (goods is not null && valuation is null)
                {
                    context.Report(EntityRef.ForFundEntry(ledger.FundId, i), "Valuation",
                        (MessageArguments.Quantity, goods.Quantity), (MessageArguments.Unit, goods.UnitOfMeasure), (MessageArguments.Goods, goods.Name));
                }
            }
        }
    }
}
