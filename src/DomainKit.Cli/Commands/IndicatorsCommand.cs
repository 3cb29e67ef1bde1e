using System.CommandLine;
using DomainKit.Aggregation;
using DomainKit.Interchange;
using DomainKit.Interchange.Submissions;
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
        var culture = CommonOptions.Culture();
        var quiet = CommonOptions.Quiet();
        var limits = new ReadLimits();
        var command = new Command("indicators",
            "Checks submitted reports and rolls their figures up the map of units with the records. Exit code 0: no errors; 1: errors in the files or the submissions; 2: an input cannot be read.")
        {
            input, submissionsFile, form, period, root, sources, completeness, asOf, culture, quiet,
        };
        limits.AddTo(command);
        command.SetGuardedAction(context, async (result, cancellationToken) =>
        {
            var language = CommonOptions.CultureOf(result.GetValue(culture));
            var progress = context.Progress(result.GetValue(quiet), language);
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
                await context.Out.WriteLineAsync(read.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            var checks = SubmissionValidator.Validate(read.Set, dataset);
            foreach (var finding in checks)
            {
                await context.Out.WriteLineAsync(finding.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
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
            await context.Out.WriteLineAsync(table.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.GetValue(completeness))
            {
                var filed = new CompletenessEngine(dataset, read.Set, clock)
                    .Run(new CompletenessQuery { Root = top.Id, FormCode = result.GetRequiredValue(form), Period = chosenPeriod });
                await context.Out.WriteLineAsync(filed.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
            }
            var errors = import.HasErrors || read.HasErrors || checks.Any(f => f.Severity == DomainKit.Validation.Severity.Error);
            return errors ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
