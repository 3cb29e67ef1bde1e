namespace DomainKit.Aggregation;

/// <summary>Counts commendations decided within each bucket, by level, form, title, recipient and movement.</summary>
internal static class CommendationPass
{
    public static void Run(PassContext pass)
    {
        var period = pass.Query.Period;
        var time = pass.Time;
        foreach (var commendation in pass.Dataset.Commendations)
        {
            if (!period.Contains(commendation.Date) || commendation.Recipient is not { } recipient)
            {
                continue;
            }
            if (!Enum.IsDefined(commendation.Level) || !Enum.IsDefined(recipient.Kind))
            {
                // A level or recipient kind read from a file can hold any number; it has no row to go in.
                pass.OutOfRange++;
                continue;
            }
            var position = pass.Scope.Place(recipient.UnitId);
            if (position == UnitScope.Outside)
            {
                continue;
            }
            if (position == UnitScope.Unplaced)
            {
                pass.NoteUnplaced(recipient.UnitId, 1);
            }
            var key = pass.UnitKey(position, recipient.UnitId)
                + pass.CodeKey(DimensionSource.AwardLevel, (int)commendation.Level)
                + pass.CodeKey(DimensionSource.RecipientKind, (int)recipient.Kind)
                + pass.ClassifierKey(DimensionSource.AwardForm, commendation.Form)
                + pass.ClassifierKey(DimensionSource.EmulationTitle, commendation.Title)
                + pass.ClassifierKey(DimensionSource.Movement, commendation.Movement)
                + (time is null ? 0 : time.IndexOf(commendation.Date) * pass.TimeStride);
            var cell = pass.Table.Cell(key);
            foreach (var m in pass.Measures)
            {
                pass.Table.Add(cell, m, 1);
            }
        }
    }
}
