using System.Collections.Immutable;
using DomainKit.Aggregation;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Utility;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Export;

/// <summary>
/// What an exporter writes: a titled report made of computed tables, with who issued it, where and when, and the
/// findings of validating its data and reconciling its figures. Immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var document = new ReportDocument
/// {
///     Title = new("Báo cáo kết quả thực hiện phong trào thi đua", "Report on the emulation movement"),
///     Tables = [new DocumentTable("models-by-field", new("Mô hình theo lĩnh vực", "Models by field"), table)],
///     Issuer = "Tỉnh ủy Bình Phước",
///     Place = "Bình Phước",
///     Date = new LocalDate(2023, 11, 10),
///     Findings = validation.Findings,
/// };
/// </code>
/// </example>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ReportDocument
{
    /// <summary>The title.</summary>
    public required LocalizedText Title
    {
        get;
        init => field = value.Vietnamese is null
            ? throw new ArgumentException("The title has no text; create it with new LocalizedText(vietnamese, english).", nameof(value))
            : value;
    }

    /// <summary>The tables, in the order they are written; their ids are unique.</summary>
    /// <exception cref="ArgumentException">Two tables have the same id, or one is <see langword="null"/>.</exception>
    public required ImmutableArray<DocumentTable> Tables
    {
        get;
        init => field = CheckTables(value);
    }

    /// <summary>The unit or office issuing the report, as it heads the report: <c>Tỉnh ủy Bình Phước</c>; optional.</summary>
    public string? Issuer { get; init; }

    /// <summary>The number and symbol of the document, as its header gives it: <c>14-CTr/BCĐDVK</c>; optional.</summary>
    public string? Number { get; init; }

    /// <summary>Who signed the document, as its signature block names them: <c>Nguyễn Văn A, Phó Trưởng ban</c>; optional.</summary>
    public string? Signer { get; init; }

    /// <summary>The place the report is dated at: <c>Bình Phước</c>; optional.</summary>
    public string? Place { get; init; }

    /// <summary>The date of the report; optional.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The period the report covers; when not set, the period of its first table, if any.</summary>
    public ReportingPeriod? Period
    {
        get => field ?? (Tables.IsDefaultOrEmpty ? null : Tables[0].Period);
        init;
    }

    /// <summary>
    /// Findings to publish with the report: those given (validation of its data, reconciliation of its figures), then
    /// those of its tables (<see cref="ReportTable.Findings"/>, such as items that could not be placed on the map) that
    /// are not among them, so that an exporter never publishes a table without what was found about it.
    /// </summary>
    public ImmutableArray<Finding> Findings
    {
        get
        {
            var tables = Tables.IsDefault ? [] : Tables;
            if (tables.All(t => t.Findings.IsEmpty))
            {
                return field;
            }
            var given = field.ToHashSet();
            var result = field.ToBuilder();
            foreach (var finding in tables.SelectMany(t => t.Findings))
            {
                if (given.Add(finding))
                {
                    result.Add(finding);
                }
            }
            return result.ToImmutable();
        }
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>Notes written after the tables, such as sources and definitions.</summary>
    public ImmutableArray<LocalizedText> Notes
    {
        get;
        init => field = value.IsDefault ? [] : value;
    } = [];

    /// <summary>
    /// A report of one table, with the id <c>table</c>: titled <paramref name="title"/> or by its root and period
    /// ("Thị ủy Phước Long: năm 2023"), the table titled by what it shows ("Số tiền đóng góp, số dư quỹ theo quỹ").
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public static ReportDocument Of(ReportTable table, LocalizedText? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var metadata = table.Metadata;
        var name = title ?? new LocalizedText(
            $"{metadata.Root.Name}: {PeriodFormat.Format(metadata.Period, TextCulture.Vietnamese)}",
            $"{metadata.Root.Name}: {PeriodFormat.Format(metadata.Period, TextCulture.English)}");
        var shows = new LocalizedText(Describe(table, TextCulture.Vietnamese, " theo "), Describe(table, TextCulture.English, " by "));
        return new ReportDocument { Title = name, Tables = [new DocumentTable("table", shows, table)] };
    }

    /// <summary>
    /// A submission as a document of its own: titled by its form's name ("Báo cáo kết quả thực hiện phong trào Dân vận
    /// khéo năm"), or by the document's title where the form is unknown; with the document's number, date, issuer and
    /// signer where known, its period, and one table, <c>figures</c>, of its figures as the unit stated them (indicator,
    /// breakdown, value as stated, quote). The document's title, the version and the filing date follow as notes.
    /// </summary>
    /// <param name="submission">The submission.</param>
    /// <param name="submissions">The set that defines its form and indicators (the app's first, then the built-in ones).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ReportDocument Of(Submission submission, SubmissionSet submissions)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(submissions);
        var key = submission.Key;
        var document = submission.Document;
        var form = submissions.FindForm(key.FormCode);
        var title = form?.Name ?? (document?.Title is { } excerpt ? new LocalizedText(excerpt, excerpt) : new LocalizedText(key.FormCode, key.FormCode));
        var notes = ImmutableArray.CreateBuilder<LocalizedText>();
        if (form is not null && document?.Title is { } trichYeu)
        {
            notes.Add(new LocalizedText("Trích yếu: " + trichYeu, "Document title: " + trichYeu));
        }
        notes.Add(new LocalizedText(
            $"Đơn vị báo cáo: {key.Unit}; lần nộp thứ {submission.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
                + (submission.FiledOn is { } filedVi ? ", nộp ngày " + DateFormat.Format(filedVi, DateStyle.Short, TextCulture.Vietnamese) : string.Empty),
            $"Submitted by: {key.Unit}; version {submission.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
                + (submission.FiledOn is { } filedEn ? ", filed on " + DateFormat.Format(filedEn, DateStyle.Short, TextCulture.English) : string.Empty)));
        return new ReportDocument
        {
            Title = title,
            Tables = [new DocumentTable("figures", new LocalizedText("Số liệu báo cáo", "Figures reported"), submission, submissions)],
            Number = document?.Number,
            Issuer = document?.Issuer,
            Date = document?.Date,
            Signer = document?.Signer,
            Period = key.Period,
            Notes = notes.ToImmutable(),
        };
    }

    /// <summary>
    /// Who filed a form for a period, as a report of its own: titled by the root, the form and the period ("Tình hình
    /// gửi báo cáo – Tỉnh ủy Bình Phước: Báo cáo ... năm 2023"), with two tables: <c>completeness</c>, the counts of
    /// each unit directly under the root and the total, and <c>completeness-units</c>, a row for every unit expected or
    /// filing. The due date follows as a note.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="completeness"/> is <see langword="null"/>.</exception>
    public static ReportDocument Of(CompletenessTable completeness)
    {
        ArgumentNullException.ThrowIfNull(completeness);
        var root = completeness.Columns[^1].Name;
        var form = completeness.Form.Name;
        var period = completeness.Query.Period;
        var due = completeness.DueOn is { } day
            ? new LocalizedText("Hạn gửi báo cáo: " + DateFormat.Format(day, DateStyle.Short, TextCulture.Vietnamese),
                "Reports due on " + DateFormat.Format(day, DateStyle.Short, TextCulture.English))
            : new LocalizedText("Biểu mẫu không quy định hạn gửi; không báo cáo nào bị tính là trễ hạn.", "The form sets no due date; no report is counted late.");
        return new ReportDocument
        {
            Title = new LocalizedText(
                $"Tình hình gửi báo cáo – {root}: {form.Vietnamese}, {PeriodFormat.Format(period, TextCulture.Vietnamese)}",
                $"Reports filed – {root}: {form.English}, {PeriodFormat.Format(period, TextCulture.English)}"),
            Tables =
            [
                new DocumentTable("completeness", new LocalizedText("Số đơn vị gửi báo cáo", "Units filing"), completeness),
                new DocumentTable("completeness-units", new LocalizedText("Từng đơn vị", "Unit by unit"), completeness, CompletenessView.Units),
            ],
            Period = period,
            Notes = [due],
        };
    }

    /// <summary>The tables <paramref name="options"/> selects, in order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The options name a table this report does not have.</exception>
    public ImmutableArray<DocumentTable> TablesFor(ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Tables is null)
        {
            return Tables;
        }
        var unknown = options.Tables.Where(id => !Tables.Any(t => t.Id == id)).Order(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            throw new ArgumentException(
                $"The report has no table {string.Join(", ", unknown.Select(id => $"'{id}'"))}; its tables are {string.Join(", ", Tables.Select(t => $"'{t.Id}'"))}.",
                nameof(options));
        }
        return Tables.Where(t => options.Includes(t.Id)).ToImmutableArray();
    }

    /// <summary>Returns the English title.</summary>
    public override string ToString() => Title.English;

    // "Contributions, fund balance by fund, quarter": the measures, then the dimensions, as a heading.
    private static string Describe(ReportTable table, TextCulture culture, string by)
    {
        var measures = string.Join(", ", table.Measures.Select((m, i) => i == 0 ? m.Name.In(culture) : LowerFirst(m.Name.In(culture))));
        return table.Dimensions.IsEmpty
            ? measures
            : measures + by + string.Join(", ", table.Dimensions.Select(d => LowerFirst(d.Name.In(culture))));
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static ImmutableArray<DocumentTable> CheckTables(ImmutableArray<DocumentTable> tables)
    {
        if (tables.IsDefault)
        {
            return [];
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            if (table is null)
            {
                throw new ArgumentException("A table of the report is null.", nameof(tables));
            }
            if (!ids.Add(table.Id))
            {
                throw new ArgumentException($"Two tables of the report have the id '{table.Id}'; ids must be unique.", nameof(tables));
            }
        }
        return tables;
    }
}
