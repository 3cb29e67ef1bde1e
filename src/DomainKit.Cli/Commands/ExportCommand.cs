using System.CommandLine;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Cli.Commands;

/// <summary><c>domainkit export &lt;input&gt; --output &lt;file&gt;</c>: the standard report of a dataset, in any format of the catalogue.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The dataset: a .json file, a .zip CSV bundle or a folder of CSV files." };
        var asOf = new Option<string>("--as-of") { Description = "The date of the report, also taken as today by rules about dates (yyyy-MM-dd); today in Vietnam by default.", HelpName = "yyyy-MM-dd" };
        var options = new ReportOptions(context.Exporters,
            "The format of the file; by default the one of the --output file's extension.",
            "The file to write.",
            outputRequired: true);
        var limits = new ReadLimits();
        var command = new Command("export",
            "Writes the standard report of a dataset (models by main field and by unit, funds since inception with their balance, pledges by unit, validation findings) in any format. "
            + "Exit code 1 when the data has errors; the report is written all the same.")
        {
            input, asOf,
        };
        options.AddTo(command);
        limits.AddTo(command);
        command.SetGuardedAction(context, async (result, cancellationToken) =>
        {
            var exportOptions = options.ExportOptions(result);
            var culture = exportOptions.Culture;
            var day = ReportTerms.Date(result.GetValue(asOf), culture);
            var period = ReportTerms.Period(result.GetValue(options.Period), culture);
            var basis = options.UnitBasis(result, culture);
            var output = result.GetRequiredValue(options.Output);
            var exporter = ReportOutput.Choose(context.Exporters, result.GetValue(options.Format), output, "markdown", culture);
            var progress = context.Progress(result.GetValue(options.Quiet), culture);
            var path = result.GetRequiredValue(input);

            var import = await DatasetFiles.LoadAsync(path, limits.Apply(result, DomainKit.Interchange.ImportOptions.Default, progress.Culture), progress, context.Error, cancellationToken).ConfigureAwait(false);
            var dataset = import.Dataset;
            var root = ReportTerms.Root(dataset, result.GetValue(options.Root), basis, culture);
            var clock = FixedClock.Of(day);
            progress.Step("Kiểm tra dữ liệu…", "Validating…");
            var validation = DatasetValidator.CreateDefault(clock: clock).Validate(dataset, cancellationToken);
            progress.Step("Lập báo cáo…", "Computing the report…");
            var document = StandardReport.Build(dataset, root,
                period ?? ReportTerms.LatestYear(dataset, clock.GetCurrentInstant().InUtc().Date),
                validation, clock, day, Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), basis, cancellationToken);
            progress.Step($"Ghi {output}…", $"Writing {output}…");
            await ReportOutput.WriteAsync(exporter, document, exportOptions, output, context.Out, cancellationToken).ConfigureAwait(false);
            progress.Done($"Đã ghi {output}.", $"Wrote {output}.");
            if (!StandardReport.IsComplete(document))
            {
                await context.Error.WriteLineAsync(culture.Say(
                    "Có bảng không lập được vì tổng vượt quá 64 bit (DK106, DK107); báo cáo ghi chú điều đó.",
                    "A table cannot be computed because a sum goes beyond 64 bits (DK106, DK107); the report notes it.").AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            return import.HasErrors || validation.HasErrors || !StandardReport.IsComplete(document) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
