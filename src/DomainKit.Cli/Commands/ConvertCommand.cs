using System.CommandLine;

namespace DomainKit.Cli.Commands;

/// <summary><c>domainkit convert &lt;input&gt; &lt;output&gt;</c>: a dataset from one form to another (JSON, zipped bundle, bundle folder).</summary>
internal static class ConvertCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("input") { Description = "The dataset: a .json file, a .zip CSV bundle or a folder of CSV files." };
        var output = new Argument<string>("output") { Description = "Where to write it: a .json file, a .zip file, or a folder (created if need be) for a CSV bundle." };
        var culture = CommonOptions.Culture("en",
            "en (the default): a CSV bundle with English headers, integer amounts and ISO dates, and messages in English; "
            + "vi: the spreadsheet bundle (Vietnamese headers, 6.100.542.700, dd/MM/yyyy, semicolons, byte order mark), and messages in Vietnamese.");
        var quiet = CommonOptions.Quiet();
        var limits = new ReadLimits();
        var command = new Command("convert", "Converts a dataset between the JSON format and the CSV bundle (zipped or in a folder). Exit code 1 when records of the input were left out.")
        {
            input, output, culture, quiet,
        };
        limits.AddTo(command);
        command.SetGuardedAction(context, async (result, cancellationToken) =>
        {
            var code = result.GetValue(culture);
            var language = CommonOptions.CultureOf(code);
            var destination = result.GetRequiredValue(output);
            DatasetFiles.CheckOutputPath(destination, language);
            var progress = context.Progress(result.GetValue(quiet), language);

            var import = await DatasetFiles.LoadAsync(result.GetRequiredValue(input), limits.Apply(result, DomainKit.Interchange.ImportOptions.Default, progress.Culture), progress, context.Error, cancellationToken).ConfigureAwait(false);
            await DatasetFiles.WriteAsync(import.Dataset, destination, CommonOptions.BundleOf(code), progress, cancellationToken).ConfigureAwait(false);
            return import.HasErrors ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
