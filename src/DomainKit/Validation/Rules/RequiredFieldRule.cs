using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Pledges;

namespace DomainKit.Validation.Rules;

/// <summary>DK101: a field the item cannot do without is missing or blank.</summary>
internal sealed class RequiredFieldRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK101", "RequiredField", Severity.Error,
        new("Thiếu trường bắt buộc", "A required field is missing"),
        new("Thiếu trường bắt buộc {field}.", "The required field {field} is missing."));

    public void Validate(RuleContext context)
    {
        var data = context.Dataset;
        foreach (var unit in data.Units)
        {
            var at = EntityRef.ForUnit(unit.Id);
            Check(context, at, "Id", !unit.Id.IsEmpty);
            Check(context, at, "Name", !string.IsNullOrWhiteSpace(unit.Name));
            Check(context, at, "Kind", unit.Kind is not null);
        }
        foreach (var model in data.Models)
        {
            var at = EntityRef.ForModel(model.Id);
            Check(context, at, "Id", !model.Id.IsEmpty);
            Check(context, at, "Name", !string.IsNullOrWhiteSpace(model.Name));
            Check(context, at, "OwnerId", !model.OwnerId.IsEmpty);
            Check(context, at, "Kind", model.Kind is not null);
            foreach (var outcome in model.Outcomes.IsDefault ? [] : model.Outcomes)
            {
                Check(context, at, "Outcomes.Name", outcome is not null && !string.IsNullOrWhiteSpace(outcome.Name));
                Check(context, at, "Outcomes.UnitOfMeasure", outcome is not null && !string.IsNullOrWhiteSpace(outcome.UnitOfMeasure));
            }
        }
        foreach (var pledge in data.Pledges)
        {
            var at = EntityRef.ForPledge(pledge.Id);
            Check(context, at, "Id", !pledge.Id.IsEmpty);
            Check(context, at, "Pledger", pledge.Pledger is not null && !pledge.Pledger.UnitId.IsEmpty);
            if (pledge.Pledger is { Kind: PledgerKind.Individual } person)
            {
                Check(context, at, "Pledger.PersonId", !string.IsNullOrWhiteSpace(person.PersonId) || !string.IsNullOrWhiteSpace(person.PersonName));
            }
            Check(context, at, "Target", pledge.Target switch
            {
                null => false,
                ModelPledgeTarget m => !m.ModelId.IsEmpty,
                CriteriaPledgeTarget c => !string.IsNullOrWhiteSpace(c.CriteriaSet),
                BeneficiaryPledgeTarget b => !string.IsNullOrWhiteSpace(b.Beneficiary),
                _ => true,
            });
        }
        for (var i = 0; i < data.Payments.Length; i++)
        {
            Check(context, EntityRef.ForPayment(data.Payments[i].PledgeId, i), "PledgeId", !data.Payments[i].PledgeId.IsEmpty);
        }
        foreach (var fund in data.Funds)
        {
            var at = EntityRef.ForFund(fund.Id);
            Check(context, at, "Id", !fund.Id.IsEmpty);
            Check(context, at, "Name", !string.IsNullOrWhiteSpace(fund.Name));
            Check(context, at, "OwnerId", !fund.OwnerId.IsEmpty);
        }
        foreach (var ledger in data.Ledgers)
        {
            for (var i = 0; i < ledger.Count; i++)
            {
                var at = EntityRef.ForFundEntry(ledger.FundId, i);
                Check(context, at, "FundId", !ledger.FundId.IsEmpty);
                // Only an entry kept as a record can lack a field; the columns hold complete entries.
                if (!ledger.HasDetailsAt(i))
                {
                    continue;
                }
                switch (ledger.EntryAt(i))
                {
                    case LoanDisbursement loan:
                        Check(context, at, "LoanId", !string.IsNullOrWhiteSpace(loan.LoanId));
                        break;
                    case LoanRepayment repayment:
                        Check(context, at, "LoanId", !string.IsNullOrWhiteSpace(repayment.LoanId));
                        break;
                    case InKindReceipt receipt:
                        CheckGoods(context, at, receipt.Goods);
                        break;
                    case InKindDistribution distribution:
                        CheckGoods(context, at, distribution.Goods);
                        break;
                }
            }
        }
        foreach (var commendation in data.Commendations)
        {
            var at = EntityRef.ForCommendation(commendation.Id);
            Check(context, at, "Id", !commendation.Id.IsEmpty);
            Check(context, at, "Recipient", commendation.Recipient is not null && !commendation.Recipient.UnitId.IsEmpty);
            if (commendation.Recipient is { Kind: not RecipientKind.Collective } named)
            {
                Check(context, at, "Recipient.Name", !string.IsNullOrWhiteSpace(named.Name));
            }
        }
    }

    private static void CheckGoods(RuleContext context, EntityRef at, Goods? goods)
    {
        Check(context, at, "Goods", goods is not null);
        if (goods is not null)
        {
            Check(context, at, "Goods.Name", !string.IsNullOrWhiteSpace(goods.Name));
            Check(context, at, "Goods.UnitOfMeasure", !string.IsNullOrWhiteSpace(goods.UnitOfMeasure));
        }
    }

    private static void Check(RuleContext context, EntityRef at, string field, bool present)
    {
        if (!present)
        {
            context.Report(at, field, (MessageArguments.Field, field));
        }
    }
}
