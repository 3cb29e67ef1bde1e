using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Examples.BinhPhuoc;

/// <summary>
/// Writes the report as submissions: who filed what, the Tỉnh ủy's roll-up of their figures by
/// <see cref="IndicatorEngine"/> (each total with the units it adds up and whether it is exact), the full indicator
/// table, and the findings of the checks (a stated total against its units' sum, a stated rate against its counts).
/// Like <see cref="Summary"/>, everything is written through DomainKit's own formatting, in the given culture.
/// </summary>
public sealed class SubmissionsSummary(TextWriter output, TextCulture culture)
{
    private bool Vietnamese => culture == TextCulture.Vietnamese;

    /// <summary>
    /// The roll-up of the submitted figures for the Tỉnh ủy and 2023, from the submissions alone: the records of the
    /// dataset were transcribed from the same report with assumptions (dates, splits), so mixing them in would add
    /// figures the units did not state.
    /// </summary>
    public static IndicatorTable Rollup(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new IndicatorEngine(dataset, BinhPhuoc2023.SubmissionSet(), FixedClock.AtPublication).Run(new IndicatorQuery
        {
            Root = BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc,
            Period = BinhPhuoc2023.Year,
            FormCode = BinhPhuoc2023.FormCode,
            Sources = FigureSources.Submissions,
        });
    }

    /// <summary>Writes the submissions, the roll-up and its findings.</summary>
    public void Write(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var set = BinhPhuoc2023.SubmissionSet();
        var form = set.FindForm(BinhPhuoc2023.FormCode)!;
        output.WriteLine(T(
            $"Báo cáo của các đảng bộ trực thuộc (biểu “{form.Name.Vietnamese}”, {Periods.PeriodFormat.Format(BinhPhuoc2023.Year, culture)}):",
            $"Reports of the Party committees under the Tỉnh ủy (form “{form.Name.English}”, {Periods.PeriodFormat.Format(BinhPhuoc2023.Year, culture)}):"));
        foreach (var submission in set.Submissions)
        {
            var name = Name(dataset, submission.Key.Unit);
            if (submission.Figures.IsEmpty)
            {
                output.WriteLine(T($"  {name}: báo cáo nêu mô hình nhưng không nêu số liệu.", $"  {name}: names models but states no figure."));
                continue;
            }
            output.WriteLine($"  {name}:");
            foreach (var figure in submission.Figures)
            {
                var indicator = set.FindIndicator(figure.IndicatorCode)!;
                var keys = figure.Keys.IsEmpty ? "" : " (" + string.Join(", ", figure.Keys.Select(k => k.Value)) + ")";
                var exact = figure.Value.IsExact ? "" : T(" [ước tính]", " [approximate]");
                // The quote is the report's Vietnamese words; the English output gives the value alone, in its own writing.
                var quote = Vietnamese ? $" — “{figure.Quote}”" : "";
                output.WriteLine($"    {indicator.Name.In(culture)}{keys}: {figure.Value.ToString(culture)}{exact}{quote}");
            }
        }
        output.WriteLine(T(
            "  Tỉnh ủy Bình Phước không nêu số tổng hợp nào của toàn tỉnh, nên không có số của tỉnh để đối chiếu với tổng của các đơn vị.",
            "  The Tỉnh ủy states no province-wide total, so there is no province figure to check against its units' sum."));
        output.WriteLine();

        var table = Rollup(dataset);
        output.WriteLine(T("Tổng hợp toàn tỉnh từ các báo cáo (nguồn của từng số):", "Province roll-up of the reports (where each figure comes from):"));
        foreach (var line in table.Lines)
        {
            var total = IndicatorTable.TotalOf(line);
            var keys = line.Keys.IsEmpty ? "" : " (" + string.Join(", ", line.Keys.Select(k => k.Value)) + ")";
            var text = $"  {line.Indicator.Name.In(culture)}{keys}: {total.ToString(culture)}";
            if (total.HasValue)
            {
                // The total adds up the units that stated the figure, and says how many of the units under the Tỉnh
                // ủy those are, so that a sum of some units is not read as the whole province's.
                var by = string.Join(", ", total.SubmittedBy.Select(id => Name(dataset, id)));
                var of = $"{total.SubmittedBy.Length}/{table.Columns.Length - 1}";
                text += T($" ({(total.IsExact ? "chính xác" : "ước tính")}; {of} đơn vị báo cáo: {by})",
                    $" ({(total.IsExact ? "exact" : "approximate")}; {of} units reported: {by})");
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
            output.WriteLine(T("  Không có phát hiện nào.", "  No findings."));
        }
        output.WriteLine();
    }

    private static string Name(Dataset dataset, UnitId id) => dataset.FindUnit(id)?.Name ?? id.ToString();

    private string T(string vietnamese, string english) => Vietnamese ? vietnamese : english;
}
