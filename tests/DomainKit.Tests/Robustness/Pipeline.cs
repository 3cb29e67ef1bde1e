using System.Text;
using DomainKit.Cli;
using DomainKit.Data;
using DomainKit.Export;
using DomainKit.Interchange;
using DomainKit.Text;
using DomainKit.Validation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace DomainKit.Tests.Robustness;

/// <summary>
/// What the tool does with a dataset it is given, step by step as <c>domainkit export</c> does it: read, validate,
/// build the standard report, and write it in every format of the catalogue. <see cref="CheckAsync"/> says what went
/// wrong, or <see langword="null"/>: an exception escaping any step, a record neither kept nor rejected, a rule that
/// failed, a report that could not be computed while validation found nothing, raw control characters in a text output.
/// </summary>
internal static class Pipeline
{
    private static readonly LocalDate Day = new(2024, 3, 25);

    public static ExporterCatalog Exporters { get; } = CreateExporters();

    private static ExporterCatalog CreateExporters()
    {
        using var services = new ServiceCollection().AddDomainKit(kit => kit.AddOpenXmlExporters()).BuildServiceProvider();
        return services.GetRequiredService<ExporterCatalog>();
    }

    /// <summary>Reads with <paramref name="read"/> and checks every later step; <see langword="null"/> when all held.</summary>
    public static async Task<string?> CheckAsync(Func<Task<ImportResult>> read, bool bundle, params TextCulture[] cultures)
    {
        var step = "read";
        try
        {
            var result = await read();
            step = "accounting";
            var kept = Kept(result.Dataset, bundle);
            if (result.RecordsRead != kept + result.RecordsRejected)
            {
                return $"{result.RecordsRead} records read, but {kept} kept and {result.RecordsRejected} rejected";
            }
            if (result.RecordsRejected > 0 && !result.Problems.Any(p => p.Rejected))
            {
                return $"{result.RecordsRejected} records rejected, but no problem says so";
            }

            step = "validate";
            var clock = DomainKit.Cli.FixedClock.Of(Day);
            var dataset = result.Dataset;
            var validation = DatasetValidator.CreateDefault(clock: clock).Validate(dataset);
            if (validation.Findings.FirstOrDefault(f => f.Code == "DK100") is { } failed)
            {
                return "a rule failed: " + failed.Message.English;
            }
            if (dataset.OrganisationTree.Roots.IsEmpty)
            {
                // The tool stops here with "the dataset has no units" (exit 2).
                return null;
            }

            step = "report";
            var root = ReportTerms.Root(dataset, null, TextCulture.English);
            var period = ReportTerms.LatestYear(dataset, Day);
            var document = StandardReport.Build(dataset, root, period, validation, clock, Day, "mutant", DomainKit.Aggregation.UnitBasis.AsRecorded, CancellationToken.None);
            if (!StandardReport.IsComplete(document) && !validation.Findings.Any(f => f.Code is "DK106" or "DK107"))
            {
                return "a table of the report overflowed, and validation did not say so (DK106, DK107)";
            }

            foreach (var exporter in Exporters)
            {
                step = "export " + exporter.FormatId;
                foreach (var culture in cultures.Length > 0 ? cultures : [TextCulture.Vietnamese, TextCulture.English])
                {
                    using var output = new MemoryStream();
                    await exporter.ExportAsync(document, output, ExportOptions.Default with { Culture = culture });
                    if (exporter.FormatId is "csv" or "markdown" && FirstUnsafe(Encoding.UTF8.GetString(output.ToArray())) is { } unsafeChar)
                    {
                        return $"the {exporter.FormatId} output holds the raw character U+{(int)unsafeChar:X4}";
                    }
                }
            }
            return null;
        }
        catch (Exception e)
        {
            return $"{step} threw {e}";
        }
    }

    /// <summary>
    /// The records of <paramref name="dataset"/> as a reader counts them: every item of the JSON format's sections,
    /// and, in a CSV bundle, the rows of the files that hold the parts of units and models as well.
    /// </summary>
    public static long Kept(Dataset dataset, bool bundle)
    {
        long kept = dataset.Units.Length + dataset.Models.Length + dataset.Pledges.Length + dataset.Payments.Length
            + dataset.Funds.Length + dataset.FundEntries.Count + dataset.Commendations.Length;
        if (bundle)
        {
            foreach (var unit in dataset.Units)
            {
                kept += (unit.Successors.IsDefault ? 0 : unit.Successors.Length) + (unit.HeadCounts.IsDefault ? 0 : unit.HeadCounts.Length);
            }
            foreach (var model in dataset.Models)
            {
                kept += (model.Lifecycle.IsDefault ? 0 : model.Lifecycle.Length) + (model.Outcomes.IsDefault ? 0 : model.Outcomes.Length);
            }
        }
        return kept;
    }

    /// <summary>A character no text output may hold raw: a control character other than tab and line breaks, or a bidirectional control.</summary>
    public static char? FirstUnsafe(string text)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F'
                || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                return c;
            }
        }
        return null;
    }
}
