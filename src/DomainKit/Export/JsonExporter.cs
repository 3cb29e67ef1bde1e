using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;
using NodaTime.Text;

namespace DomainKit.Export;

/// <summary>
/// Writes a report as JSON in the versioned format of <c>docs/schemas/report.v1.schema.json</c>
/// (<c>"format": "domainkit-report", "version": 1</c>): texts in the options' culture, ISO dates, period ids, and
/// every figure typed (counts and amounts as integers, rates as numerator and denominator), with the text the
/// options would show beside it; a missing figure is <c>null</c>, never 0. As a data exporter it also writes a
/// whole dataset in the format of <c>docs/format.md</c>.
/// </summary>
/// <remarks>
/// Vietnamese letters are written as they are, not as \u escapes; '&lt;', '&gt;', '&amp;' and quotes are escaped,
/// so the output is safe to embed in a web page.
/// </remarks>
public sealed class JsonExporter : ExporterBase, IDatasetExporter
{
    /// <summary>The <c>format</c> member of a report file.</summary>
    public const string ReportFormat = "domainkit-report";

    /// <summary>The version of the report format this exporter writes.</summary>
    public const int ReportVersion = 1;

    private const int FlushThreshold = 1 << 16;

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Creates the exporter.</summary>
    public JsonExporter()
        : base("json", new LocalizedText("Tệp JSON", "JSON file"), "application/json", ".json")
    {
    }

    /// <inheritdoc/>
    public Task ExportDatasetAsync(Dataset dataset, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        CheckWritable(destination);
        cancellationToken.ThrowIfCancellationRequested();
        return Interchange.Json.DatasetJsonWriter.WriteAsync(dataset, destination, cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task WriteAsync(ReportDocument report, Stream destination, ExportOptions options, CancellationToken cancellationToken)
    {
        var culture = options.Culture;
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        await using var json = new Utf8JsonWriter(buffer, WriterOptions);
        json.WriteStartObject();
        json.WriteString("format", ReportFormat);
        json.WriteNumber("version", ReportVersion);
        json.WriteString("culture", culture == TextCulture.Vietnamese ? "vi-VN" : "en");
        json.WriteString("title", report.Title.In(culture));
        WriteNullable(json, "issuer", report.Issuer);
        WriteNullable(json, "number", report.Number);
        WriteNullable(json, "signer", report.Signer);
        WriteNullable(json, "place", report.Place);
        WriteNullable(json, "date", report.Date is { } date ? LocalDatePattern.Iso.Format(date) : null);
        WritePeriod(json, "period", report.Period, culture);
        json.WriteStartArray("tables");
        foreach (var table in report.Tables)
        {
            await WriteTableAsync(json, buffer, table, destination, options, cancellationToken).ConfigureAwait(false);
        }
        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("code", finding.Code);
            json.WriteString("severity", SeverityFormat.Format(finding.Severity, TextCulture.English));
            json.WriteString("entity", finding.Entity.ToString());
            WriteNullable(json, "field", finding.Field);
            json.WriteString("message", finding.Message.In(culture));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in report.Notes)
        {
            json.WriteStringValue(note.In(culture));
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await FlushAsync(json, buffer, destination, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteTableAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, DocumentTable documentTable, Stream destination,
        ExportOptions options, CancellationToken cancellationToken)
    {
        if (documentTable.Table is not { } table)
        {
            await WriteFiguresAsync(json, buffer, documentTable, destination, options, cancellationToken).ConfigureAwait(false);
            return;
        }
        var culture = options.Culture;
        var metadata = table.Metadata;
        var layout = TableLayout.Of(table, options);
        json.WriteStartObject();
        json.WriteString("id", documentTable.Id);
        json.WriteString("title", documentTable.Title.In(culture));
        json.WriteStartObject("root");
        json.WriteString("id", metadata.Root.Id.ToString());
        json.WriteString("name", metadata.Root.Name);
        json.WriteEndObject();
        WritePeriod(json, "period", metadata.Period, culture);
        json.WriteString("hierarchy", metadata.Hierarchy == Hierarchy.Organisation ? "organisation" : "territory");
        WriteNullable(json, "unitsAsOf", metadata.Basis.AsOf is { } asOf ? LocalDatePattern.Iso.Format(asOf) : null);
        json.WriteString("generatedAt", InstantPattern.ExtendedIso.Format(metadata.GeneratedAt));
        json.WriteNumber("unplacedItems", metadata.UnplacedItems);
        json.WriteStartArray("columns");
        foreach (var column in layout.Columns)
        {
            json.WriteStartObject();
            json.WriteString("code", column.Code);
            json.WriteString("header", column.Header);
            json.WriteString("kind", KindName(column.Kind));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in layout.Rows)
        {
            json.WriteStartObject();
            json.WriteString("kind", row.Kind switch { RowKind.Detail => "detail", RowKind.Subtotal => "subtotal", _ => "total" });
            json.WriteStartArray("cells");
            foreach (var cell in row.Cells)
            {
                WriteCell(json, cell);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending + buffer.WrittenCount >= FlushThreshold)
            {
                await FlushAsync(json, buffer, destination, cancellationToken).ConfigureAwait(false);
            }
        }
        json.WriteEndArray();
        json.WriteStartArray("definitions");
        foreach (var definition in metadata.Definitions)
        {
            json.WriteStringValue(definition.In(culture));
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // An indicator report, a submission's figures or a completeness table: "content" says which; each figure with
    // its range and source, each count as a number.
    private static async Task WriteFiguresAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, DocumentTable documentTable, Stream destination,
        ExportOptions options, CancellationToken cancellationToken)
    {
        var culture = options.Culture;
        var layout = TableLayout.Of(documentTable, options);
        json.WriteStartObject();
        json.WriteString("id", documentTable.Id);
        json.WriteString("title", documentTable.Title.In(culture));
        if (documentTable.Indicators is { } indicators)
        {
            json.WriteString("content", "indicators");
            json.WriteStartObject("root");
            json.WriteString("id", indicators.Query.Root.ToString());
            json.WriteString("name", indicators.Columns[^1].Name);
            json.WriteEndObject();
            WritePeriod(json, "period", indicators.Query.Period, culture);
            WriteNullable(json, "unitsAsOf", indicators.Query.Basis.AsOf is { } asOf ? LocalDatePattern.Iso.Format(asOf) : null);
            WriteNullable(json, "form", indicators.Query.FormCode);
            json.WriteString("generatedAt", InstantPattern.ExtendedIso.Format(indicators.GeneratedAt));
        }
        else if (documentTable.Completeness is { } completeness)
        {
            json.WriteString("content", documentTable.CompletenessView == CompletenessView.Units ? "completeness-units" : "completeness");
            json.WriteStartObject("root");
            json.WriteString("id", completeness.Query.Root.ToString());
            json.WriteString("name", completeness.Columns[^1].Name);
            json.WriteEndObject();
            json.WriteString("form", completeness.Form.Code);
            WritePeriod(json, "period", completeness.Query.Period, culture);
            WriteNullable(json, "dueOn", completeness.DueOn is { } due ? LocalDatePattern.Iso.Format(due) : null);
            json.WriteString("today", LocalDatePattern.Iso.Format(completeness.Today));
            json.WriteString("generatedAt", InstantPattern.ExtendedIso.Format(completeness.GeneratedAt));
        }
        else
        {
            var submission = documentTable.Submission!;
            json.WriteString("content", "submission");
            json.WriteString("unit", submission.Key.Unit.ToString());
            json.WriteString("form", submission.Key.FormCode);
            WritePeriod(json, "period", submission.Key.Period, culture);
            json.WriteNumber("version", submission.Version);
        }
        json.WriteStartArray("columns");
        foreach (var column in layout.Columns)
        {
            json.WriteStartObject();
            json.WriteString("code", column.Code);
            json.WriteString("header", column.Header);
            json.WriteString("kind", KindName(column.Kind));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in layout.Rows)
        {
            json.WriteStartObject();
            json.WriteString("kind", row.Kind switch { RowKind.Detail => "detail", RowKind.Subtotal => "subtotal", _ => "total" });
            json.WriteStartArray("cells");
            for (var c = 0; c < row.Cells.Length; c++)
            {
                var cell = row.Cells[c];
                if (cell.Figure is { } figure)
                {
                    WriteFigure(json, cell, figure);
                }
                else if (layout.Columns[c].Kind == ColumnKind.Text)
                {
                    WriteNullable(json, null, cell.Text.Length == 0 ? null : cell.Text);
                }
                else
                {
                    WriteCell(json, cell);
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending + buffer.WrittenCount >= FlushThreshold)
            {
                await FlushAsync(json, buffer, destination, cancellationToken).ConfigureAwait(false);
            }
        }
        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in layout.Notes)
        {
            json.WriteStringValue(note);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    // value: the value when exact; min and max: the range the figures allow (max null: no upper bound). Rates are
    // fractions (0.967), divided in decimal; a rate stated without its counts has its value only when stated exactly.
    private static void WriteFigure(Utf8JsonWriter json, LayoutCell cell, IndicatorCell figure)
    {
        json.WriteStartObject();
        json.WriteString("text", cell.Text);
        json.WriteString("kind", figure.Kind switch
        {
            Indicators.IndicatorKind.Count => "count",
            Indicators.IndicatorKind.Money => "money",
            Indicators.IndicatorKind.Quantity => "quantity",
            _ => "rate",
        });
        decimal? min = null, max = null;
        if (figure.Count is { } count)
        {
            (min, max) = (count.Min, count.Max);
        }
        else if (figure.Money is { } money)
        {
            (min, max) = (money.Min.Value, money.Max?.Value);
        }
        else if (figure.Quantity is { } quantity)
        {
            (min, max) = (quantity.Min, quantity.Max);
            json.WriteString("unit", quantity.Unit);
        }
        else if (figure.Rate is { } rate)
        {
            (min, max) = (Fraction(rate.Lowest), Fraction(rate.Highest));
        }
        else if (figure.StatedRate is { } stated && figure.IsExact)
        {
            (min, max) = (stated.Value / 100m, stated.Value / 100m);
        }
        WriteNumber(json, "value", figure.HasValue && figure.IsExact ? min : null);
        WriteNumber(json, "min", min);
        WriteNumber(json, "max", max);
        json.WriteBoolean("exact", figure.HasValue && figure.IsExact);
        json.WriteString("source", figure.Source switch
        {
            FigureSources.Submissions => "submissions",
            FigureSources.Records => "records",
            FigureSources.Both => "both",
            _ => "none",
        });
        json.WriteString("mark", cell.Mark);
        json.WriteStartArray("submittedBy");
        foreach (var unit in figure.SubmittedBy)
        {
            json.WriteStringValue(unit.ToString());
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static decimal? Fraction(Money.Rate? rate) => rate is { } r ? (decimal)r.Numerator / r.Denominator : null;

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string KindName(ColumnKind kind) => kind switch
    {
        ColumnKind.Dimension => "dimension",
        ColumnKind.Count => "count",
        ColumnKind.Money => "money",
        ColumnKind.Rate => "rate",
        ColumnKind.Figure => "figure",
        _ => "text",
    };

    private static void WriteCell(Utf8JsonWriter json, LayoutCell cell)
    {
        if (cell.Value is not { } value)
        {
            // A dimension cell: its key and label, or null where a subtotal or the total leaves it blank.
            if (cell.Key is null && cell.Text.Length == 0)
            {
                json.WriteNullValue();
                return;
            }
            json.WriteStartObject();
            WriteNullable(json, "key", cell.Key);
            json.WriteString("label", cell.Text);
            json.WriteEndObject();
            return;
        }
        if (!value.HasValue || (value.Kind == MeasureValueKind.Rate && value.Rate is null))
        {
            json.WriteNullValue();
            return;
        }
        json.WriteStartObject();
        switch (value.Kind)
        {
            case MeasureValueKind.Count:
                json.WriteNumber("value", value.Count!.Value);
                break;
            case MeasureValueKind.Money:
                json.WriteNumber("value", value.Money!.Value.Value);
                break;
            default:
                json.WriteNumber("numerator", value.Rate!.Value.Numerator);
                json.WriteNumber("denominator", value.Rate!.Value.Denominator);
                break;
        }
        json.WriteString("text", cell.Text);
        json.WriteEndObject();
    }

    private static void WritePeriod(Utf8JsonWriter json, string name, ReportingPeriod? period, TextCulture culture)
    {
        if (period is not { } value)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("id", value.Id);
        json.WriteString("start", LocalDatePattern.Iso.Format(value.Start));
        json.WriteString("end", LocalDatePattern.Iso.Format(value.End));
        json.WriteString("label", PeriodFormat.Format(value, culture));
        json.WriteEndObject();
    }

    // With no name, writes an array item.
    private static void WriteNullable(Utf8JsonWriter json, string? name, string? value)
    {
        if (name is null)
        {
            if (value is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStringValue(value);
            }
        }
        else if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static async Task FlushAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream destination, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        json.Flush();
        await destination.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        buffer.Clear();
    }
}
