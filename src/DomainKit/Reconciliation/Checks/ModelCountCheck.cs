using DomainKit.Aggregation;
using DomainKit.Models;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Reconciliation.Checks;

/// <summary>A stated number of models (of a field, a stage in a period, exemplary, committed) against the models the data holds (DK803, DK804 or DK899).</summary>
internal sealed class ModelCountCheck : FigureCheck<StatedModelCount>
{
    protected override void Check(StatedModelCount figure, FigureContext context)
    {
        var dataset = context.Dataset;
        var entity = EntityRef.ForUnit(figure.Unit);
        LocalizedText what = figure.ExemplaryOnly ? new("số mô hình tiêu biểu", "number of exemplary models") : new("số mô hình", "number of models");
        if (figure.Field is { } field)
        {
            what = new($"{what.Vietnamese} lĩnh vực {field.Name.Vietnamese}", $"{what.English} in {field.Name.English}");
        }
        if (figure.Stage is { } stage)
        {
            var name = LifecycleStageNames.Of(stage);
            var when = figure.Period is { } p
                ? new LocalizedText(" trong " + PeriodFormat.Format(p, TextCulture.Vietnamese), " in " + PeriodFormat.Format(p, TextCulture.English))
                : new LocalizedText(string.Empty, string.Empty);
            what = new($"{what.Vietnamese} {name.Vietnamese.ToLowerInvariant()}{when.Vietnamese}", $"{what.English} {name.English.ToLowerInvariant()}{when.English}");
        }
        if (figure.CommittedTo is { } committedTo)
        {
            var name = dataset.FindUnit(committedTo)?.Name ?? committedTo.ToString();
            what = new($"{what.Vietnamese} cam kết với {name}", $"{what.English} committed to {name}");
        }
        else if (figure.CommittedOnly)
        {
            what = new($"{what.Vietnamese} cam kết với cấp trên", $"{what.English} committed to a higher level");
        }
        if (dataset.FindUnit(figure.Unit) is null)
        {
            context.NotCheckable(entity, "Count", what, FigureTexts.UnitMissing(figure.Unit));
            return;
        }
        var tree = dataset.OrganisationTree;
        var counted = dataset.Models.Where(m => m is not null
            && (figure.IncludeSubtree ? tree.IsInSubtree(m.OwnerId, figure.Unit) || m.OwnerId == figure.Unit : m.OwnerId == figure.Unit)
            && (!figure.ExemplaryOnly || m.IsExemplary)
            && (figure.Field is null || IsWithin(m.Field, figure.Field))
            && (figure.CommittedTo is not { } unit || m.CommittedToId == unit)
            && (!figure.CommittedOnly || m.CommittedToId is { IsEmpty: false }))
            .Sum(m => figure.Stage is { } stage ? StepsOf(m, stage, figure.Period) : 1L);
        context.Count(entity, "Count", what, figure.Count, counted);
    }

    // As the report engine counts them: each event of the stage within the period, and for replications a replica
    // (a model with an origin) that starts then without a "replicated" event of its own.
    private static long StepsOf(EmulationModel model, LifecycleStage stage, ReportingPeriod? period)
    {
        var from = period?.Start ?? LocalDate.MinIsoValue;
        var to = period?.End ?? LocalDate.MaxIsoValue;
        if (stage == LifecycleStage.Replicated)
        {
            return ModelPass.Replications(model, model.StartDate, from, to);
        }
        return (model.Lifecycle.IsDefault ? [] : model.Lifecycle).LongCount(e => e is not null && e.Stage == stage && e.Date >= from && e.Date <= to);
    }

    private static bool IsWithin(ModelField? field, ModelField ancestor)
    {
        for (var f = field; f is not null; f = f.Parent)
        {
            if (f == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
