using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Pledges;

namespace DomainKit.Validation.Rules;

/// <summary>DK105: an amount, quantity or count that cannot be negative is.</summary>
internal sealed class NegativeAmountRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK105", "NegativeAmount", Severity.Error,
        new("Số âm", "A negative figure"),
        new("{field} là số âm ({value}).", "{field} is negative ({value})."));

    public void Validate(RuleContext context)
    {
        var data = context.Dataset;
        foreach (var unit in data.Units)
        {
            var at = EntityRef.ForUnit(unit.Id);
            foreach (var count in unit.HeadCounts.IsDefault ? [] : unit.HeadCounts)
            {
                Count(context, at, "HeadCounts.Members", count?.Members);
                Count(context, at, "HeadCounts.PartyMembers", count?.PartyMembers);
                Count(context, at, "HeadCounts.Exempt", count?.Exempt);
                Count(context, at, "HeadCounts.Away", count?.Away);
            }
        }
        foreach (var model in data.Models)
        {
            foreach (var outcome in model.Outcomes.IsDefault ? [] : model.Outcomes)
            {
                Quantity(context, EntityRef.ForModel(model.Id), "Outcomes.Quantity", outcome?.Quantity);
                Money(context, EntityRef.ForModel(model.Id), "Outcomes.MoneyValue", outcome?.MoneyValue);
            }
        }
        foreach (var pledge in data.Pledges)
        {
            var at = EntityRef.ForPledge(pledge.Id);
            Money(context, at, "Schedule.Amount", pledge.Schedule?.Amount);
            Money(context, at, "Schedule.MaximumAmount", pledge.Schedule?.MaximumAmount);
            if (pledge.Target is HouseholdsPledgeTarget households)
            {
                Count(context, at, "Target.PoorHouseholds", households.PoorHouseholds);
                Count(context, at, "Target.NearPoorHouseholds", households.NearPoorHouseholds);
            }
        }
        for (var i = 0; i < data.Payments.Length; i++)
        {
            Money(context, EntityRef.ForPayment(data.Payments[i].PledgeId, i), "Amount", data.Payments[i].Amount);
        }
        foreach (var ledger in data.Ledgers)
        {
            for (var i = 0; i < ledger.Count; i++)
            {
                // The columns answer for every entry; only a record can hold a goods quantity or a loan term.
                var kind = ledger.KindAt(i);
                var amount = ledger.AmountAt(i);
                var occurrences = ledger.OccurrencesAt(i);
                var distinct = ledger.DistinctAt(i);
                var negative = (amount < 0 && kind != FundEntryKind.BalanceAssertion)
                    || (occurrences < 0 && occurrences != LedgerStore.Missing)
                    || (distinct < 0 && distinct != LedgerStore.Missing)
                    || ledger.HasDetailsAt(i);
                if (!negative)
                {
                    continue;
                }
                var at = EntityRef.ForFundEntry(ledger.FundId, i);
                switch (kind)
                {
                    case FundEntryKind.BalanceAssertion:
                        break;
                    case FundEntryKind.LoanDisbursement:
                        Money(context, at, "Principal", new Dong(amount));
                        break;
                    case FundEntryKind.InKindReceipt or FundEntryKind.InKindDistribution:
                        Money(context, at, "Valuation.Value", new Dong(amount));
                        break;
                    default:
                        Money(context, at, "Amount", new Dong(amount));
                        break;
                }
                Count(context, at, "Beneficiaries.Occurrences", occurrences == LedgerStore.Missing ? null : occurrences);
                Count(context, at, "Beneficiaries.Distinct", distinct == LedgerStore.Missing ? null : distinct);
                switch (ledger.HasDetailsAt(i) ? ledger.EntryAt(i) : null)
                {
                    case LoanDisbursement loan:
                        Count(context, at, "TermMonths", loan.TermMonths);
                        break;
                    case InKindReceipt receipt:
                        Quantity(context, at, "Goods.Quantity", receipt.Goods?.Quantity);
                        break;
                    case InKindDistribution distribution:
                        Quantity(context, at, "Goods.Quantity", distribution.Goods?.Quantity);
                        break;
                }
            }
        }
    }

    private static void Money(RuleContext context, EntityRef at, string field, Dong? value)
    {
        if (value is Dong amount && amount.IsNegative)
        {
            context.Report(at, field, (MessageArguments.Field, field), (MessageArguments.Value, amount));
        }
    }

    private static void Count(RuleContext context, EntityRef at, string field, int? value)
    {
        if (value is < 0)
        {
            context.Report(at, field, (MessageArguments.Field, field), (MessageArguments.Value, value));
        }
    }

    private static void Quantity(RuleContext context, EntityRef at, string field, decimal? value)
    {
        if (value is < 0m)
        {
            context.Report(at, field, (MessageArguments.Field, field), (MessageArguments.Value, value));
        }
    }
}
