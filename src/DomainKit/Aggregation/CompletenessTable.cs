using System.Collections.Immutable;
using System.Text;
using DomainKit.Indicators;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// Completeness and timeliness of one form and period under a root: a row for every unit expected to file and for
/// every unit that filed without being expected (none is dropped), and the counts of each unit directly under the root
/// and of the root's total (<see cref="Summaries"/>, in the order of <see cref="Columns"/>). Immutable and thread-safe.
/// </summary>
public sealed class CompletenessTable
{
    internal CompletenessTable(CompletenessQuery query, Form form, LocalDate? dueOn, LocalDate today, ImmutableArray<Unit> columns,
        ImmutableArray<CompletenessSummary> summaries, ImmutableArray<CompletenessRow> rows, Instant generatedAt)
    {
        Query = query;
        Form = form;
        DueOn = dueOn;
        Today = today;
        Columns = columns;
        Summaries = summaries;
        Rows = rows;
        GeneratedAt = generatedAt;
    }

    /// <summary>The query answered.</summary>
    public CompletenessQuery Query { get; }

    /// <summary>The form the reports are filed on.</summary>
    public Form Form { get; }

    /// <summary>The day reports were due, or <see langword="null"/> when the form sets none (then no report is late).</summary>
    public LocalDate? DueOn { get; }

    /// <summary>The day, in Vietnam, by the engine's clock, against which "not due yet" and "missing" were told apart.</summary>
    public LocalDate Today { get; }

    /// <summary>The units of the columns: those directly under the root on the map, then the root itself, whose column is the total.</summary>
    public ImmutableArray<Unit> Columns { get; }

    /// <summary>The counts of each column, in the order of <see cref="Columns"/>; the last is the root's total.</summary>
    public ImmutableArray<CompletenessSummary> Summaries { get; }

    /// <summary>The units, in the map's order, then those not on the map by id.</summary>
    public ImmutableArray<CompletenessRow> Rows { get; }

    /// <summary>The root's total: the last of <see cref="Summaries"/>.</summary>
    public CompletenessSummary Total => Summaries[^1];

    /// <summary>When the table was computed, by the engine's clock.</summary>
    public Instant GeneratedAt { get; }

    /// <summary>The counts of the column of <paramref name="unit"/>: a unit directly under the root, or the root for the total.</summary>
    /// <exception cref="ArgumentException"><paramref name="unit"/> has no column.</exception>
    public CompletenessSummary SummaryOf(UnitId unit)
    {
        foreach (var summary in Summaries)
        {
            if (summary.Column.Id == unit)
            {
                return summary;
            }
        }
        throw new ArgumentException($"The unit {unit} has no column in this table.", nameof(unit));
    }

    /// <summary>The row of <paramref name="unit"/>, or <see langword="null"/> when it was neither expected nor filed.</summary>
    public CompletenessRow? RowOf(UnitId unit)
    {
        foreach (var row in Rows)
        {
            if (row.UnitId == unit)
            {
                return row;
            }
        }
        return null;
    }

    /// <summary>The rows with <paramref name="status"/>, in the table's order: the missing units, the late ones.</summary>
    public IEnumerable<CompletenessRow> RowsWith(CompletenessStatus status) => Rows.Where(r => r.Status == status);

    /// <summary>
    /// The table as plain text in <paramref name="culture"/>: the form, period and due date; a line of counts for each
    /// column and the total, with the rate filed (<c>–</c> where no unit was expected); then a line for each unit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="culture"/> is not defined.</exception>
    public string ToString(TextCulture culture)
    {
        var vi = culture switch
        {
            TextCulture.Vietnamese => true,
            TextCulture.English => false,
            _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, "Unknown culture."),
        };
        var text = new StringBuilder();
        text.Append(Form.Name.In(culture)).Append(" – ").Append(Query.Period.ToString(culture)).Append(" – ")
            .Append(vi ? "hạn gửi: " : "due: ")
            .AppendLine(DueOn is { } due ? DateFormat.Format(due, DateStyle.Short, culture) : vi ? "không quy định" : "none set");
        text.AppendLine(vi
            ? "Đơn vị | Phải báo cáo | Đã gửi | Đúng hạn | Trễ hạn | Chưa rõ ngày gửi | Chưa gửi | Chưa đến hạn | Không thuộc diện | Đã phê duyệt | Tỷ lệ đã gửi"
            : "Unit | Expected | Filed | On time | Late | Date unknown | Missing | Not due yet | Not expected | Approved | Rate filed");
        foreach (var summary in Summaries)
        {
            text.Append(summary.Column.Id == Query.Root ? (vi ? "Tổng cộng" : "Total") : summary.Column.Name)
                .Append(" | ").Append(summary.Expected).Append(" | ").Append(summary.Filed).Append(" | ").Append(summary.OnTime)
                .Append(" | ").Append(summary.Late).Append(" | ").Append(summary.FiledDateUnknown).Append(" | ").Append(summary.Missing)
                .Append(" | ").Append(summary.NotDueYet).Append(" | ").Append(summary.NotExpected).Append(" | ").Append(summary.Approved)
                .Append(" | ").AppendLine(summary.FiledRate is { } rate ? rate.ToString(culture) : "–");
        }
        foreach (var row in Rows)
        {
            text.Append(row.Unit?.Name ?? row.UnitId.ToString()).Append(" | ").Append(CompletenessTexts.Of(row.Status).In(culture));
            if (row.DaysLate is { } days)
            {
                text.Append(vi ? $" {days} ngày" : $" by {days} day{(days == 1 ? string.Empty : "s")}");
            }
            if (row.FiledOn is { } filed)
            {
                text.Append(" | ").Append(vi ? "gửi ngày " : "filed ").Append(DateFormat.Format(filed, DateStyle.Short, culture));
            }
            if (row.HasFiled)
            {
                text.Append(" | ").Append(CompletenessTexts.Of(row.Approval).In(culture));
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    /// <summary>The table as plain text in English.</summary>
    public override string ToString() => ToString(TextCulture.English);
}
