using System.CommandLine;
using DomainKit.Aggregation;
using DomainKit.Export;
using NodaTime;

namespace DomainKit.Cli.Commands;

/// <summary><c>domainkit report &lt;input&gt; --measures ... --group-by ...</c>: one report table, printed or written to a file.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The dataset: a .json file, a .zip CSV bundle or a folder of CSV files." };
        var measures = new Option<string[]>("--measures", "-m")
        {
            Description = "The measures, as columns, by code, separated by commas: " + ReportTerms.MeasureHelp + ".",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            HelpName = "code,code",
        };
        var groupBy = new Option<string[]>("--group-by", "-g")
        {
            Description = "The dimensions to group by, outermost first, separated by commas: " + ReportTerms.DimensionHelp + ". None gives one total row.",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "code,code",
        };
        var asOf = new Option<string>("--as-of") { Description = "The date of the report (yyyy-MM-dd), which stamps it and, with no --period, picks the latest year with data up to it; today in Vietnam by default.", HelpName = "yyyy-MM-dd" };
        var options = new ReportOptions(context.Exporters,
            "The format of the report; by default the one of the --output file's extension, or markdown on standard output.",
            "The file to write; standard output when not given (text formats only).",
            outputRequired: false);
        var limits = new ReadLimits();
        var command = new Command("report", "Computes one report table over a dataset and writes it: markdown on standard output by default.")
        {
            input, measures, groupBy, asOf,
        };
        options.AddTo(command);
        limits.AddTo(command);
        command.SetGuardedAction(context, async (result, cancellationToken) =>
        {
            var exportOptions = options.ExportOptions(result);
            var culture = exportOptions.Culture;
            var chosenMeasures = ReportTerms.Measures(ReportTerms.Codes(result.GetValue(measures)), culture);
            var dimensions = ReportTerms.GroupBy(ReportTerms.Codes(result.GetValue(groupBy)), culture);
            var period = ReportTerms.Period(result.GetValue(options.Period), culture);
            var basis = options.UnitBasis(result, culture);
            var clock = FixedClock.Of(ReportTerms.Date(result.GetValue(asOf), culture));
            var output = result.GetValue(options.Output);
            var exporter = ReportOutput.Choose(context.Exporters, result.GetValue(options.Format), output, "markdown", culture);
            var progress = context.Progress(result.GetValue(options.Quiet), culture);

            var import = await DatasetFiles.LoadAsync(result.GetRequiredValue(input), limits.Apply(result, DomainKit.Interchange.ImportOptions.Default, progress.Culture), progress, context.Error, cancellationToken).ConfigureAwait(false);
            var dataset = import.Dataset;
            var root = ReportTerms.Root(dataset, result.GetValue(options.Root), basis, culture);
            var query = new ReportQuery
            {
                Root = root.Id,
                Period = period ?? ReportTerms.LatestYear(dataset, clock.GetCurrentInstant().InUtc().Date),
                Measures = chosenMeasures,
                GroupBy = dimensions,
                Basis = basis,
            };
            ReportTable table;
            try
            {
                table = new ReportEngine(dataset, clock).Run(query, cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
            catch (OverflowException)
            {
                // Sums past 64 bits come from data that validation reports as DK106 or DK107: a finding, not a crash.
                await context.Error.WriteLineAsync(culture.Say(
                    "Tổng vượt quá 64 bit; chạy domainkit validate để xem các bản ghi gây ra (DK106, DK107).",
                    "A sum does not fit in 64 bits; run domainkit validate to see the records behind it (DK106, DK107).").AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Findings;
            }
            await ReportOutput.WriteAsync(exporter, ReportDocument.Of(table), exportOptions, output, context.Out, cancellationToken).ConfigureAwait(false);
            if (output is not null)
            {
                progress.Done($"Đã ghi {output}.", $"Wrote {output}.");
            }
            return import.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
