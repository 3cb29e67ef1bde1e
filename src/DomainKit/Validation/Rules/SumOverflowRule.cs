using DomainKit.Funds;
using DomainKit.Money;

namespace DomainKit.Validation.Rules;

/// <summary>DK106: the amounts of a fund's ledger or of a pledge's payments add up beyond what 64 bits hold.</summary>
internal sealed class SumOverflowRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK106", "SumOverflow", Severity.Error,
        new("Tổng vượt giới hạn", "A sum overflows"),
        new("Tổng {field} vượt quá giới hạn 64 bit; số liệu chắc chắn sai.",
            "The sum of {field} goes beyond 64 bits; the figures cannot be right."));

    public void Validate(RuleContext context)
    {
        foreach (var ledger in context.Dataset.Ledgers)
        {
            long inflow = 0, outflow = 0;
            var overflow = false;
            for (var i = 0; i < ledger.Count && !overflow; i++)
            {
                // Magnitudes are summed apart, because a ledger whose net fits can still hold impossible gross flows.
                var amount = ledger.AmountAt(i);
                var sign = LedgerStore.CashSign(ledger.KindAt(i));
                if (sign == 0)
                {
                    continue;
                }
                if (amount == long.MinValue)
                {
                    overflow = true;
                    break;
                }
                ref var sum = ref (sign < 0 ? ref outflow : ref inflow);
                if (!Dong.TryAdd(new Dong(sum), new Dong(Math.Abs(amount)), out var total))
                {
                    overflow = true;
                    break;
                }
                sum = total.Value;
            }
            if (overflow)
            {
                context.Report(EntityRef.ForFund(ledger.FundId), "Entries", (MessageArguments.Field, "Entries"));
            }
        }
        foreach (var pledge in context.Dataset.Pledges)
        {
            var total = Dong.Zero;
            foreach (var payment in context.Dataset.PaymentsOf(pledge.Id))
            {
                if (!Dong.TryAdd(total, payment.Amount, out total))
                {
                    context.Report(EntityRef.ForPledge(pledge.Id), "Payments", (MessageArguments.Field, "Payments"));
                    break;
                }
            }
        }
    }
}
