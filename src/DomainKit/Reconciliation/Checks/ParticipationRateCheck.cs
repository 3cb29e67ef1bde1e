using DomainKit.Money;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;

namespace DomainKit.Reconciliation.Checks;

/// <summary>
/// The stated rate of a participation against the registered over every denominator the data allows, and the stated
/// one: it reconciles under the expected definition (DK811), only under another (DK812), or under none (DK813). The
/// findings carry each candidate's denominator, rate and difference (<c>computedAllMembers</c>, ...).
/// </summary>
internal static class ParticipationRateCheck
{
    public static void Check(StatedParticipation figure, StatedRate stated, List<Denominator> candidates, bool individuals, EntityRef entity, FigureContext context)
    {
        // One rate per distinct denominator, naming every definition that gives it, the stated denominator included.
        var all = candidates.ToList();
        if (figure.StatedDenominator is { } statedDenominator)
        {
            all.Add(new Denominator("StatedDenominator", statedDenominator, new("mẫu số báo cáo nêu", "the stated denominator"),
                new("mẫu số báo cáo nêu", "the stated denominator"), null));
        }
        var rates = all
            .Where(c => c.Value > 0)
            .GroupBy(c => c.Value)
            .Select(g => new Candidate(
                g.ToList(),
                Rate.Of(Math.Max(0, figure.Registered), g.Key),
                new LocalizedText(string.Join(", ", g.Select(c => c.Phrase.Vietnamese)), string.Join(", ", g.Select(c => c.Phrase.English)))))
            .ToList();
        if (rates.Count == 0 || figure.Registered < 0)
        {
            context.NotCheckable(entity, "Rate", new("tỷ lệ", "rate"), new("không có mẫu số khác 0", "no denominator is above zero"));
            return;
        }

        var expectedDefinition = individuals ? figure.ExpectedDefinition : EligibilityDefinition.AllMembers;
        var expected = rates.FirstOrDefault(r => r.Denominators.Any(c => c.Definition == expectedDefinition));
        var matches = rates.Where(r => stated.IsConsistentWith(r.Rate)).ToList();
        var arguments = new List<(string, object?)> { (MessageArguments.Stated, stated), (MessageArguments.Registered, figure.Registered) };
        foreach (var rate in rates)
        {
            foreach (var candidate in rate.Denominators)
            {
                arguments.Add((MessageArguments.Denominator + candidate.Key, rate.Rate.Denominator));
                arguments.Add((MessageArguments.Computed + candidate.Key, rate.Rate));
                arguments.Add((MessageArguments.Difference + candidate.Key, stated.DifferenceFrom(rate.Rate)));
            }
        }
        arguments.Add((MessageArguments.Denominator, expected?.Rate.Denominator));
        arguments.Add((MessageArguments.Computed, expected?.Rate));
        arguments.Add((MessageArguments.Difference, expected is null ? null : stated.DifferenceFrom(expected.Rate)));
        arguments.Add((MessageArguments.Definition, expected?.Phrase ?? Denominator.PhraseOf(expectedDefinition)));

        if (expected is not null && matches.Contains(expected))
        {
            context.Report(ReconciliationRules.RateReconciles, entity, "Rate", [.. arguments]);
        }
        else if (matches.Count > 0)
        {
            arguments.Add((MessageArguments.Matched, Join(matches, r => Describe(r, figure.Registered, stated, withDifference: false))));
            context.Report(ReconciliationRules.RateMatchesOtherDefinition, entity, "Rate", [.. arguments]);
        }
        else
        {
            arguments.Add((MessageArguments.Candidates, Join(rates, r => Describe(r, figure.Registered, stated, withDifference: true))));
            context.Report(ReconciliationRules.RateMatchesNoDefinition, entity, "Rate", [.. arguments]);
        }
    }

    private static LocalizedText Describe(Candidate candidate, long registered, StatedRate stated, bool withDifference)
    {
        string Text(TextCulture culture)
        {
            var text = $"{FigureTexts.Group(registered, culture)}/{FigureTexts.Group(candidate.Rate.Denominator, culture)} = {candidate.Rate.ToString(culture, Math.Max(1, stated.Decimals))} ({candidate.Phrase.In(culture)})";
            if (withDifference)
            {
                var points = FigureTexts.Points(stated.DifferenceFrom(candidate.Rate), culture);
                text += culture == TextCulture.Vietnamese ? $", chênh {points} điểm phần trăm" : $", {points} percentage points apart";
            }
            return text;
        }
        return new LocalizedText(Text(TextCulture.Vietnamese), Text(TextCulture.English));
    }

    private static LocalizedText Join(IEnumerable<Candidate> rates, Func<Candidate, LocalizedText> describe)
    {
        var texts = rates.Select(describe).ToList();
        return new LocalizedText(string.Join("; ", texts.Select(t => t.Vietnamese)), string.Join("; ", texts.Select(t => t.English)));
    }

    /// <summary>A rate the data allows, with the denominators that give it and how it is described.</summary>
    private sealed record Candidate(List<Denominator> Denominators, Rate Rate, LocalizedText Phrase);
}
