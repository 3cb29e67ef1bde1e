using DomainKit.Units;
using NodaTime;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK701: something is dated when its unit did not exist: a model event of its owner, a head count, a pledge
/// registration of its pledger, a fund entry of the fund's owner, a commendation of its recipient.
/// </summary>
internal sealed class DatedOutsideUnitValidityRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK701", "DatedOutsideUnitValidity", Severity.Error,
        new("Ngày ngoài thời hạn hiệu lực của đơn vị", "Dated outside its unit's validity"),
        new("{field} ngày {date}, khi {unit} không còn hoặc chưa có hiệu lực.",
            "{field} is dated {date}, when {unit} did not exist."));

    public void Validate(RuleContext context)
    {
        var data = context.Dataset;
        foreach (var unit in data.Units)
        {
            foreach (var count in unit.HeadCounts.IsDefault ? [] : unit.HeadCounts)
            {
                Check(context, EntityRef.ForUnit(unit.Id), "HeadCounts.AsOf", unit, count?.AsOf);
            }
        }
        foreach (var model in data.Models)
        {
            var owner = Find(context, model.OwnerId);
            foreach (var e in model.Lifecycle.IsDefault ? [] : model.Lifecycle)
            {
                Check(context, EntityRef.ForModel(model.Id), "Lifecycle.Date", owner, e?.Date);
            }
        }
        foreach (var pledge in data.Pledges)
        {
            Check(context, EntityRef.ForPledge(pledge.Id), "RegisteredOn", Find(context, pledge.Pledger?.UnitId), pledge.RegisteredOn);
        }
        foreach (var ledger in data.Ledgers)
        {
            if (ledger.Fund is not { } fund || Find(context, fund.OwnerId) is not { } owner || (owner.ValidFrom is null && owner.ValidTo is null))
            {
                continue;
            }
            for (var i = 0; i < ledger.Count; i++)
            {
                Check(context, EntityRef.ForFundEntry(ledger.FundId, i), "Date", owner, ledger.DateAt(i));
            }
        }
        foreach (var commendation in data.Commendations)
        {
            Check(context, EntityRef.ForCommendation(commendation.Id), "Date", Find(context, commendation.Recipient?.UnitId), commendation.Date);
        }
    }

    private static Unit? Find(RuleContext context, UnitId? id) => id is { IsEmpty: false } unitId ? context.Dataset.FindUnit(unitId) : null;

    private static void Check(RuleContext context, EntityRef at, string field, Unit? unit, LocalDate? date)
    {
        if (unit is not null && date is LocalDate day && !unit.IsValidOn(day))
        {
            context.Report(at, field, (MessageArguments.Field, field), (MessageArguments.Date, day), (MessageArguments.Unit, unit.Name));
        }
    }
}
