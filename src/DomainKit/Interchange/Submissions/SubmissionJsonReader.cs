using System.Globalization;
using DomainKit.Indicators;
using DomainKit.Interchange.Json;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Interchange.Submissions;

/// <summary>
/// Reads the submissions format of docs/format.md into a <see cref="SubmissionSet"/>: every record is kept or
/// reported, and the approval histories are replayed through <see cref="ApprovalHistory.Replay"/>, so that a stored
/// history is checked against the workflow rather than trusted.
/// </summary>
internal sealed class SubmissionJsonReader
{
    internal static readonly LocalizedText IndicatorRecord = new("chỉ tiêu", "indicator");
    internal static readonly LocalizedText FormRecord = new("biểu mẫu", "form");
    internal static readonly LocalizedText SubmissionRecord = new("báo cáo", "submission");
    internal static readonly LocalizedText FigureRecord = new("số liệu", "figure");
    internal static readonly LocalizedText HistoryRecord = new("lịch sử phê duyệt", "approval history");
    internal static readonly LocalizedText StepRecord = new("bước phê duyệt", "approval step");

    private static readonly string[] Sections = ["format", "version", "indicators", "forms", "submissions", "approvals"];

    private readonly SubmissionReading reading;
    private readonly List<Indicator> indicators = [];
    private readonly List<Form> forms = [];
    private readonly List<Submission> submissions = [];
    private readonly List<ApprovalHistory> approvals = [];
    private readonly Dictionary<string, long> indicatorLines = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> formLines = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(SubmissionKey, int), long> submissionLines = [];
    private readonly Dictionary<SubmissionKey, long> historyLines = [];

    private SubmissionJsonReader(SubmissionReading reading) => this.reading = reading;

    public static async Task<SubmissionImportResult> ReadAsync(Stream source, string file, ImportOptions options, CancellationToken cancellationToken)
    {
        var reading = new SubmissionReading(file, options);
        var reader = new SubmissionJsonReader(reading);
        using var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var (root, line, column, reason) = JsonTree.Parse(buffer.GetBuffer(), (int)buffer.Length, options);
        if (root is null)
        {
            var rule = reason == Reasons.Empty ? ImportRules.UnsupportedFormat : ImportRules.MalformedInput;
            reading.Fatal(rule, line, column, null, null, ("reason", reason), ("expected", SubmissionJsonWriter.Format));
        }
        else
        {
            try
            {
                reader.Read(root);
            }
            catch (StopReadingException)
            {
                // The problem that stopped the read is the last one; what was kept stays.
            }
        }
        return reading.Result(() => new SubmissionSet(reader.submissions, reader.indicators, reader.forms, reader.approvals));
    }

    private void Read(JsonNode root)
    {
        if (root.Kind != JsonNodeKind.Object)
        {
            Unsupported(root, Reasons.NotAnObject);
            return;
        }
        var header = new JsonFields(reading, root, string.Empty, new("tệp", "document"), Sections);
        var format = root.Properties.FirstOrDefault(p => p.Name == "format").Value;
        var version = root.Properties.FirstOrDefault(p => p.Name == "version").Value;
        if (format is null)
        {
            Unsupported(root, Reasons.NoFormat);
            return;
        }
        if (format.Kind != JsonNodeKind.String || format.Text != SubmissionJsonWriter.Format)
        {
            Unsupported(format, Reasons.OtherFormat(format.Shown));
            return;
        }
        if (version is null)
        {
            Unsupported(root, Reasons.NoVersion);
            return;
        }
        if (version.Kind != JsonNodeKind.Number || version.Text != "1")
        {
            Unsupported(version, version.Kind == JsonNodeKind.Number && long.TryParse(version.Text, CultureInfo.InvariantCulture, out var newer) && newer > 1
                ? Reasons.Newer(version.Text!)
                : Reasons.NotAVersion(version.Shown));
            return;
        }
        foreach (var section in Sections[2..])
        {
            var node = header.Get(section, required: false);
            if (node is not null && node.Kind != JsonNodeKind.Array)
            {
                Unsupported(node, Reasons.NotAnArray(section));
                return;
            }
        }
        // Definitions first, whatever their place in the file, so that every submission is read against them.
        var i = 0;
        foreach (var item in header.Array("indicators", required: false))
        {
            ReadIndicator(item, $"indicators[{i++}]");
        }
        i = 0;
        foreach (var item in header.Array("forms", required: false))
        {
            ReadForm(item, $"forms[{i++}]");
        }
        i = 0;
        foreach (var item in header.Array("submissions", required: false))
        {
            ReadSubmission(item, $"submissions[{i++}]");
        }
        i = 0;
        foreach (var item in header.Array("approvals", required: false))
        {
            ReadApproval(item, $"approvals[{i++}]");
        }
    }

    private void Unsupported(JsonNode at, LocalizedText reason)
        => reading.Fatal(ImportRules.UnsupportedFormat, at.Line, at.Column, null, null, ("expected", SubmissionJsonWriter.Format), ("reason", reason));

    private bool IsObject(JsonNode item, string path, LocalizedText record)
    {
        if (item.Kind == JsonNodeKind.Object)
        {
            return true;
        }
        reading.Report(ImportRules.InvalidValue, item.Line, item.Column, path, item.Shown, true, ("field", path), ("record", record), ("expected", Expected.Object));
        return false;
    }

    private void ReadIndicator(JsonNode item, string path)
    {
        reading.Count(1, item.Line, item.Column);
        if (!IsObject(item, path, IndicatorRecord))
        {
            return;
        }
        var f = new JsonFields(reading, item, path, IndicatorRecord,
            "code", "name", "kind", "unit", "overTime", "overUnits", "disaggregations", "numerator", "denominator", "measure");
        var code = f.Code("code", required: true);
        var name = Names(f, "name", required: true);
        var kind = f.Code("kind", SubmissionCodes.Kinds, required: true);
        var unit = Names(f, "unit", required: false);
        var overTime = f.Code("overTime", SubmissionCodes.OverTime, required: false);
        var overUnits = f.Code("overUnits", SubmissionCodes.OverUnits, required: false);
        var disaggregations = f.Codes("disaggregations");
        var numerator = f.Code("numerator", required: false);
        var denominator = f.Code("denominator", required: false);
        var measure = f.Code("measure", required: false);
        if (f.Failed || code is null || kind is null || disaggregations is null)
        {
            return;
        }
        Indicator indicator;
        try
        {
            indicator = new Indicator(code, name ?? default, kind.Value)
            {
                Unit = unit,
                OverTime = overTime ?? (kind == IndicatorKind.Rate ? TimeAggregation.Recompute : TimeAggregation.Sum),
                OverUnits = overUnits ?? (kind == IndicatorKind.Rate ? HierarchyAggregation.Recompute : HierarchyAggregation.Sum),
                Disaggregations = [.. disaggregations],
                Numerator = numerator,
                Denominator = denominator,
                MeasureCode = measure,
            };
        }
        catch (ArgumentException e)
        {
            f.Fail(item, "code", SubmissionReading.Why(e));
            return;
        }
        if (indicatorLines.TryGetValue(indicator.Code, out var first))
        {
            reading.Report(ImportRules.DuplicateDefinition, item.Line, item.Column, f.Path("code"), code, true,
                ("record", IndicatorRecord), ("code", code), ("first", first));
            return;
        }
        indicatorLines.Add(indicator.Code, item.Line);
        indicators.Add(indicator);
        reading.Kept++;
    }

    private void ReadForm(JsonNode item, string path)
    {
        reading.Count(1, item.Line, item.Column);
        if (!IsObject(item, path, FormRecord))
        {
            return;
        }
        var f = new JsonFields(reading, item, path, FormRecord, "code", "name", "periodKind", "items", "submitters", "dueAfter");
        var code = f.Code("code", required: true);
        var name = Names(f, "name", required: true);
        var periodKind = f.Code("periodKind", SubmissionCodes.PeriodKinds, required: true);
        var items = new List<FormItem>();
        var i = 0;
        foreach (var node in f.Array("items", required: true))
        {
            var itemPath = $"{path}.items[{i++}]";
            if (!IsObject(node, itemPath, FormRecord))
            {
                f.Fail(node, $"items[{i - 1}]", Expected.Object);
                continue;
            }
            var g = new JsonFields(reading, node, itemPath, FormRecord, "indicator", "disaggregations");
            var indicator = g.Code("indicator", required: true);
            var breakdowns = g.Codes("disaggregations");
            if (g.Failed || indicator is null || breakdowns is null)
            {
                f.Fail(node, $"items[{i - 1}]", Expected.Object);
                continue;
            }
            try
            {
                items.Add(new FormItem(indicator, breakdowns));
            }
            catch (ArgumentException e)
            {
                g.Fail(node, "indicator", SubmissionReading.Why(e));
                f.Fail(node, $"items[{i - 1}]", SubmissionReading.Why(e));
            }
        }
        var submitters = new List<UnitKind>();
        i = 0;
        foreach (var node in f.Array("submitters", required: false))
        {
            var kind = UnitKindOf(node, f, $"submitters[{i++}]");
            if (kind is not null)
            {
                submitters.Add(kind);
            }
        }
        Period? dueAfter = null;
        if (f.Text("dueAfter", required: false) is { } due)
        {
            var parsed = PeriodPattern.Roundtrip.Parse(due);
            if (parsed.Success)
            {
                dueAfter = parsed.Value;
            }
            else
            {
                f.Fail(f.Get("dueAfter", false)!, "dueAfter", new("một khoảng thời gian ISO 8601 như P15D", "an ISO 8601 period such as P15D"));
            }
        }
        if (f.Failed || code is null || periodKind is null)
        {
            return;
        }
        Form form;
        try
        {
            form = new Form(code, name ?? default, periodKind.Value, items) { Submitters = [.. submitters], DueAfter = dueAfter };
        }
        catch (ArgumentException e)
        {
            f.Fail(item, "items", SubmissionReading.Why(e));
            return;
        }
        if (formLines.TryGetValue(form.Code, out var first))
        {
            reading.Report(ImportRules.DuplicateDefinition, item.Line, item.Column, f.Path("code"), code, true,
                ("record", FormRecord), ("code", code), ("first", first));
            return;
        }
        formLines.Add(form.Code, item.Line);
        forms.Add(form);
        reading.Kept++;
    }

    private UnitKind? UnitKindOf(JsonNode node, JsonFields f, string name)
    {
        if (node.Kind == JsonNodeKind.String && !string.IsNullOrWhiteSpace(node.Text))
        {
            return UnitKind.BuiltIn.FirstOrDefault(k => string.Equals(k.Code, node.Text, StringComparison.OrdinalIgnoreCase))
                ?? new UnitKind(node.Text, new(node.Text, node.Text));
        }
        if (node.Kind == JsonNodeKind.Object)
        {
            var g = new JsonFields(reading, node, f.Path(name), FormRecord, "code", "name");
            var code = g.Code("code", required: true);
            var names = Names(g, "name", required: true);
            if (!g.Failed && code is not null && names is { } n)
            {
                try
                {
                    return new UnitKind(code, n);
                }
                catch (ArgumentException e)
                {
                    g.Fail(node, "code", SubmissionReading.Why(e));
                }
            }
        }
        f.Fail(node, name, Expected.Classifier);
        return null;
    }

    private LocalizedText? Names(JsonFields f, string name, bool required)
    {
        var node = f.Object(name, required);
        if (node is null)
        {
            return null;
        }
        var g = new JsonFields(reading, node, f.Path(name), new("tên", "name"), "vi", "en");
        var vi = g.Text("vi", required: false);
        var en = g.Text("en", required: false);
        if (vi is null && en is null && !g.Failed)
        {
            return default(LocalizedText);
        }
        if (vi is null || en is null)
        {
            f.Fail(node, name, new("một đối tượng {\"vi\": …, \"en\": …}", "an object {\"vi\": …, \"en\": …}"));
            return null;
        }
        return new LocalizedText(vi, en);
    }

    private SubmissionKey? Key(JsonFields f)
    {
        var unit = f.Code("unit", required: true);
        var form = f.Code("form", required: true);
        var periodNode = f.Get("period", required: true);
        ReportingPeriod? period = null;
        if (periodNode is not null)
        {
            var read = periodNode.Kind == JsonNodeKind.String ? ReportingPeriod.Read(periodNode.Text) : default;
            if (periodNode.Kind == JsonNodeKind.String && read.TryGetValue(out var p))
            {
                period = p;
            }
            else
            {
                f.Fail(periodNode, "period", periodNode.Kind == JsonNodeKind.String ? ImportRules.Because(Expected.Period, ParseFailures.Reason(read.Failure)) : Expected.Period);
            }
        }
        return unit is null || form is null || period is null ? null : new SubmissionKey(new UnitId(unit), form, period.Value);
    }

    private LocalDate? Date(JsonFields f, string name)
    {
        var text = f.Text(name, required: false);
        if (text is null)
        {
            return null;
        }
        var parsed = SubmissionJsonWriter.DatePattern.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }
        f.Fail(f.Get(name, false)!, name, Expected.Date);
        return null;
    }

    private void ReadSubmission(JsonNode item, string path)
    {
        reading.Count(1, item.Line, item.Column);
        if (!IsObject(item, path, SubmissionRecord))
        {
            return;
        }
        var f = new JsonFields(reading, item, path, SubmissionRecord, "unit", "form", "period", "version", "filedOn", "document", "figures");
        var key = Key(f);
        var version = f.Integer("version", required: true, min: 1);
        var filedOn = Date(f, "filedOn");
        SubmissionDocument? document = null;
        if (f.Object("document", required: false) is { } documentNode)
        {
            var d = new JsonFields(reading, documentNode, f.Path("document"), SubmissionRecord, "number", "date", "title", "issuer", "signer");
            document = new SubmissionDocument
            {
                Number = d.Text("number", false),
                Date = Date(d, "date"),
                Title = d.Text("title", false),
                Issuer = d.Text("issuer", false),
                Signer = d.Text("signer", false),
            };
            if (d.Failed)
            {
                f.Fail(documentNode, "document", Expected.Object);
            }
        }
        var figureNodes = f.Array("figures", required: false);
        reading.Count(figureNodes.Count, item.Line, item.Column);
        if (f.Failed || key is null || version is null || version > int.MaxValue)
        {
            if (version > int.MaxValue)
            {
                f.Fail(f.Get("version", false)!, "version", Expected.Count);
            }
            return;
        }
        var figures = new List<SubmittedFigure>(figureNodes.Count);
        var i = 0;
        foreach (var node in figureNodes)
        {
            var figure = ReadFigure(node, $"{path}.figures[{i++}]");
            if (figure is not null)
            {
                figures.Add(figure);
            }
        }
        if (submissionLines.TryGetValue((key.Value, (int)version), out var first))
        {
            reading.Report(ImportRules.DuplicateSubmission, item.Line, item.Column, f.Path("version"), version.Value.ToString(CultureInfo.InvariantCulture), true,
                ("key", key.Value.ToString()), ("version", version.Value), ("first", first));
            return;
        }
        submissionLines.Add((key.Value, (int)version), item.Line);
        submissions.Add(new Submission { Key = key.Value, Version = (int)version, FiledOn = filedOn, Document = document, Figures = [.. figures] });
        reading.Kept += 1 + figures.Count;
    }

    private SubmittedFigure? ReadFigure(JsonNode item, string path)
    {
        if (!IsObject(item, path, FigureRecord))
        {
            return null;
        }
        var f = new JsonFields(reading, item, path, FigureRecord, "indicator", "keys", "value", "quote");
        var indicator = f.Code("indicator", required: true);
        var keys = new List<FigureKey>();
        var i = 0;
        foreach (var node in f.Array("keys", required: false))
        {
            var keyPath = $"keys[{i++}]";
            if (node.Kind != JsonNodeKind.Object)
            {
                f.Fail(node, keyPath, Expected.Object);
                continue;
            }
            var g = new JsonFields(reading, node, f.Path(keyPath), FigureRecord, "dimension", "value");
            var dimension = g.Text("dimension", required: false);
            var value = g.Text("value", required: false);
            if (g.Failed)
            {
                f.Fail(node, keyPath, Expected.Object);
                continue;
            }
            keys.Add(new FigureKey(dimension!, value!));
        }
        var valueNode = f.Object("value", required: true);
        var quote = f.Text("quote", required: false);
        var figureValue = valueNode is null ? null : ReadValue(f, valueNode, indicator);
        if (f.Failed || indicator is null || figureValue is null)
        {
            return null;
        }
        return new SubmittedFigure(indicator, figureValue) { Keys = [.. keys], Quote = quote };
    }

    private FigureValue? ReadValue(JsonFields figure, JsonNode node, string? indicator)
    {
        var f = new JsonFields(reading, node, figure.Path("value"), FigureRecord, "kind", "value", "resolution", "unit", "qualifier");
        var kind = f.Code("kind", SubmissionCodes.Kinds, required: true);
        var qualifier = f.Code("qualifier", SubmissionCodes.Qualifiers, required: false) ?? AmountQualifier.None;
        FigureValue? result = null;
        try
        {
            switch (kind)
            {
                case IndicatorKind.Count:
                    var count = f.Integer("value", true);
                    var countResolution = f.Integer("resolution", false) ?? 1;
                    if (count is not null && !f.Failed)
                    {
                        result = FigureValue.Of(new StatedCount(count.Value, countResolution, qualifier));
                    }
                    break;
                case IndicatorKind.Money:
                    var amount = f.Integer("value", true);
                    var moneyResolution = f.Integer("resolution", false) ?? 1;
                    if (amount is not null && !f.Failed)
                    {
                        result = FigureValue.Of(new StatedDong(new Dong(amount.Value), new Dong(moneyResolution), qualifier));
                    }
                    break;
                case IndicatorKind.Quantity:
                    var quantity = f.Decimal("value", true);
                    var quantityResolution = f.Decimal("resolution", false) ?? 1m;
                    var unit = f.Text("unit", true);
                    if (quantity is not null && unit is not null && !f.Failed)
                    {
                        result = FigureValue.Of(new StatedQuantity(quantity.Value, quantityResolution, unit, qualifier));
                    }
                    break;
                case IndicatorKind.Rate:
                    var percent = f.Decimal("value", true);
                    if (percent is not null && !f.Failed)
                    {
                        result = FigureValue.Of(new StatedRate(percent.Value, qualifier));
                    }
                    break;
            }
        }
        catch (ArgumentException e)
        {
            reading.Report(ImportRules.UnreadableFigure, node.Line, node.Column, figure.Path("value"), node.Shown, true,
                ("value", Describe(f, node)), ("indicator", indicator), ("expected", SubmissionReading.Expected(kind!.Value)), ("reason", SubmissionReading.Why(e)));
            figure.Fail(node, "value", SubmissionReading.Expected(kind!.Value));
            return null;
        }
        if (f.Failed || result is null)
        {
            figure.Fail(node, "value", kind is { } k ? SubmissionReading.Expected(k) : Expected.Object);
        }
        return result;
    }

    private static string Describe(JsonFields f, JsonNode node)
        => string.Join(", ", node.Properties.Select(p => $"{p.Name}: {p.Value.Shown}"));

    private void ReadApproval(JsonNode item, string path)
    {
        reading.Count(1, item.Line, item.Column);
        if (!IsObject(item, path, HistoryRecord))
        {
            return;
        }
        var f = new JsonFields(reading, item, path, HistoryRecord, "unit", "form", "period", "steps");
        var key = Key(f);
        var stepNodes = f.Array("steps", required: true);
        // The history record itself counts as one record, as a submission does; its steps are records of their own.
        reading.Count(stepNodes.Count, item.Line, item.Column);
        if (f.Failed || key is null)
        {
            return;
        }
        if (historyLines.TryGetValue(key.Value, out var first))
        {
            reading.Report(ImportRules.DuplicateDefinition, item.Line, item.Column, path, key.Value.ToString(), true,
                ("record", HistoryRecord), ("code", key.Value.ToString()), ("first", first));
            return;
        }
        var steps = new List<(ApprovalStep Step, JsonNode Node, string Path)>();
        var i = 0;
        foreach (var node in stepNodes)
        {
            var stepPath = $"{path}.steps[{i++}]";
            var step = ReadStep(node, stepPath);
            if (step is not null)
            {
                steps.Add((step, node, stepPath));
            }
        }
        var replay = ApprovalHistory.Replay(key.Value, steps.Select(s => s.Step));
        foreach (var problem in replay.Problems)
        {
            var (step, node, stepPath) = steps[problem.Index];
            reading.Report(ImportRules.ApprovalStepRefused, node.Line, node.Column, stepPath, SubmissionCodes.Actions.CodeOf(step.Action), true,
                ("index", problem.Index), ("action", SubmissionCodes.Actions.CodeOf(step.Action)), ("key", key.Value.ToString()), ("reason", problem.Reason));
        }
        historyLines.Add(key.Value, item.Line);
        approvals.Add(replay.History);
        reading.Kept += 1 + replay.History.Steps.Length;
    }

    private ApprovalStep? ReadStep(JsonNode item, string path)
    {
        if (!IsObject(item, path, StepRecord))
        {
            return null;
        }
        var f = new JsonFields(reading, item, path, StepRecord, "action", "actor", "at", "version", "stateAfter", "reason", "approvingUnit");
        var action = f.Code("action", SubmissionCodes.Actions, required: true);
        var actor = f.Code("actor", required: true);
        Instant? at = null;
        if (f.Text("at", required: true) is { } atText)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(atText);
            if (parsed.Success)
            {
                at = parsed.Value;
            }
            else
            {
                f.Fail(f.Get("at", false)!, "at", new("một thời điểm ISO 8601 UTC như 2023-07-10T03:00:00Z", "an ISO 8601 instant in UTC such as 2023-07-10T03:00:00Z"));
            }
        }
        var version = f.Integer("version", required: true, min: 1);
        var state = f.Code("stateAfter", SubmissionCodes.States, required: true);
        var reason = f.Text("reason", required: false);
        var approvingUnit = f.Code("approvingUnit", required: false);
        if (approvingUnit is not null && action is not (ApprovalAction.Approve or ApprovalAction.Lock))
        {
            f.Fail(f.Get("approvingUnit", false)!, "approvingUnit", new("không có: chỉ bước phê duyệt hay khóa mới ghi đơn vị phê duyệt", "nothing: only an approval or a lock names an approving unit"));
        }
        if (version > int.MaxValue)
        {
            f.Fail(f.Get("version", false)!, "version", Expected.Count);
        }
        if (f.Failed || action is null || actor is null || at is null || version is null || state is null)
        {
            return null;
        }
        return new ApprovalStep(action.Value, actor, at.Value, (int)version.Value, state.Value, reason, approvingUnit is null ? (UnitId?)null : new UnitId(approvingUnit));
    }
}
