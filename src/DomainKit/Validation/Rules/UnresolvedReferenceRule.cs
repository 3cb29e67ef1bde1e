using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Pledges;
using DomainKit.Units;

namespace DomainKit.Validation.Rules;

/// <summary>DK103: a reference names a unit, model, pledge, fund or loan the dataset does not hold.</summary>
internal sealed class UnresolvedReferenceRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK103", "UnresolvedReference", Severity.Error,
        new("Tham chiếu không tồn tại", "A reference names nothing"),
        new("{field} tham chiếu {target} '{id}' không có trong dữ liệu{extra}.",
            "{field} names {target} '{id}', which is not in the dataset{extra}."));

    public void Validate(RuleContext context)
    {
        var data = context.Dataset;
        foreach (var unit in data.Units)
        {
            var at = EntityRef.ForUnit(unit.Id);
            CheckUnit(context, at, "ParentId", unit.ParentId);
            CheckUnit(context, at, "TerritoryId", unit.TerritoryId);
            var parentChanges = unit.ParentChanges.IsDefault ? [] : unit.ParentChanges;
            for (var i = 0; i < parentChanges.Length; i++)
            {
                CheckUnit(context, at, $"ParentChanges[{i}]", parentChanges[i].Target);
            }
            var territoryChanges = unit.TerritoryChanges.IsDefault ? [] : unit.TerritoryChanges;
            for (var i = 0; i < territoryChanges.Length; i++)
            {
                CheckUnit(context, at, $"TerritoryChanges[{i}]", territoryChanges[i].Target);
            }
            foreach (var successor in unit.Successors.IsDefault ? [] : unit.Successors)
            {
                CheckUnit(context, at, "Successors", successor);
            }
            CheckUnit(context, at, "PrimarySuccessorId", unit.PrimarySuccessorId);
        }
        foreach (var model in data.Models)
        {
            var at = EntityRef.ForModel(model.Id);
            CheckUnit(context, at, "OwnerId", model.OwnerId, required: true);
            CheckUnit(context, at, "CommittedToId", model.CommittedToId);
            CheckModel(context, at, "OriginId", model.OriginId);
        }
        // Millions of pledges name a few thousand units and models, usually in runs: a reference equal to the
        // previous one that resolved needs no look-up.
        UnitId? lastUnit = null;
        ModelId? lastModel = null;
        foreach (var pledge in data.Pledges)
        {
            var at = EntityRef.ForPledge(pledge.Id);
            if (pledge.Pledger?.UnitId is { } unitId && unitId != lastUnit)
            {
                CheckUnit(context, at, "Pledger.UnitId", unitId, required: true);
                lastUnit = data.FindUnit(unitId) is null ? (UnitId?)null : unitId;
            }
            if (pledge.Target is ModelPledgeTarget target && target.ModelId != lastModel)
            {
                CheckModel(context, at, "Target.ModelId", target.ModelId, required: true);
                lastModel = data.FindModel(target.ModelId) is null ? (ModelId?)null : target.ModelId;
            }
        }
        for (var i = 0; i < data.Payments.Length; i++)
        {
            var payment = data.Payments[i];
            if (!payment.PledgeId.IsEmpty && data.FindPledge(payment.PledgeId) is null)
            {
                Report(context, EntityRef.ForPayment(payment.PledgeId, i), "PledgeId", Target.Pledge, payment.PledgeId.Value);
            }
        }
        foreach (var fund in data.Funds)
        {
            var at = EntityRef.ForFund(fund.Id);
            CheckUnit(context, at, "OwnerId", fund.OwnerId, required: true);
            CheckModel(context, at, "ModelId", fund.ModelId);
        }
        foreach (var ledger in data.Ledgers)
        {
            if (ledger.Fund is null && !ledger.FundId.IsEmpty)
            {
                // One finding per missing fund, not per entry: a misspelt fund id can carry a million entries.
                Report(context, EntityRef.ForFundEntry(ledger.FundId, 0), "FundId", Target.Fund, ledger.FundId.Value, ledger.Count);
            }
            var loans = new HashSet<string>(LoanEntries.Of<LoanDisbursement>(ledger, FundEntryKind.LoanDisbursement).Select(x => x.Entry.LoanId).Where(id => id is not null), StringComparer.Ordinal);
            foreach (var (i, repayment) in LoanEntries.Of<LoanRepayment>(ledger, FundEntryKind.LoanRepayment))
            {
                if (repayment.LoanId is { } loanId && !string.IsNullOrWhiteSpace(loanId) && !loans.Contains(loanId))
                {
                    Report(context, EntityRef.ForFundEntry(ledger.FundId, i), "LoanId", Target.Loan, loanId);
                }
            }
        }
        foreach (var commendation in data.Commendations)
        {
            var at = EntityRef.ForCommendation(commendation.Id);
            CheckUnit(context, at, "Recipient.UnitId", commendation.Recipient?.UnitId, required: true);
            CheckUnit(context, at, "AwardedById", commendation.AwardedById);
            CheckModel(context, at, "ModelId", commendation.ModelId);
        }
    }

    private enum Target
    {
        Unit,
        Model,
        Pledge,
        Fund,
        Loan,
    }

    // A reference that is set but empty (a blank id in the data) names nothing either; where the field is required,
    // DK101 reports it instead, once.
    private static void CheckUnit(RuleContext context, EntityRef at, string field, UnitId? id, bool required = false)
    {
        if (id is not { } unitId || (unitId.IsEmpty && required))
        {
            return;
        }
        if (unitId.IsEmpty || context.Dataset.FindUnit(unitId) is null)
        {
            Report(context, at, field, Target.Unit, unitId.ToString());
        }
    }

    private static void CheckModel(RuleContext context, EntityRef at, string field, ModelId? id, bool required = false)
    {
        if (id is not { } modelId || (modelId.IsEmpty && required))
        {
            return;
        }
        if (modelId.IsEmpty || context.Dataset.FindModel(modelId) is null)
        {
            Report(context, at, field, Target.Model, modelId.ToString());
        }
    }

    private static void Report(RuleContext context, EntityRef at, string field, Target target, string id, int? entries = null)
    {
        var name = target switch
        {
            Target.Unit => new Text.LocalizedText("đơn vị", "unit"),
            Target.Model => new Text.LocalizedText("mô hình", "model"),
            Target.Pledge => new Text.LocalizedText("đăng ký", "pledge"),
            Target.Fund => new Text.LocalizedText("quỹ", "fund"),
            _ => new Text.LocalizedText("khoản vay", "loan"),
        };
        var extra = entries is int n
            ? new Text.LocalizedText($" ({n} bút toán)", $" ({n} entries)")
            : new Text.LocalizedText(string.Empty, string.Empty);
        context.Report(at, field, (MessageArguments.Field, field), (MessageArguments.Target, name), (MessageArguments.Id, id), (MessageArguments.Extra, extra));
    }
}
