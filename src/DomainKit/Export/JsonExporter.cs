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
        var culture = options.Culture;
        var table = documentTable.Table;
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
            json.WriteString("kind", column.Kind switch
            {
                ColumnKind.Dimension => "dimension",
                ColumnKind.Count => "count",
                ColumnKind.Money => "money",
                _ => "rate",
            });
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

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
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
