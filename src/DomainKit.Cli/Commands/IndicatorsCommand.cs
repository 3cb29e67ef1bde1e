using System.CommandLine;
using System.Collections.Immutable;
using DomainKit.Aggregation;
using DomainKit.Export;
using DomainKit.Interchange;
using DomainKit.Interchange.Submissions;
using DomainKit.Periods;
using DomainKit.Submissions.Checks;
using DomainKit.Text;

namespace DomainKit.Cli.Commands;

/// <summary>
/// <c>domainkit indicators &lt;dataset&gt; --submissions &lt;file&gt; --form F --period P</c>: checks the submitted
/// reports, rolls their figures up the map with the records, and prints the indicator table, its findings and, when
/// asked, who filed and the approval state of each report.
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The dataset with the units (and any records): a .json file, a .zip CSV bundle or a folder of CSV files." };
        var submissionsFile = new Option<string>("--submissions", "-s")
        {
            Description = "The submitted reports: a .json submissions file, or a .csv figures sheet as officers fill it.",
            Required = true,
        };
        var form = new Option<string>("--form", "-f") { Description = "The code of the form: its lines are reported and its submissions read (dvk-half-year, dvk-year, or an app's own).", Required = true };
        var period = new Option<string>("--period", "-p") { Description = "The period id (2023, 2023H1, ...).", Required = true };
        var root = new Option<string>("--root", "-r") { Description = "The unit whose subtree is reported; the dataset's top unit by default." };
        var sources = new Option<string>("--sources") { Description = "Where figures may come from: both (the default), submissions or records.", DefaultValueFactory = _ => "both" };
        var completeness = new Option<bool>("--completeness") { Description = "Also prints who was expected to file, who filed, on time or late, and the approval state of each report." };
        var asOf = new Option<string>("--as-of") { Description = "The day taken as today for what is due (yyyy-MM-dd); today in Vietnam by default.", HelpName = "yyyy-MM-dd" };
        var format = new Option<string>("--format")
        {
            Description = "Writes the report through an exporter rather than as plain text: one of " + Words.List(context.Exporters.FormatIds)
                + "; by default the one of the --output file's extension.",
            HelpName = "formatId",
        };
        var output = new Option<string>("--output", "-o") { Description = "The file to write the report to, in --format or the format of its extension.", HelpName = "file" };
        var money = new Option<string>("--money") { Description = "How an exporter writes exact amounts: full (the default), compact, words or plain.", DefaultValueFactory = _ => "full", HelpName = "full|compact|words|plain" };
        money.AcceptOnlyFromAmong("full", "compact", "words", "plain");
        var culture = CommonOptions.Culture();
        var quiet = CommonOptions.Quiet();
        var limits = new ReadLimits();
        var command = new Command("indicators",
            "Checks submitted reports and rolls their figures up the map of units with the records. Exit code 0: no errors; 1: errors in the files or the submissions; 2: an input cannot be read.")
        {
            input, submissionsFile, form, period, root, sources, completeness, asOf, format, output, money, culture, quiet,
        };
        limits.AddTo(command);
        command.SetGuardedAction(context, async (result, cancellationToken) =>
        {
            var language = CommonOptions.CultureOf(result.GetValue(culture));
            var progress = context.Progress(result.GetValue(quiet), language);
            var file = result.GetValue(output);
            // Plain text unless a format or a file is named: then the report goes through an exporter, and what was
            // found while reading goes to the error stream, so that standard output holds the document alone.
            var exporter = result.GetValue(format) is null && file is null
                ? null
                : ReportOutput.Choose(context.Exporters, result.GetValue(format), file, "markdown", language);
            var notes = exporter is not null && file is null ? context.Error : context.Out;
            var clock = FixedClock.Of(ReportTerms.Date(result.GetValue(asOf), language));
            var chosenPeriod = ReportTerms.Period(result.GetRequiredValue(period), language)!.Value;
            var from = result.GetValue(sources) switch
            {
                "both" => FigureSources.Both,
                "submissions" => FigureSources.Submissions,
                "records" => FigureSources.Records,
                var other => throw new UsageException(language.Say(
                    $"'{other}' không phải nguồn số liệu; dùng both, submissions hoặc records.", $"'{other}' is not a source; use both, submissions or records.")),
            };
            var options = limits.Apply(result, ImportOptions.Default, progress.Culture);
            var import = await DatasetFiles.LoadAsync(result.GetRequiredValue(input), options, progress, context.Error, cancellationToken).ConfigureAwait(false);
            var dataset = import.Dataset;

            var path = result.GetRequiredValue(submissionsFile);
            if (!File.Exists(path))
            {
                throw new UsageException(language.Say($"Không có tệp {path}.", $"There is no file {path}."));
            }
            SubmissionImportResult read;
            await using (var stream = File.OpenRead(path))
            {
                read = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    ? await FiguresSheet.ReadAsync(stream, Path.GetFileName(path), options: options, cancellationToken: cancellationToken).ConfigureAwait(false)
                    : await SubmissionJson.ReadAsync(stream, Path.GetFileName(path), options, cancellationToken).ConfigureAwait(false);
            }
            if (!read.Problems.IsEmpty)
            {
                await notes.WriteLineAsync(read.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            var checks = SubmissionValidator.Validate(read.Set, dataset);
            if (exporter is null)
            {
                foreach (var finding in checks)
                {
                    await context.Out.WriteLineAsync(finding.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }

            var top = ReportTerms.Root(dataset, result.GetValue(root), language);
            IndicatorTable table;
            try
            {
                table = new IndicatorEngine(dataset, read.Set, clock)
                    .Run(new IndicatorQuery { Root = top.Id, Period = chosenPeriod, FormCode = result.GetRequiredValue(form), Sources = from }, cancellationToken);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
            var filed = result.GetValue(completeness)
                ? new CompletenessEngine(dataset, read.Set, clock).Run(new CompletenessQuery { Root = top.Id, FormCode = result.GetRequiredValue(form), Period = chosenPeriod })
                : null;
            if (exporter is null)
            {
                await context.Out.WriteLineAsync(table.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
                if (filed is not null)
                {
                    await context.Out.WriteLineAsync(filed.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                var exportOptions = ExportOptions.Default with { Culture = language, MoneyStyle = ReportOutput.MoneyStyle(result.GetValue(money)) };
                await ReportOutput.WriteAsync(exporter, Document(table, read.Set.FindForm(result.GetRequiredValue(form))!, filed, checks), exportOptions, file, context.Out, cancellationToken).ConfigureAwait(false);
                if (file is not null)
                {
                    progress.Done($"Đã ghi {file}.", $"Wrote {file}.");
                }
            }
            var errors = import.HasErrors || read.HasErrors || checks.Any(f => f.Severity == DomainKit.Validation.Severity.Error);
            return errors ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    // The roll-up as a report of its own, titled by its form, root and period, with the checks of the submissions as
    // its findings (the table's own follow), and who filed as two more tables when asked.
    private static ReportDocument Document(IndicatorTable table, DomainKit.Indicators.Form form, CompletenessTable? filed, IEnumerable<DomainKit.Validation.Finding> checks)
    {
        var root = table.Columns[^1].Name;
        var period = table.Query.Period;
        ImmutableArray<DocumentTable> tables = filed is null
            ? [new DocumentTable("indicators", new LocalizedText("Các chỉ tiêu", "Indicators"), table)]
            : [new DocumentTable("indicators", new LocalizedText("Các chỉ tiêu", "Indicators"), table), .. ReportDocument.Of(filed).Tables];
        return new ReportDocument
        {
            Title = new LocalizedText($"{root}: {form.Name.Vietnamese}, {PeriodFormat.Format(period, TextCulture.Vietnamese)}",
                $"{root}: {form.Name.English}, {PeriodFormat.Format(period, TextCulture.English)}"),
            Tables = tables,
            Period = period,
            Findings = [.. checks],
        };
    }
}
