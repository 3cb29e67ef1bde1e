using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Reconciliation;
using DomainKit.Validation;

namespace DomainKit.Examples.BinhPhuoc;

public static partial class BinhPhuoc2023
{
    /// <summary>The ids of the tables of <see cref="Report"/>.</summary>
    public static class TableIds
    {
        /// <summary>Models active and exemplary by main field.</summary>
        public const string ModelsByField = "models-by-field";

        /// <summary>Models by the units directly under the Tỉnh ủy.</summary>
        public const string ModelsByUnit = "models-by-unit";

        /// <summary>Each fund since its inception, with its balance at the end.</summary>
        public const string Funds = "funds";

        /// <summary>Money in and out of each fund by quarter, with a subtotal per fund.</summary>
        public const string FundFlowsByQuarter = "fund-flows-by-quarter";

        /// <summary>Pledges and participation by the units directly under the Tỉnh ủy.</summary>
        public const string PledgesByUnit = "pledges-by-unit";
    }

    /// <summary>
    /// The report a portal would publish from the dataset: its aggregated tables for the year to
    /// <see cref="AsOf"/>, with the findings of validating the data and of reconciling the figures seed 000 states.
    /// Computed with the clock stopped at publication, so that each call gives the same report.
    /// </summary>
    public static ReportDocument Report() => Report(Build());

    /// <summary>The report of <see cref="Report()"/> over <paramref name="dataset"/>.</summary>
    public static ReportDocument Report(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var clock = FixedClock.AtPublication;
        var engine = new ReportEngine(dataset, clock);
        var period = Periods.ReportingPeriod.YearToDate(AsOf);
        ReportTable Run(Measure[] measures, params Dimension[] groupBy) => engine.Run(new ReportQuery
        {
            Root = UnitIds.TinhUyBinhPhuoc,
            Period = period,
            GroupBy = [.. groupBy],
            Measures = [.. measures],
        });

        var validation = DatasetValidator.CreateDefault(clock: clock).Validate(dataset);
        var reconciliation = new Reconciler(dataset).Reconcile(StatedFigures());
        return new ReportDocument
        {
            Title = new(ReportTitle, "Models and clubs following Uncle Ho's example in Bình Phước province, 2023"),
            Issuer = "Tỉnh ủy Bình Phước",
            Place = "Bình Phước",
            Date = AsOf,
            Tables =
            [
                new(TableIds.ModelsByField, new("Mô hình theo lĩnh vực", "Models by field"),
                    Run([Measure.ActiveModels, Measure.ExemplaryModels], Dimension.FieldRoot)),
                new(TableIds.ModelsByUnit, new("Mô hình theo đơn vị trực thuộc", "Models by unit"),
                    Run([Measure.ActiveModels, Measure.ExemplaryModels], Dimension.ChildOfRoot)),
                new(TableIds.Funds, new("Quỹ (lũy kế từ khi thành lập; số dư cuối kỳ)", "Funds (since inception; balance at the end)"),
                    Run(
                        [
                            Measure.Contributions.Over(Window.SinceInception),
                            Measure.Disbursements.Over(Window.SinceInception),
                            Measure.Loans.Over(Window.SinceInception),
                            Measure.FundBalance,
                            Measure.BeneficiaryOccurrences.Over(Window.SinceInception),
                        ],
                        Dimension.Fund)),
                new(TableIds.FundFlowsByQuarter, new("Thu, chi của quỹ theo quý", "Fund flows by quarter"),
                    Run([Measure.Contributions, Measure.Disbursements, Measure.FundBalance], Dimension.Fund, Dimension.Quarter)),
                new(TableIds.PledgesByUnit, new("Đăng ký làm theo theo đảng bộ trực thuộc", "Pledges by Party committee"),
                    Run([Measure.Pledges, Measure.RegisteredMembers, Measure.EligibleMembers, Measure.ParticipationRate], Dimension.ChildOfRoot)),
            ],
            Findings = [.. validation.Findings, .. reconciliation.Findings],
            Notes =
            [
                new($"Nguồn: {ReportTitle} (đăng ngày 25/03/2024).", $"Source: {ReportTitle} (published 25/03/2024)."),
                new("Số liệu tính đến ngày 10/11/2023.", "Figures as of 10/11/2023."),
            ],
        };
    }
}
