using System.CommandLine;
using System.Globalization;
using DomainKit.Cli.Generation;

namespace DomainKit.Cli.Commands;

/// <summary><c>domainkit generate --scale s --output path</c>: the synthetic national dataset of the benchmarks, at any size.</summary>
internal static class GenerateCommand
{
    private const double MinScale = 0.0001;
    private const double MaxScale = 1.0;

    public static Command Create(CliContext context)
    {
        var scale = new Option<double>("--scale", "-s")
        {
            Description = "The share of the whole country, from 0.0001 to 1 (1: 34 provinces, 3,321 communes, 100,000 village-level units, 1,000,000 models, 5,000,000 pledges, 20,000,000 fund entries).",
            Required = true,
            HelpName = "0.0001..1",
        };
        scale.Validators.Add(r =>
        {
            // Read from the token: a value that is no number at all is the parser's to report.
            if (r.Tokens.Count == 1 && double.TryParse(r.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
                && (double.IsNaN(s) || s < MinScale || s > MaxScale))
            {
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"--scale must be from {MinScale} to {MaxScale}."));
            }
        });
        var output = new Option<string>("--output", "-o") { Description = "Where to write it: a .json file, a .zip file, or a folder (created if need be) for a CSV bundle.", Required = true, HelpName = "path" };
        var seed = new Option<int>("--seed") { Description = "The seed; the same scale and seed always give the same data.", DefaultValueFactory = _ => NationalDataset.DefaultSeed, HelpName = "n" };
        var culture = CommonOptions.Culture("en", "en (the default): a CSV bundle with English headers and messages in English; vi: the Vietnamese spreadsheet bundle and messages in Vietnamese.");
        var quiet = CommonOptions.Quiet();
        var command = new Command("generate", "Generates the synthetic national dataset of the benchmarks (units, models, pledges, funds over 2021-2025) at a scale, and writes it.")
        {
            scale, output, seed, culture, quiet,
        };
        command.SetGuardedAction(context, async (result, cancellationToken) =>
        {
            var code = result.GetValue(culture);
            var language = CommonOptions.CultureOf(code);
            var destination = result.GetRequiredValue(output);
            DatasetFiles.CheckOutputPath(destination, language);
            var progress = context.Progress(result.GetValue(quiet), language);
            var size = NationalSize.Scaled(result.GetValue(scale));

            progress.Step("Tạo dữ liệu…", "Generating…");
            // The generator builds the dataset in memory (fund entries in columns), then it is streamed out.
            var dataset = await Task.Run(() => NationalDataset.Generate(size, result.GetValue(seed)), cancellationToken).ConfigureAwait(false);
            var records = (long)dataset.Units.Length + dataset.Models.Length + dataset.Pledges.Length + dataset.Funds.Length + dataset.FundEntries.Count;
            progress.Done($"Đã tạo {language.Count(records)} bản ghi.", $"Generated {language.Count(records)} records.");
            await DatasetFiles.WriteAsync(dataset, destination, CommonOptions.BundleOf(code), progress, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
