using NodaTime;

namespace DomainKit.Validation.Rules;

/// <summary>DK104: an event, entry or payment is dated after today (by the validator's clock).</summary>
internal sealed class DateInFutureRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK104", "DateInFuture", Severity.Warning,
        new("Ngày ở tương lai", "A date lies in the future"),
        new("{field} là ngày {date}, sau ngày hôm nay ({today}).", "{field} is {date}, after today ({today})."));

    public void Validate(RuleContext context)
    {
        var data = context.Dataset;
        foreach (var unit in data.Units)
        {
            foreach (var count in unit.HeadCounts.IsDefault ? [] : unit.HeadCounts)
            {
                Check(context, EntityRef.ForUnit(unit.Id), "HeadCounts.AsOf", count?.AsOf);
            }
        }
        foreach (var model in data.Models)
        {
            foreach (var e in model.Lifecycle.IsDefault ? [] : model.Lifecycle)
            {
                Check(context, EntityRef.ForModel(model.Id), "Lifecycle.Date", e?.Date);
            }
        }
        foreach (var pledge in data.Pledges)
        {
            Check(context, EntityRef.ForPledge(pledge.Id), "RegisteredOn", pledge.RegisteredOn);
            Check(context, EntityRef.ForPledge(pledge.Id), "Evaluation.EvaluatedOn", pledge.Evaluation?.EvaluatedOn);
        }
        for (var i = 0; i < data.Payments.Length; i++)
        {
            Check(context, EntityRef.ForPayment(data.Payments[i].PledgeId, i), "Date", data.Payments[i].Date);
        }
        foreach (var ledger in data.Ledgers)
        {
            // Entries are in date order, so the first one after today starts the run of future ones.
            for (var i = ledger.Count - 1; i >= 0 && ledger.DateAt(i) > context.Today; i--)
            {
                Check(context, EntityRef.ForFundEntry(ledger.FundId, i), "Date", ledger.DateAt(i));
            }
        }
        foreach (var commendation in data.Commendations)
        {
            Check(context, EntityRef.ForCommendation(commendation.Id), "Date", commendation.Date);
        }
    }

    private static void Check(RuleContext context, EntityRef at, string field, LocalDate? date)
    {
        if (date is LocalDate d && d > context.Today)
        {
            context.Report(at, field, (MessageArguments.Field, field), (MessageArguments.Date, d), (MessageArguments.Today, context.Today));
        }
    }
}
