using DomainKit.Models;

namespace DomainKit.Aggregation;

/// <summary>Counts models: active and exemplary at the end of each bucket (stocks), launched and replicated within it (flows).</summary>
internal static class ModelPass
{
    public static void Run(PassContext pass)
    {
        var period = pass.Query.Period;
        var time = pass.Time;
        var buckets = time?.Count ?? 1;
        var models = pass.Dataset.Models;
        foreach (var index in pass.ItemsOf(() => pass.Dataset.ModelsByUnit, models.Length))
        {
            var model = models[index];
            var position = pass.Scope.Place(model.OwnerId);
            if (position == UnitScope.Outside)
            {
                continue;
            }
            if (position == UnitScope.Unplaced)
            {
                pass.NoteUnplaced(model.OwnerId, 1);
            }
            var baseKey = pass.UnitKey(position, model.OwnerId)
                + pass.ClassifierKey(DimensionSource.Field, model.Field)
                + pass.ClassifierKey(DimensionSource.FieldRoot, model.Field?.Root)
                + pass.ClassifierKey(DimensionSource.ModelKind, model.Kind)
                + pass.ClassifierKey(DimensionSource.Movement, model.Movement);
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
                        MeasureSource.LaunchedModels => Launches(model, start, end),
                        MeasureSource.ReplicatedModels => model.OriginId is { IsEmpty: false } && startDate is { } d && d >= start && d <= end ? 1 : 0,
                        _ => 0,
                    };
                    pass.Table.Add(cell, m, value);
                }
            }
        }
    }

    private static int Launches(EmulationModel model, NodaTime.LocalDate start, NodaTime.LocalDate end)
    {
        var count = 0;
        foreach (var e in model.Lifecycle.IsDefault ? [] : model.Lifecycle)
        {
            if (e is { Stage: LifecycleStage.Launched } && e.Date >= start && e.Date <= end)
            {
                count++;
            }
        }
        return count;
    }
}
