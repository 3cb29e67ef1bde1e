using System.CommandLine;
using DomainKit.Aggregation;
using DomainKit.Export;

namespace DomainKit.Cli.Commands;

/// <summary>The options of the commands that write a report: where, in which format, in which style.</summary>
internal sealed class ReportOptions
{
    public Option<string> Root { get; } = new("--root") { Description = "The id of the unit whose subtree the report covers; the dataset's top unit by default.", HelpName = "unitId" };

    public Option<string> Period { get; } = new("--period") { Description = "The period id: 2023, 2023H1, 2023Q4, 2023-11, YTD2023-11-10, 2021/2025, ...; the latest year with data by default.", HelpName = "id" };

    public Option<string> Format { get; }

    public Option<string> Output { get; }

    public Option<string> Money { get; } = new("--money") { Description = "How amounts are written: full (6.100.542.700 đ, the default), compact (6,1 tỷ đồng), words or plain (6100542700).", DefaultValueFactory = _ => "full", HelpName = "full|compact|words|plain" };

    public Option<string> Culture { get; } = CommonOptions.Culture("vi", "The language of the report: vi (Vietnamese, the default) or en (English).");

    public Option<bool> Quiet { get; } = CommonOptions.Quiet();

    public Option<string> Basis { get; } = new("--basis")
    {
        Description = "The map of units to report on: as-recorded (the default: every item under the unit it was recorded under, on the map at the end of the period) "
            + "or a date yyyy-MM-dd (the map of that day: units that had merged, split or moved since are followed to what they had become).",
        DefaultValueFactory = _ => "as-recorded",
        HelpName = "as-recorded|yyyy-MM-dd",
    };

    public Option<bool> ShowFormer { get; } = new("--show-former")
    {
        Description = "With --basis DATE: show what was recorded under units that no longer existed on that day apart, as \"X (cũ)\", rather than in the units they became.",
    };

    public ReportOptions(ExporterCatalog exporters, string formatDescription, string outputDescription, bool outputRequired)
    {
        Format = new Option<string>("--format", "-f") { Description = formatDescription + " One of: " + Words.List(exporters.FormatIds) + ".", HelpName = "formatId" };
        Output = new Option<string>("--output", "-o") { Description = outputDescription, Required = outputRequired, HelpName = "file" };
        Money.AcceptOnlyFromAmong("full", "compact", "words", "plain");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Period);
        command.Options.Add(Format);
        command.Options.Add(Output);
        command.Options.Add(Money);
        command.Options.Add(Culture);
        command.Options.Add(Basis);
        command.Options.Add(ShowFormer);
        command.Options.Add(Quiet);
    }

    /// <summary>The map the options ask for.</summary>
    public UnitBasis UnitBasis(ParseResult result, DomainKit.Text.TextCulture culture)
        => ReportTerms.Basis(result.GetValue(Basis), result.GetValue(ShowFormer), culture);

    public ExportOptions ExportOptions(ParseResult result) => DomainKit.Export.ExportOptions.Default with
    {
        Culture = CommonOptions.CultureOf(result.GetValue(Culture)),
        MoneyStyle = ReportOutput.MoneyStyle(result.GetValue(Money)),
    };
}
