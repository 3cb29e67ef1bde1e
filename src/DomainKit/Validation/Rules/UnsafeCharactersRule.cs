using DomainKit.Funds;
using DomainKit.Pledges;
using DomainKit.Text;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK108: an id, a name or another text holds a control character (NUL, ESC) or a bidirectional formatting
/// character (U+202E), which no one types into a report: it comes from a broken copy or is meant to make a name
/// look like another. Markdown, CSV and the CSV bundle write such characters as <c>\uXXXX</c>. A classifier (a kind, a field, a purpose)
/// is reported once, at the first item that uses it.
/// </summary>
internal sealed class UnsafeCharactersRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK108", "UnsafeCharacters", Severity.Warning,
        new("Văn bản chứa ký tự điều khiển", "Control characters in a text"),
        new("{field} chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản ({characters}), có thể làm văn bản hiện ra khác với thực tế; tệp Markdown, CSV ghi chúng dạng \\uXXXX.",
            "{field} holds control or bidirectional formatting characters ({characters}), which can make a text show other than it is; Markdown and CSV write them as \\uXXXX."));

    public void Validate(RuleContext context)
    {
        var data = context.Dataset;
        var seen = new HashSet<(Type, string?, string?, string?)>();
        foreach (var unit in data.Units)
        {
            var at = EntityRef.ForUnit(unit.Id);
            Check(context, at, "Id", unit.Id.Value);
            Check(context, at, "Name", unit.Name);
            Check(context, at, "Kind", unit.Kind, seen);
        }
        foreach (var model in data.Models)
        {
            var at = EntityRef.ForModel(model.Id);
            Check(context, at, "Id", model.Id.Value);
            Check(context, at, "Name", model.Name);
            Check(context, at, "Kind", model.Kind, seen);
            Check(context, at, "Field", model.Field, seen);
            Check(context, at, "Movement", model.Movement, seen);
            Check(context, at, "Theme", model.Theme);
            foreach (var change in model.Lifecycle.IsDefault ? [] : model.Lifecycle)
            {
                Check(context, at, "Lifecycle.Note", change?.Note);
            }
            foreach (var outcome in model.Outcomes.IsDefault ? [] : model.Outcomes)
            {
                Check(context, at, "Outcomes.Name", outcome?.Name);
                Check(context, at, "Outcomes.UnitOfMeasure", outcome?.UnitOfMeasure);
            }
        }
        foreach (var pledge in data.Pledges)
        {
            var at = EntityRef.ForPledge(pledge.Id);
            Check(context, at, "Id", pledge.Id.Value);
            Check(context, at, "Pledger.PersonId", pledge.Pledger?.PersonId);
            Check(context, at, "Pledger.PersonName", pledge.Pledger?.PersonName);
            Check(context, at, "Target", pledge.Target switch
            {
                CriteriaPledgeTarget c => c.CriteriaSet,
                BeneficiaryPledgeTarget b => b.Beneficiary,
                _ => null,
            });
            Check(context, at, "Note", pledge.Note);
        }
        for (var i = 0; i < data.Payments.Length; i++)
        {
            Check(context, EntityRef.ForPayment(data.Payments[i].PledgeId, i), "Reference", data.Payments[i].Reference);
        }
        foreach (var fund in data.Funds)
        {
            var at = EntityRef.ForFund(fund.Id);
            Check(context, at, "Id", fund.Id.Value);
            Check(context, at, "Name", fund.Name);
            Check(context, at, "Purpose", fund.Purpose);
        }
        // The entries kept in columns share the purposes of the store's table: each is looked at once.
        var tablePurposes = new HashSet<DisbursementPurpose>(ReferenceEqualityComparer.Instance);
        foreach (var ledger in data.Ledgers)
        {
            for (var i = 0; i < ledger.Count; i++)
            {
                // The columns hold no text but a purpose; only entries kept as records have more.
                if (!ledger.HasDetailsAt(i))
                {
                    if (ledger.PurposeAt(i) is { } purpose && tablePurposes.Add(purpose))
                    {
                        Check(context, EntityRef.ForFundEntry(ledger.FundId, i), "Purpose", purpose, seen);
                    }
                    continue;
                }
                var at = EntityRef.ForFundEntry(ledger.FundId, i);
                var entry = ledger.EntryAt(i);
                Check(context, at, "Reference", entry.Reference);
                Check(context, at, "Note", entry.Note);
                switch (entry)
                {
                    case Contribution contribution:
                        Check(context, at, "Contributor", contribution.Contributor);
                        break;
                    case Disbursement disbursement:
                        Check(context, at, "Purpose", disbursement.Purpose, seen);
                        Check(context, at, "Beneficiaries.Description", disbursement.Beneficiaries?.Description);
                        break;
                    case LoanDisbursement loan:
                        Check(context, at, "LoanId", loan.LoanId);
                        Check(context, at, "Borrower", loan.Borrower);
                        Check(context, at, "Purpose", loan.Purpose, seen);
                        Check(context, at, "Beneficiaries.Description", loan.Beneficiaries?.Description);
                        break;
                    case LoanRepayment repayment:
                        Check(context, at, "LoanId", repayment.LoanId);
                        break;
                    case InKindReceipt receipt:
                        Check(context, at, "Goods.Name", receipt.Goods?.Name);
                        Check(context, at, "Goods.UnitOfMeasure", receipt.Goods?.UnitOfMeasure);
                        break;
                    case InKindDistribution distribution:
                        Check(context, at, "Goods.Name", distribution.Goods?.Name);
                        Check(context, at, "Goods.UnitOfMeasure", distribution.Goods?.UnitOfMeasure);
                        Check(context, at, "Beneficiaries.Description", distribution.Beneficiaries?.Description);
                        break;
                }
            }
        }
        foreach (var commendation in data.Commendations)
        {
            var at = EntityRef.ForCommendation(commendation.Id);
            Check(context, at, "Id", commendation.Id.Value);
            Check(context, at, "Recipient.Name", commendation.Recipient?.Name);
            Check(context, at, "Title", commendation.Title, seen);
            Check(context, at, "Form", commendation.Form, seen);
            Check(context, at, "Movement", commendation.Movement, seen);
            Check(context, at, "AwardingBody", commendation.AwardingBody);
            Check(context, at, "DecisionNumber", commendation.DecisionNumber);
        }
    }

    private static void Check(RuleContext context, EntityRef at, string field, string? text)
    {
        if (UnsafeText.HasUnsafe(text))
        {
            context.Report(at, field, (MessageArguments.Field, field), (MessageArguments.Characters, UnsafeText.Describe(text!)));
        }
    }

    // A classifier's code and names; a classifier many items use is reported once, at the first.
    private static void Check(RuleContext context, EntityRef at, string field, Classifier? value, HashSet<(Type, string?, string?, string?)> seen)
    {
        if (value is null || !seen.Add((value.GetType(), value.Code, value.Name.Vietnamese, value.Name.English)))
        {
            return;
        }
        Check(context, at, field, string.Concat(value.Code, value.Name.Vietnamese, value.Name.English));
    }
}
