using System.Collections.Immutable;
using DomainKit.Cli.Generation;
using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>
/// Reports as data at the scale of the country: every Party cell of the national map (50,000 at full scale, under
/// 3,321 communes' Party committees in 34 provinces) files a form of 40 figures every half-year from 2021 to 2025,
/// 20,000,000 figures in all. About one money figure in eight is approximate as officers write them (<c>trên 730
/// triệu</c>, <c>khoảng 2,5 tỷ</c>, <c>2,5 tỷ</c> to the nearest 100 million) and one count in ten (<c>hơn 120</c>).
/// Each report is filed on a day of its own around the deadline, so that some are late. Generated from a seed, the
/// same every run.
/// </summary>
public static class NationalSubmissions
{
    /// <summary>The form every Party cell files.</summary>
    public static Form Form { get; } = new("bench-half-year", new("Báo cáo sơ kết Dân vận khéo (chi bộ)", "Skilful mass mobilisation, half-year (Party cell)"),
        PeriodKind.HalfYear, Items())
    {
        Submitters = [UnitKind.PartyCell],
        DueAfter = NodaTime.Period.FromDays(15),
    };

    /// <summary>The ten half-years reported.</summary>
    public static IReadOnlyList<ReportingPeriod> Periods { get; } =
        [.. Enumerable.Range(2021, 5).SelectMany(year => new[] { ReportingPeriod.HalfYear(year, 1), ReportingPeriod.HalfYear(year, 2) })];

    /// <summary>The half-year the benchmarks roll up: the last one.</summary>
    public static ReportingPeriod Period => Periods[^1];

    /// <summary>The lines of the form: an indicator and its breakdown, 40 of them.</summary>
    public static IReadOnlyList<(Indicator Indicator, ImmutableArray<FigureKey> Keys)> Lines { get; } = MakeLines();

    /// <summary>The units of the national map at <paramref name="scale"/>, without records.</summary>
    public static Dataset Map(double scale)
        => NationalDataset.Generate(NationalSize.Scaled(scale) with { Models = 0, Pledges = 0, FundEntries = 0 });

    /// <summary>The Party cells of the map, in the map's order.</summary>
    public static UnitId[] Cells(Dataset map) => [.. map.Units.Where(u => u.Kind == UnitKind.PartyCell).Select(u => u.Id)];

    /// <summary>The figures every cell files, made one report at a time as they are read: nothing is held but the set built from them.</summary>
    public static IEnumerable<Submission> Generate(UnitId[] cells, int seed = 2026)
    {
        var random = new Random(seed);
        foreach (var period in Periods)
        {
            var due = period.End.PlusDays(15);
            foreach (var cell in cells)
            {
                var figures = new SubmittedFigure[Lines.Count];
                for (var i = 0; i < figures.Length; i++)
                {
                    var (indicator, keys) = Lines[i];
                    figures[i] = new SubmittedFigure(indicator.Code, indicator.Kind == IndicatorKind.Money ? Money(random) : Count(random)) { Keys = keys };
                }
                yield return new Submission
                {
                    Key = new SubmissionKey(cell, Form.Code, period),
                    FiledOn = due.PlusDays(random.Next(-12, 6)),
                    Figures = [.. figures],
                };
            }
        }
    }

    private static FigureValue Money(Random random)
    {
        var roll = random.Next(16);
        return roll switch
        {
            // trên 730 triệu: over a whole number of millions.
            0 => FigureValue.Of(new StatedDong(new Dong(random.Next(1, 900) * 1_000_000L), new Dong(1_000_000), AmountQualifier.Over)),
            // 2,5 tỷ: to the nearest 100 million.
            1 => FigureValue.Of(new StatedDong(new Dong(random.Next(1, 60) * 100_000_000L), new Dong(100_000_000))),
            // khoảng 45 triệu.
            2 => FigureValue.Of(new StatedDong(new Dong(random.Next(1, 90) * 1_000_000L), new Dong(1_000_000), AmountQualifier.About)),
            _ => FigureValue.OfMoney(new Dong(random.Next(0, 500_000) * 1_000L)),
        };
    }

    private static FigureValue Count(Random random)
        => random.Next(10) == 0
            ? FigureValue.Of(new StatedCount(random.Next(1, 50) * 10L, 10, AmountQualifier.Over))
            : FigureValue.OfCount(random.Next(0, 200));

    private static IEnumerable<FormItem> Items()
        => MakeLines().GroupBy(l => l.Indicator.Code).Select(g => new FormItem(g.Key, g.SelectMany(l => l.Keys).Select(k => k.Dimension).Distinct()));

    private static List<(Indicator Indicator, ImmutableArray<FigureKey> Keys)> MakeLines()
    {
        string[] roots = ["economy", "culture-society", "defence-security", "political-system"];
        var lines = new List<(Indicator, ImmutableArray<FigureKey>)>();
        foreach (var code in new[] { "models-active", "models-registered", "models-launched", "models-replicated", "models-exemplary" })
        {
            lines.AddRange(roots.Select(root => (Indicator.FromCode(code), ImmutableArray.Create(new FigureKey("field-root", root)))));
        }
        foreach (var code in new[]
        {
            "study-participants", "study-eligible", "pledge-participants", "pledge-eligible", "money-raised", "money-spent", "money-held", "loans",
            "loans-outstanding", "repayments", "beneficiary-occurrences", "beneficiaries-distinct", "gifts", "in-kind-value", "houses-built",
            "houses-repaired", "flag-poles", "scholarships", "commendations", "models-committed",
        })
        {
            lines.Add((Indicator.FromCode(code), ImmutableArray<FigureKey>.Empty));
        }
        return lines;
    }
}
