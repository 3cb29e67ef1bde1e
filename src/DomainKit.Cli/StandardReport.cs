using System.Collections.Immutable;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cli;

/// <summary>
/// The report <c>domainkit export</c> writes of a whole dataset: models by main field and by unit, funds since
/// inception with their balance, pledges by unit, and the findings of validating the data. A table whose sums do
/// not fit in 64 bits is left out, with a note that says so; <see cref="IsComplete"/> tells.
/// </summary>
internal static class StandardReport
{
    /// <summary>The ids of the tables, in order.</summary>
    public static ImmutableArray<string> TableIds { get; } = ["models-by-field", "models-by-unit", "funds", "pledges-by-unit"];

    /// <summary>Whether <paramref name="document"/> holds every table of the standard report.</summary>
    public static bool IsComplete(ReportDocument document) => document.Tables.Length == TableIds.Length;

    public static ReportDocument Build(Dataset dataset, Unit root, ReportingPeriod period, ValidationResult validation, IClock clock, LocalDate? date, string source,
        UnitBasis basis, CancellationToken cancellationToken)
    {
        var engine = new ReportEngine(dataset, clock);
        var notes = new List<LocalizedText>();
        DocumentTable? Table(string id, LocalizedText title, Dimension groupBy, params Measure[] measures)
        {
            try
            {
                var table = engine.Run(new ReportQuery { Root = root.Id, Period = period, Measures = [.. measures], GroupBy = [groupBy], Basis = basis }, cancellationToken);
                return new DocumentTable(id, title, table);
            }
            catch (OverflowException)
            {
                // A sum past 64 bits comes from data that validation reports (DK106, DK107): the table is left out and
                // the report says so, rather than the whole report failing.
                notes.Add(new LocalizedText(
                    $"Bảng “{title.Vietnamese}” không lập được: có tổng số tiền vượt quá giới hạn 64 bit (xem DK106, DK107).",
                    $"The table “{title.English}” cannot be computed: a sum of money goes beyond 64 bits (see DK106, DK107)."));
                return null;
            }
        }

        DocumentTable?[] tables =
        [
            Table(TableIds[0], new("Mô hình theo lĩnh vực chính", "Models by main field"), Dimension.FieldRoot,
                Measure.ActiveModels, Measure.LaunchedModels, Measure.ExemplaryModels),
            Table(TableIds[1], new("Mô hình theo đơn vị", "Models by unit"), Dimension.ChildOfRoot,
                Measure.ActiveModels, Measure.LaunchedModels, Measure.ReplicatedModels, Measure.ExemplaryModels),
            Table(TableIds[2], new("Quỹ: lũy kế từ khi thành lập và số dư", "Funds since inception, with their balance"), Dimension.Fund,
                Measure.Contributions.Over(Window.SinceInception), Measure.Disbursements.Over(Window.SinceInception), Measure.FundBalance),
            Table(TableIds[3], new("Đăng ký thi đua theo đơn vị", "Pledges by unit"), Dimension.ChildOfRoot,
                Measure.Pledges, Measure.RegisteredMembers, Measure.EligibleMembers, Measure.ParticipationRate),
        ];
        return new ReportDocument
        {
            Title = new LocalizedText(
                $"Báo cáo tổng hợp: {root.Name}, {PeriodFormat.Format(period, TextCulture.Vietnamese)}",
                $"Summary report: {root.Name}, {PeriodFormat.Format(period, TextCulture.English)}"),
            Issuer = root.Name,
            Date = date,
            Period = period,
            Tables = [.. tables.OfType<DocumentTable>()],
            Findings = validation.Findings,
            Notes = [.. notes, new LocalizedText($"Nguồn: {source}.", $"Source: {source}."), MapNote(basis, period)],
        };
    }

    // Which map the figures are on, since the same data gives other rows on another map.
    private static LocalizedText MapNote(UnitBasis basis, ReportingPeriod period) => basis.AsOf is LocalDate day
        ? new LocalizedText(
            $"Số liệu theo bản đồ đơn vị ngày {DateFormat.Format(day, DateStyle.Short, TextCulture.Vietnamese)}: đơn vị đã sáp nhập, chia tách hoặc chuyển đến ngày đó được tính vào đơn vị kế thừa{(basis.SplitFormerUnits ? ", đơn vị cũ ghi riêng \"(cũ)\"" : string.Empty)}.",
            $"Figures on the map of units of {DateFormat.Format(day, DateStyle.Short, TextCulture.English)}: units merged, split or moved by then are counted in what they became{(basis.SplitFormerUnits ? ", former units shown apart as \"(former)\"" : string.Empty)}.")
        : new LocalizedText(
            $"Số liệu theo đơn vị như đã ghi nhận, trên bản đồ đơn vị ngày {DateFormat.Format(period.End, DateStyle.Short, TextCulture.Vietnamese)}.",
            $"Figures under the units as recorded, on the map of units of {DateFormat.Format(period.End, DateStyle.Short, TextCulture.English)}.");
}
