using System.Text;
using DomainKit.Aggregation;
using DomainKit.Text;

namespace DomainKit.Examples.LongAn;

/// <summary>
/// Files the figures of the Long An 2014 report (seed 003) as the submissions of the units it names, rolls them up for
/// the Tỉnh ủy and prints the roll-up, honest about the approximate figure, and the findings of its checks.
/// Vietnamese by default; <c>--english</c> prints the same in the invariant culture.
/// </summary>
public static class Program
{
    /// <summary>Runs the example; the exit code is 0, or 2 on bad arguments.</summary>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        // UTF-8 whatever the terminal's default, so Vietnamese text is the same bytes everywhere.
        Console.OutputEncoding = Encoding.UTF8;
        var culture = TextCulture.Vietnamese;
        foreach (var arg in args)
        {
            if (arg != "--english")
            {
                Console.Error.WriteLine($"Unknown argument '{arg}'. Usage: DomainKit.Examples.LongAn [--english]");
                return 2;
            }
            culture = TextCulture.English;
        }
        Write(Console.Out, culture);
        return 0;
    }

    /// <summary>Writes the submissions, the roll-up and the findings to <paramref name="output"/>, and returns the roll-up.</summary>
    public static IndicatorTable Write(TextWriter output, TextCulture culture)
    {
        ArgumentNullException.ThrowIfNull(output);
        var vietnamese = culture == TextCulture.Vietnamese;
        string T(string vi, string en) => vietnamese ? vi : en;
        var dataset = LongAn2014.Build();
        var set = LongAn2014.SubmissionSet();
        var period = Periods.PeriodFormat.Format(LongAn2014.FirstHalf, culture);

        output.WriteLine(T(
            $"Nguồn: “{LongAn2014.ReportTitle}”, đăng ngày {Periods.DateFormat.Format(LongAn2014.Published, Periods.DateStyle.Short, culture)}.",
            $"Source: “{LongAn2014.ReportTitle}”, published {Periods.DateFormat.Format(LongAn2014.Published, Periods.DateStyle.Short, culture)}."));
        output.WriteLine();
        output.WriteLine(T($"Báo cáo của các đơn vị ({period}):", $"Reports of the units ({period}):"));
        foreach (var submission in set.Submissions)
        {
            var name = dataset.FindUnit(submission.Key.Unit)!.Name;
            // The document's title is the report's, then the unit's model.
            output.WriteLine($"  {name}: {submission.Document!.Title![(LongAn2014.ReportTitle.Length + 2)..]}");
            if (submission.Figures.IsEmpty)
            {
                output.WriteLine(T("    không nêu số liệu.", "    states no figure."));
            }
            foreach (var figure in submission.Figures)
            {
                var indicator = set.FindIndicator(figure.IndicatorCode)!;
                var exact = figure.Value.IsExact ? "" : T(" [ước tính]", " [approximate]");
                // The quote is the report's Vietnamese words; the English output gives the value alone.
                var quote = vietnamese ? $" — “{figure.Quote}”" : "";
                output.WriteLine($"    {indicator.Name.In(culture)}: {figure.Value.ToString(culture)}{exact}{quote}");
            }
        }
        output.WriteLine(T(
            "  Tỉnh ủy Long An không nêu số tổng hợp nào của toàn tỉnh, nên không có số của tỉnh để đối chiếu.",
            "  The Tỉnh ủy states no province-wide total, so there is no province figure to check."));
        output.WriteLine();

        var table = LongAn2014.Rollup(dataset);
        output.WriteLine(T("Tổng hợp toàn tỉnh:", "Province roll-up:"));
        foreach (var line in table.Lines)
        {
            var total = IndicatorTable.TotalOf(line);
            var text = $"  {line.Indicator.Name.In(culture)}: {total.ToString(culture)}";
            if (total.HasValue)
            {
                var by = string.Join(", ", total.SubmittedBy.Select(id => dataset.FindUnit(id)!.Name));
                text += T($" ({(total.IsExact ? "chính xác" : "ước tính")}; {total.SubmittedBy.Length}/{table.Columns.Length - 1} đơn vị báo cáo: {by})",
                    $" ({(total.IsExact ? "exact" : "approximate")}; {total.SubmittedBy.Length}/{table.Columns.Length - 1} units reported: {by})");
            }
            else
            {
                text += T(" (không đơn vị nào báo cáo)", " (reported by no unit)");
            }
            output.WriteLine(text);
        }
        output.WriteLine();
        output.WriteLine(T("Bảng chỉ tiêu:", "Indicator table:"));
        // The table's text ends with its findings; they are written below under their own heading.
        foreach (var row in table.ToString(culture).Split('\n').Take(table.Lines.Length + 1))
        {
            output.WriteLine(row.TrimEnd('\r'));
        }
        output.WriteLine();
        output.WriteLine(T("Kiểm tra số liệu báo cáo:", "Checks of the reported figures:"));
        foreach (var finding in table.Findings)
        {
            output.WriteLine("  " + finding.ToString(culture));
        }
        if (table.Findings.IsEmpty)
        {
            output.WriteLine(T(
                "  Không có phát hiện nào: báo cáo chỉ nêu một số liệu, không nêu số tổng hợp hay tỷ lệ để đối chiếu.",
                "  No findings: the report states one figure, and no total or rate to check it against."));
        }
        return table;
    }
}
