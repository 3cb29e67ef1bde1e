using System.CommandLine;
using DomainKit.Validation;

namespace DomainKit.Cli.Commands;

/// <summary><c>domainkit validate &lt;input&gt;</c>: reads a dataset and prints what the reader and the validation rules found.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The dataset: a .json file, a .zip CSV bundle or a folder of CSV files." };
        var asOf = new Option<string>("--as-of") { Description = "The day taken as today by rules about dates (yyyy-MM-dd); today in Vietnam by default.", HelpName = "yyyy-MM-dd" };
        var culture = CommonOptions.Culture();
        var quiet = CommonOptions.Quiet();
        var limits = new ReadLimits();
        var command = new Command("validate", "Reads a dataset and prints its import problems and validation findings. Exit code 0: no errors; 1: errors; 2: the input cannot be read.")
        {
            input, asOf, culture, quiet,
        };
        limits.AddTo(command);
        command.SetGuardedAction(context, async (result, cancellationToken) =>
        {
            var language = CommonOptions.CultureOf(result.GetValue(culture));
            var day = ReportTerms.Date(result.GetValue(asOf), language);
            var progress = context.Progress(result.GetValue(quiet), language);
            var path = result.GetRequiredValue(input);

            var import = await DatasetFiles.ReadAsync(path, limits.Apply(result, DomainKit.Interchange.ImportOptions.Default, progress.Culture), progress, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteLineAsync(import.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
            if (DatasetFiles.IsUnreadable(import))
            {
                await context.Error.WriteLineAsync(language.Say($"Không đọc được dữ liệu {path}.", $"The dataset {path} cannot be read.").AsMemory(), cancellationToken).ConfigureAwait(false);
                return ExitCodes.UsageOrUnreadable;
            }

            progress.Step("Kiểm tra dữ liệu…", "Validating…");
            var report = DatasetValidator.CreateDefault(clock: FixedClock.Of(day)).Validate(import.Dataset, cancellationToken);
            progress.Done(
                $"Đã kiểm tra: {report.ErrorCount} lỗi, {report.WarningCount} cảnh báo.",
                $"Validated: {report.ErrorCount} errors, {report.WarningCount} warnings.");
            await context.Out.WriteLineAsync(report.ToString(language).AsMemory(), cancellationToken).ConfigureAwait(false);
            return import.HasErrors || report.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
