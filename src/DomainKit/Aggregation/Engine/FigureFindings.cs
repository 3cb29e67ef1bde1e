using System.Globalization;
using System.Collections.Immutable;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;

namespace DomainKit.Aggregation;

/// <summary>The findings of <see cref="IndicatorEngine"/>'s checks, each with both figures written honestly and their difference.</summary>
internal static class FigureFindings
{
    public static Finding TotalDiffersFromParts(Unit unit, LocalizedText what, FigureRange stated, FigureRange parts)
        => Raise(IndicatorRules.TotalDiffersFromParts, EntityRef.ForUnit(unit.Id), new()
        {
            [MessageArguments.Unit] = unit.Name,
            [MessageArguments.What] = what,
            [MessageArguments.Stated] = Text(stated),
            [MessageArguments.Computed] = Text(parts),
            [MessageArguments.Difference] = Difference(parts, stated),
        });

    public static Finding PartsExceedTotal(Unit unit, LocalizedText what, FigureRange stated, FigureRange parts, int count)
        => Raise(IndicatorRules.PartsExceedTotal, EntityRef.ForUnit(unit.Id), new()
        {
            [MessageArguments.Unit] = unit.Name,
            [MessageArguments.What] = what,
            [MessageArguments.Stated] = Text(stated),
            [MessageArguments.Computed] = Text(parts),
            [MessageArguments.Count] = count,
            [MessageArguments.Difference] = AtLeast(parts.Min - stated.Max!.Value, stated),
        });

    public static Finding SubmittedDiffersFromRecords(Unit unit, LocalizedText what, FigureRange submitted, FigureRange records)
        => Raise(IndicatorRules.SubmittedDiffersFromRecords, EntityRef.ForUnit(unit.Id), new()
        {
            [MessageArguments.Unit] = unit.Name,
            [MessageArguments.What] = what,
            [MessageArguments.Stated] = Text(submitted),
            [MessageArguments.Computed] = Text(records),
            [MessageArguments.Difference] = Difference(records, submitted),
        });

    public static Finding RateDiffersFromCounts(Unit unit, LocalizedText what, StatedRate stated, RateRange counts)
        => Raise(IndicatorRules.RateDiffersFromCounts, EntityRef.ForUnit(unit.Id), new()
        {
            [MessageArguments.Unit] = unit.Name,
            [MessageArguments.What] = what,
            [MessageArguments.Stated] = new LocalizedText(stated.ToString(TextCulture.Vietnamese), stated.ToString(TextCulture.English)),
            [MessageArguments.Computed] = new LocalizedText(counts.ToString(TextCulture.Vietnamese), counts.ToString(TextCulture.English)),
        });

    public static Finding FigureNotPlaced(SubmissionKey key, int index, SubmittedFigure figure, string unit, LocalizedText reason)
        => Raise(IndicatorRules.FigureNotPlaced, EntityRef.ForSubmission(key, index), new()
        {
            [MessageArguments.Figure] = new LocalizedText(
                $"{figure.IndicatorCode} = {figure.Value.ToString(TextCulture.Vietnamese)}", $"{figure.IndicatorCode} = {figure.Value.ToString(TextCulture.English)}"),
            [MessageArguments.Unit] = unit,
            [MessageArguments.Reason] = reason,
        });

    public static Finding SubmissionNotPlaced(Submission submission, LocalizedText parent)
        => Raise(IndicatorRules.SubmissionNotPlaced, EntityRef.ForSubmission(submission.Key), new()
        {
            [MessageArguments.Id] = submission.Key.ToString(),
            [MessageArguments.Count] = submission.Figures.Length,
            [MessageArguments.Unit] = submission.Key.Unit.ToString(),
            [MessageArguments.Parent] = parent,
        });

    private static Finding Raise(RuleDescriptor descriptor, EntityRef entity, Dictionary<string, object?> arguments)
        => Finding.Of(descriptor, descriptor.DefaultSeverity, entity, null, arguments.ToImmutableDictionary(StringComparer.Ordinal));

    private static LocalizedText Text(FigureRange range) => new(range.ToString(TextCulture.Vietnamese), range.ToString(TextCulture.English));

    // The difference of the nominal values, marked as approximate when either side is.
    private static LocalizedText Difference(FigureRange computed, FigureRange stated)
    {
        var difference = computed.Nominal - stated.Nominal;
        var exact = computed.IsExact && stated.IsExact;
        return new LocalizedText(
            (exact ? string.Empty : "khoảng ") + Amount(difference, stated, TextCulture.Vietnamese),
            (exact ? string.Empty : "about ") + Amount(difference, stated, TextCulture.English));
    }

    private static LocalizedText AtLeast(decimal excess, FigureRange like)
        => new("ít nhất " + Amount(excess, like, TextCulture.Vietnamese), "at least " + Amount(excess, like, TextCulture.English));

    private static string Amount(decimal value, FigureRange like, TextCulture culture) => like.Kind switch
    {
        IndicatorKind.Money => DongFormat.Format(new Dong((long)value), DongStyle.Full, culture),
        IndicatorKind.Count => Periods.MessageText.Write((long)value, culture),
        _ => $"{(culture == TextCulture.Vietnamese ? value.ToString(CultureInfo.InvariantCulture).Replace('.', ',') : value.ToString(CultureInfo.InvariantCulture))} {like.Quantity.Unit}",
    };
}
