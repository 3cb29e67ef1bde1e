using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Reconciliation;
using DomainKit.Tests.Aggregation;
using DomainKit.Tests.Export.Rendering;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Conventions;

/// <summary>The services, builders and computed views say what they hold, in English with invariant numbers.</summary>
public sealed class ToStringTests
{
    [Fact]
    public void A_dataset_builder_says_what_it_holds_so_far()
    {
        var builder = new DatasetBuilder()
            .Add(new Unit { Id = "tinh", Name = "Tỉnh", Kind = UnitKind.PartyCommittee })
            .Add(new Fund { Id = "quy", Name = "Quỹ", OwnerId = "tinh" })
            .Add(new Contribution("quy", new LocalDate(2023, 3, 1), new Dong(1_000)), new Contribution("quy", new LocalDate(2023, 4, 1), new Dong(2_000)));

        Assert.Equal(
            "DatasetBuilder: 1 units, 0 models, 0 pledges, 0 payments, 1 funds, 2 fund entries, 0 commendations so far",
            builder.ToString());
    }

    [Fact]
    public void Validation_options_say_what_differs_from_the_defaults()
    {
        Assert.Equal("every rule on at its default severity", ValidationOptions.Default.ToString());
        Assert.Equal(
            "DK503 at Error, DK104 off",
            ValidationOptions.Default.WithRuleDisabled("DK104").WithSeverity("DK503", Severity.Error).ToString());
    }

    [Fact]
    public void A_validator_says_how_many_rules_it_has_and_runs()
    {
        var validator = DatasetValidator.CreateDefault(ValidationOptions.Default.WithRuleDisabled("DK104"));

        Assert.Equal($"DatasetValidator: {validator.Rules.Length} rules, {validator.Rules.Length - 1} enabled; DK104 off", validator.ToString());
    }

    [Fact]
    public void Views_of_a_dataset_say_what_they_are_whatever_the_current_culture()
    {
        var dataset = BinhPhuoc2023.Build();
        var table = RenderingFixture.ModelsByField;
        string Describe() => string.Join("\n",
            new ReportEngine(dataset).ToString(),
            new Reconciler(dataset).ToString(),
            dataset.LedgerOf(BinhPhuoc2023.FundIds.PhuocLong).ToString(),
            dataset.OrganisationTree.ToString(),
            TableLayout.Of(table, ExportOptions.Default).ToString(),
            table.Metadata.ToString());

        var described = Describe().Split('\n');
        var (arabic, turkish) = RenderingFixture.UnderOtherCultures(Describe);

        Assert.Equal($"ReportEngine over {dataset}", described[0]);
        Assert.Equal($"Reconciler over {dataset}", described[1]);
        Assert.Matches(@"^Ledger of phuoc-long-tiet-kiem-vi-nguoi-ngheo: \d+ entries$", described[2]);
        Assert.Matches(@"^UnitTree: \d+ units, \d+ roots, 0 unresolved links, 0 cycle breaks$", described[3]);
        Assert.Equal($"3 columns (Lĩnh vực chính, Mô hình đang hoạt động, Mô hình tiêu biểu), {TableLayout.Of(table, ExportOptions.Default).RowCount} rows", described[4]);
        Assert.Equal("Tỉnh ủy Bình Phước (tinh-uy-binh-phuoc), YTD2023-11-10, Organisation tree, generated 2024-03-25T05:30:00Z", described[5]);
        Assert.Equal(string.Join("\n", described), arabic);
        Assert.Equal(string.Join("\n", described), turkish);
    }
}
