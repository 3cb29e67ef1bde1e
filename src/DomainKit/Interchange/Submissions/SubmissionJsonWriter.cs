using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DomainKit.Indicators;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Interchange.Submissions;

/// <summary>Writes a <see cref="SubmissionSet"/> as the submissions format of docs/format.md.</summary>
internal static class SubmissionJsonWriter
{
    public const string Format = "domainkit-submissions";

    public const int Version = 1;

    // As the dataset writer: every letter as UTF-8, the HTML-sensitive characters escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    // 'uuuu' keeps the sign of a year before 1, as the dataset format does.
    public static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    public static async Task WriteAsync(SubmissionSet set, Stream destination, CancellationToken cancellationToken)
    {
        var w = new Utf8JsonWriter(destination, Options);
        await using (w.ConfigureAwait(false))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteNumber("version", Version);
            w.WriteStartArray("indicators");
            foreach (var indicator in set.Indicators)
            {
                WriteIndicator(w, indicator);
                await FlushAsync(w, cancellationToken).ConfigureAwait(false);
            }
            w.WriteEndArray();
            w.WriteStartArray("forms");
            foreach (var form in set.Forms)
            {
                WriteForm(w, form);
                await FlushAsync(w, cancellationToken).ConfigureAwait(false);
            }
            w.WriteEndArray();
            w.WriteStartArray("submissions");
            foreach (var submission in set.Submissions)
            {
                WriteSubmission(w, submission);
                await FlushAsync(w, cancellationToken).ConfigureAwait(false);
            }
            w.WriteEndArray();
            w.WriteStartArray("approvals");
            foreach (var history in set.Approvals)
            {
                WriteApproval(w, history);
                await FlushAsync(w, cancellationToken).ConfigureAwait(false);
            }
            w.WriteEndArray();
            w.WriteEndObject();
            await w.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask FlushAsync(Utf8JsonWriter w, CancellationToken cancellationToken)
    {
        if (w.BytesPending >= 64 * 1024)
        {
            await w.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteIndicator(Utf8JsonWriter w, Indicator indicator)
    {
        w.WriteStartObject();
        w.WriteString("code", indicator.Code);
        WriteNames(w, "name", indicator.Name);
        w.WriteString("kind", SubmissionCodes.Kinds.CodeOf(indicator.Kind));
        if (indicator.Unit is { } unit)
        {
            WriteNames(w, "unit", unit);
        }
        w.WriteString("overTime", SubmissionCodes.OverTime.CodeOf(indicator.OverTime));
        w.WriteString("overUnits", SubmissionCodes.OverUnits.CodeOf(indicator.OverUnits));
        WriteCodes(w, "disaggregations", indicator.Disaggregations);
        WriteOptional(w, "numerator", indicator.Numerator);
        WriteOptional(w, "denominator", indicator.Denominator);
        WriteOptional(w, "measure", indicator.MeasureCode);
        w.WriteEndObject();
    }

    private static void WriteForm(Utf8JsonWriter w, Form form)
    {
        w.WriteStartObject();
        w.WriteString("code", form.Code);
        WriteNames(w, "name", form.Name);
        w.WriteString("periodKind", SubmissionCodes.PeriodKinds.CodeOf(form.PeriodKind));
        w.WriteStartArray("items");
        foreach (var item in form.Items)
        {
            w.WriteStartObject();
            w.WriteString("indicator", item.IndicatorCode);
            WriteCodes(w, "disaggregations", item.Disaggregations);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("submitters");
        foreach (var kind in form.Submitters)
        {
            if (UnitKind.BuiltIn.Any(k => ReferenceEquals(k, kind) || (k.Code == kind.Code && k.Name == kind.Name)))
            {
                w.WriteStringValue(kind.Code);
            }
            else
            {
                w.WriteStartObject();
                w.WriteString("code", kind.Code);
                WriteNames(w, "name", kind.Name);
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
        if (form.DueAfter is { } due)
        {
            w.WriteString("dueAfter", PeriodPattern.Roundtrip.Format(due));
        }
        w.WriteEndObject();
    }

    private static void WriteSubmission(Utf8JsonWriter w, Submission submission)
    {
        w.WriteStartObject();
        WriteKey(w, submission.Key);
        w.WriteNumber("version", submission.Version);
        if (submission.FiledOn is { } filed)
        {
            w.WriteString("filedOn", DatePattern.Format(filed));
        }
        if (submission.Document is { } document)
        {
            w.WriteStartObject("document");
            WriteOptional(w, "number", document.Number);
            if (document.Date is { } date)
            {
                w.WriteString("date", DatePattern.Format(date));
            }
            WriteOptional(w, "title", document.Title);
            WriteOptional(w, "issuer", document.Issuer);
            WriteOptional(w, "signer", document.Signer);
            w.WriteEndObject();
        }
        w.WriteStartArray("figures");
        foreach (var figure in submission.Figures)
        {
            w.WriteStartObject();
            w.WriteString("indicator", figure.IndicatorCode);
            w.WriteStartArray("keys");
            foreach (var key in figure.Keys)
            {
                w.WriteStartObject();
                w.WriteString("dimension", key.Dimension);
                w.WriteString("value", key.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WritePropertyName("value");
            WriteValue(w, figure.Value);
            WriteOptional(w, "quote", figure.Quote);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // A value is written as its parts, not as text: the nominal value, the place of its last written digit and the
    // qualifier read back exactly, whatever a culture's writing would round or group.
    private static void WriteValue(Utf8JsonWriter w, FigureValue value)
    {
        w.WriteStartObject();
        w.WriteString("kind", SubmissionCodes.Kinds.CodeOf(value.Kind));
        var qualifier = Money.AmountQualifier.None;
        switch (value.Kind)
        {
            case IndicatorKind.Count:
                var count = value.Count!.Value;
                w.WriteNumber("value", count.Value);
                if (count.Resolution != 1)
                {
                    w.WriteNumber("resolution", count.Resolution);
                }
                qualifier = count.Qualifier;
                break;
            case IndicatorKind.Money:
                var money = value.Money!.Value;
                w.WriteNumber("value", money.Value.Value);
                if (money.Resolution.Value != 1)
                {
                    w.WriteNumber("resolution", money.Resolution.Value);
                }
                qualifier = money.Qualifier;
                break;
            case IndicatorKind.Quantity:
                var quantity = value.Quantity!.Value;
                w.WriteNumber("value", quantity.Value);
                if (quantity.Resolution != 1m)
                {
                    w.WriteNumber("resolution", quantity.Resolution);
                }
                w.WriteString("unit", quantity.Unit);
                qualifier = quantity.Qualifier;
                break;
            default:
                var rate = value.Rate!.Value;
                w.WriteNumber("value", rate.Value);
                qualifier = rate.Qualifier;
                break;
        }
        if (qualifier != Money.AmountQualifier.None)
        {
            w.WriteString("qualifier", SubmissionCodes.Qualifiers.CodeOf(qualifier));
        }
        w.WriteEndObject();
    }

    private static void WriteApproval(Utf8JsonWriter w, ApprovalHistory history)
    {
        w.WriteStartObject();
        WriteKey(w, history.Key);
        w.WriteStartArray("steps");
        foreach (var step in history.Steps)
        {
            w.WriteStartObject();
            w.WriteString("action", SubmissionCodes.Actions.CodeOf(step.Action));
            w.WriteString("actor", step.Actor);
            w.WriteString("at", InstantPattern.ExtendedIso.Format(step.At));
            w.WriteNumber("version", step.Version);
            w.WriteString("stateAfter", SubmissionCodes.States.CodeOf(step.StateAfter));
            WriteOptional(w, "reason", step.Reason);
            if (step.ApprovingUnit is { } unit)
            {
                w.WriteString("approvingUnit", unit.Value);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteKey(Utf8JsonWriter w, SubmissionKey key)
    {
        w.WriteString("unit", key.Unit.Value);
        w.WriteString("form", key.FormCode);
        w.WriteString("period", key.Period.Id);
    }

    private static void WriteNames(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        w.WriteString("vi", text.Vietnamese);
        w.WriteString("en", text.English);
        w.WriteEndObject();
    }

    private static void WriteCodes(Utf8JsonWriter w, string name, IEnumerable<string> codes)
    {
        w.WriteStartArray(name);
        foreach (var code in codes)
        {
            w.WriteStringValue(code);
        }
        w.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
