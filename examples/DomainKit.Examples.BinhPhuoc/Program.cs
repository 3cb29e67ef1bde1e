using System.Text;
using DomainKit.Reconciliation;
using DomainKit.Text;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Examples.BinhPhuoc;

/// <summary>
/// Builds the Bình Phước 2023 dataset (seed 000), validates it, checks the figures the report states against it, and
/// prints the findings of both and a short summary; then files the report's figures as the submissions of the units it
/// names and prints the Tỉnh ủy's roll-up of them with the findings of its checks.
/// Vietnamese by default; <c>--english</c> prints the same in the invariant culture. <c>--export &lt;folder&gt;</c>
/// also writes the report (<see cref="BinhPhuoc2023.Report()"/>) in every format of the exporter catalogue.
/// </summary>
public static class Program
{
    /// <summary>
    /// Runs the example; the exit code is 0 when validation finds no errors in the data, 1 when it does, 2 on bad
    /// arguments. Figures of the report that do not reconcile are the report's errors, not the data's, and do not
    /// change the exit code.
    /// </summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        // The output is UTF-8 whatever the terminal's default, so Vietnamese text is the same bytes everywhere.
        Console.OutputEncoding = Encoding.UTF8;

        var culture = TextCulture.Vietnamese;
        string? exportFolder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--english")
            {
                culture = TextCulture.English;
            }
            else if (args[i] == "--export" && i + 1 < args.Length)
            {
                exportFolder = args[++i];
            }
            else
            {
                Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: DomainKit.Examples.BinhPhuoc [--english] [--export <folder>]");
                return 2;
            }
        }
        var report = Write(Console.Out, culture);
        if (exportFolder is not null)
        {
            foreach (var path in ReportFiles.WriteAllAsync(exportFolder, culture).GetAwaiter().GetResult())
            {
                Console.WriteLine(path);
            }
        }
        return report.HasErrors ? 1 : 0;
    }

    /// <summary>
    /// Builds and validates the dataset, writes everything to <paramref name="output"/> in <paramref name="culture"/>,
    /// and returns the validation report.
    /// </summary>
    public static ValidationResult Write(TextWriter output, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(output);
        var dataset = BinhPhuoc2023.Build();
        // Validated as on the day the report was published, so that "is this date in the future?" has one answer.
        var clock = FixedClock.AtPublication;
        var report = DatasetValidator.CreateDefault(clock: clock).Validate(dataset);
        var validatedOn = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).Date;
        var reconciliation = new Reconciler(dataset).Reconcile(BinhPhuoc2023.StatedFigures());
        new Summary(output, culture).Write(dataset, report, validatedOn, reconciliation);
        new SubmissionsSummary(output, culture).Write(dataset);
        return report;
    }
}
