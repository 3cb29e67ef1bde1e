using DomainKit.Models;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>Counts models: active and exemplary at the end of each bucket (stocks), registered, launched and replicated within it (flows).</summary>
internal static class ModelPass
{
    public static void Run(PassContext pass)
    {
        var period = pass.Query.Period;
        var time = pass.Time;
        var buckets = time?.Count ?? 1;
        var models = pass.Dataset.Models;
        // Models of one unit often come one after the other: the place and key part of the last unit are kept.
        UnitId lastUnit = default;
        int position = UnitScope.Outside;
        long unitKey = 0;
        var firstModel = true;
        foreach (var index in pass.ItemsOf(() => pass.Dataset.ModelsByUnit, models.Length))
        {
            var model = models[index];
            if (firstModel || model.OwnerId != lastUnit)
            {
                firstModel = false;
                lastUnit = model.OwnerId;
                position = pass.Scope.Place(lastUnit);
                unitKey = position == UnitScope.Outside ? 0 : pass.UnitKey(position, lastUnit);
            }
            if (position == UnitScope.Outside)
            {
                continue;
            }
            if (position == UnitScope.Unplaced)
            {
                pass.NoteUnplaced(model.OwnerId, 1);
            }
            var baseKey = unitKey
                + pass.ClassifierKey(DimensionSource.Field, model.Field)
                + pass.ClassifierKey(DimensionSource.FieldRoot, model.Field?.Root)
                + pass.ClassifierKey(DimensionSource.ModelKind, model.Kind)
                + pass.ClassifierKey(DimensionSource.Movement, model.Movement)
                + (pass.IndexOf(DimensionSource.CommittedTo) is var c && c >= 0 ? pass.Keys.CommitmentCode(model.CommittedToId) * pass.Keys.Strides[c] : 0);
            var startDate = model.StartDate;
            for (var b = 0; b < buckets; b++)
            {
                var start = time?.Starts[b] ?? period.Start;
                var end = time?.Ends[b] ?? period.End;
                if (startDate is { } first && first > end)
                {
                    // Not yet begun: the model is not part of this bucket.
                    continue;
                }
                var stage = model.StageOn(end);
                var key = baseKey + b * pass.TimeStride + pass.CodeKey(DimensionSource.LifecycleStage, stage is { } s ? (int)s : 8);
                var cell = pass.Table.Cell(key);
                var active = stage is LifecycleStage.Pilot or LifecycleStage.Launched or LifecycleStage.Maintained or LifecycleStage.Replicated;
                foreach (var m in pass.Measures)
                {
                    var value = pass.Measure(m).Source switch
                    {
                        MeasureSource.ActiveModels => active ? 1 : 0,
                        MeasureSource.ExemplaryModels => active && model.IsExemplary ? 1 : 0,
                        MeasureSource.LaunchedModels => Events(model, LifecycleStage.Launched, start, end),
                        MeasureSource.RegisteredModels => Events(model, LifecycleStage.Registered, start, end),
                        MeasureSource.ReplicatedModels => Replications(model, startDate, start, end),
                        _ => 0,
                    };
                    pass.Table.Add(cell, m, value);
                }
            }
        }
    }

    // Events add up over buckets: a model registered, launched or replicated twice in a year counts twice, as in each half.
    private static int Events(EmulationModel model, LifecycleStage stage, NodaTime.LocalDate start, NodaTime.LocalDate end)
    {
        var count = 0;
        foreach (var e in model.Lifecycle.IsDefault ? [] : model.Lifecycle)
        {
            if (e is not null && e.Stage == stage && e.Date >= start && e.Date <= end)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// The replications of a model within a bucket: its "replicated" events, as users record them whether or not the
    /// origin is in the data, and its own start when it is a replica (has an origin) that does not begin with such an event.
    /// </summary>
    internal static int Replications(EmulationModel model, NodaTime.LocalDate? startDate, NodaTime.LocalDate start, NodaTime.LocalDate end)
    {
        var count = Events(model, LifecycleStage.Replicated, start, end);
        if (model.OriginId is { IsEmpty: false } && startDate is { } first && first >= start && first <= end
            && !(model.Lifecycle.IsDefault ? [] : model.Lifecycle).Any(e => e is { Stage: LifecycleStage.Replicated } && e.Date == first))
        {
            count++;
        }
        return count;
    }
}
