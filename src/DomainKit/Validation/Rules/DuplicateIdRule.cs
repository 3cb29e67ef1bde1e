using DomainKit.Funds;

namespace DomainKit.Validation.Rules;

/// <summary>DK102: two items of the same kind share an id, or two loans of a fund share a loan id.</summary>
internal sealed class DuplicateIdRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK102", "DuplicateId", Severity.Error,
        new("Trùng mã", "Duplicate id"),
        new("Mã {id} được dùng {count} lần; chỉ mục đầu tiên được dùng khi tra cứu.",
            "The id {id} is used {count} times; lookups use the first."));

    public void Validate(RuleContext context)
    {
        var data = context.Dataset;
        // Building the dataset's lookups already told whether ids repeat; only then are they grouped to say which.
        var repeats = data.RepeatsIds;
        if (repeats.Units)
        {
            Report(context, data.Units.Select(u => u.Id.Value), id => EntityRef.ForUnit(id));
        }
        if (repeats.Models)
        {
            Report(context, data.Models.Select(m => m.Id.Value), id => EntityRef.ForModel(id));
        }
        if (repeats.Pledges)
        {
            Report(context, data.Pledges.Select(p => p.Id.Value), id => EntityRef.ForPledge(id));
        }
        if (repeats.Funds)
        {
            Report(context, data.Funds.Select(f => f.Id.Value), id => EntityRef.ForFund(id));
        }
        if (repeats.Commendations)
        {
            Report(context, data.Commendations.Select(c => c.Id.Value), id => EntityRef.ForCommendation(id));
        }
        foreach (var ledger in data.Ledgers)
        {
            var loans = LoanEntries.Of<LoanDisbursement>(ledger, FundEntryKind.LoanDisbursement).Select(x => x.Entry.LoanId).Where(id => !string.IsNullOrWhiteSpace(id));
            foreach (var group in loans.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                context.Report(EntityRef.ForFund(ledger.FundId), "LoanId", (MessageArguments.Id, group.Key), (MessageArguments.Count, group.Count()));
            }
        }
    }

    private static void Report(RuleContext context, IEnumerable<string?> ids, Func<string, EntityRef> at)
    {
        foreach (var group in ids.Where(id => id is not null).GroupBy(id => id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Report(at(group.Key), "Id", (MessageArguments.Id, group.Key), (MessageArguments.Count, group.Count()));
        }
    }
}
