using System.Globalization;
using System.Text;
using DomainKit.Interchange.Csv;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Interchange.Submissions;

/// <summary>
/// Reads and writes the figures sheet of docs/format.md: one row a figure, with its report's unit, form, period and
/// version, and the value as officers write it in Vietnamese. Rows of one unit, form, period and version make one
/// submission.
/// </summary>
internal static class FiguresSheetFormat
{
    public const int Unit = 0, Form = 1, Period = 2, Version = 3, FiledOn = 4, Number = 5, Date = 6, Title = 7, Issuer = 8, Signer = 9,
        Indicator = 10, Keys = 11, Value = 12, Quote = 13;

    public static readonly CsvTable Table = new("figures.csv", new("số liệu", "figure"),
        new CsvColumn("unit", "đơn vị"), new CsvColumn("form", "biểu mẫu"), new CsvColumn("period", "kỳ báo cáo"),
        new CsvColumn("version", "phiên bản"), new CsvColumn("filedOn", "ngày gửi"), new CsvColumn("document.number", "số văn bản"),
        new CsvColumn("document.date", "ngày văn bản"), new CsvColumn("document.title", "trích yếu"), new CsvColumn("document.issuer", "cơ quan ban hành"),
        new CsvColumn("document.signer", "người ký"), new CsvColumn("indicator", "chỉ tiêu"), new CsvColumn("keys", "phân tổ"),
        new CsvColumn("value", "giá trị"), new CsvColumn("quote", "trích dẫn"));

    public static async Task WriteAsync(SubmissionSet set, Stream destination, CsvOptions options, CancellationToken cancellationToken)
    {
        var text = new StreamWriter(destination, new UTF8Encoding(options.ByteOrderMark), 1 << 16, leaveOpen: true);
        await using (text.ConfigureAwait(false))
        {
            var csv = new CsvWriter(text, options.Delimiter, CsvQuoting.ExactFormulaSafe, TextCulture.Vietnamese);
            await csv.RowAsync(Table.Columns.Select(c => c.Header(options.Culture)), cancellationToken).ConfigureAwait(false);
            foreach (var submission in set.Submissions)
            {
                // A submission without figures is still a row, so that it is not lost.
                var figures = submission.Figures.IsEmpty ? [null] : submission.Figures.Cast<SubmittedFigure?>();
                foreach (var figure in figures)
                {
                    csv.Text(submission.Key.Unit.Value);
                    csv.Text(submission.Key.FormCode);
                    csv.Text(submission.Key.Period.Id);
                    csv.Text(submission.Version.ToString(CultureInfo.InvariantCulture));
                    csv.Date(submission.FiledOn);
                    csv.Text(submission.Document?.Number);
                    csv.Date(submission.Document?.Date);
                    csv.Text(submission.Document?.Title);
                    csv.Text(submission.Document?.Issuer);
                    csv.Text(submission.Document?.Signer);
                    csv.Text(figure?.IndicatorCode);
                    csv.Text(figure is null || figure.Keys.IsEmpty ? null : string.Join("; ", figure.Keys.Select(k => $"{k.Dimension}={k.Value}")));
                    csv.Text(figure?.Value.ToString(TextCulture.Vietnamese));
                    csv.Text(figure?.Quote);
                    await csv.EndRowAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class Slot
    {
        public required long Line { get; init; }
        public required string?[] Shared { get; init; }
        public List<SubmittedFigure> Figures { get; } = [];
    }

    public static async Task<SubmissionImportResult> ReadAsync(Stream source, string file, SubmissionSet definitions, ImportOptions options, CancellationToken cancellationToken)
    {
        var reading = new SubmissionReading(file, options);
        var slots = new Dictionary<(SubmissionKey, int), Slot>();
        var order = new List<(SubmissionKey Key, int Version)>();
        try
        {
            var tokenizer = new CsvTokenizer(source, options.MaxFieldLength);
            await tokenizer.DetectDelimiterAsync(cancellationToken).ConfigureAwait(false);
            if (await tokenizer.ReadRowAsync(cancellationToken).ConfigureAwait(false) != CsvToken.Row)
            {
                reading.Fatal(ImportRules.UnsupportedFormat, 1, 0, null, null, ("expected", "figures sheet"), ("reason", new LocalizedText("tệp rỗng, không có dòng tiêu đề", "the input is empty, with no header row")));
                return reading.Result(() => definitions);
            }
            var fieldOf = Enumerable.Repeat(-1, Table.Columns.Count).ToArray();
            for (var i = 0; i < tokenizer.FieldCount; i++)
            {
                var header = tokenizer.Field(i);
                var column = Table.ColumnOf(header);
                if (column < 0 || fieldOf[column] >= 0)
                {
                    reading.Report(ImportRules.UnknownField, 1, i + 1, header, null, false, ("field", header));
                }
                else
                {
                    fieldOf[column] = i;
                }
            }
            while (true)
            {
                var token = await tokenizer.ReadRowAsync(cancellationToken).ConfigureAwait(false);
                if (token == CsvToken.End)
                {
                    break;
                }
                if (token != CsvToken.Row)
                {
                    reading.Count(1, tokenizer.RowLine, 0);
                    reading.Fatal(ImportRules.MalformedInput, tokenizer.RowLine, 0, null, null, ("reason", token == CsvToken.TooLong
                        ? Json.Reasons.TooLong(options.MaxFieldLength)
                        : new LocalizedText("tệp có dấu ngoặc kép chưa đóng hoặc byte không phải UTF-8", "the input holds an open quote or bytes that are not UTF-8")));
                    if (token == CsvToken.TooLong)
                    {
                        continue;
                    }
                    break;
                }
                ReadRow(reading, tokenizer, fieldOf, definitions, slots, order);
            }
        }
        catch (StopReadingException)
        {
            // The problem that stopped the read is the last one; what was kept stays.
        }
        return reading.Result(() => new SubmissionSet(
            order.Select(o => (o, slots[o])).Select(p => new Submission
            {
                Key = p.o.Key,
                Version = p.o.Version,
                FiledOn = p.Item2.Shared[0] is { } filed && CsvValues.TryDate(filed, out var f) ? f : null,
                Document = Document(p.Item2.Shared),
                Figures = [.. p.Item2.Figures],
            }),
            definitions.Indicators, definitions.Forms));
    }

    private static SubmissionDocument? Document(string?[] shared)
        => shared[1..].All(s => s is null) ? null : new SubmissionDocument
        {
            Number = shared[1],
            Date = shared[2] is { } d && CsvValues.TryDate(d, out var date) ? date : null,
            Title = shared[3],
            Issuer = shared[4],
            Signer = shared[5],
        };

    private static void ReadRow(SubmissionReading reading, CsvTokenizer tokenizer, int[] fieldOf, SubmissionSet definitions,
        Dictionary<(SubmissionKey, int), Slot> slots, List<(SubmissionKey, int)> order)
    {
        var line = tokenizer.RowLine;
        reading.Count(1, line, 0);
        var failed = false;
        string? Cell(int column)
        {
            var index = fieldOf[column];
            if (index < 0 || index >= tokenizer.FieldCount || (tokenizer.IsEmpty(index) && !tokenizer.IsQuoted(index)))
            {
                return null;
            }
            var text = tokenizer.IsQuoted(index) ? tokenizer.Field(index) : tokenizer.Field(index).Trim();
            return text.Length == 0 && !tokenizer.IsQuoted(index) ? null : SheetText.Unguard(UnsafeText.Unescape(text));
        }
        string? Required(int column)
        {
            var text = Cell(column);
            if (string.IsNullOrWhiteSpace(text))
            {
                failed = true;
                reading.Report(ImportRules.MissingField, line, fieldOf[column] + 1, Table.Columns[column].English, null, true,
                    ("record", Table.Record), ("field", Table.Columns[column].English));
                return null;
            }
            return text;
        }
        void Invalid(int column, string? text, LocalizedText expected)
        {
            failed = true;
            reading.Report(ImportRules.InvalidValue, line, fieldOf[column] + 1, Table.Columns[column].English, text, true,
                ("field", Table.Columns[column].English), ("record", Table.Record), ("expected", expected));
        }
        var unit = Required(Unit);
        var form = Required(Form);
        var periodText = Required(Period);
        ReportingPeriod period = default;
        if (periodText is not null)
        {
            var read = ReportingPeriod.Read(periodText);
            if (!read.TryGetValue(out period))
            {
                Invalid(Period, periodText, ImportRules.Because(Json.Expected.Period, ParseFailures.Reason(read.Failure)));
            }
        }
        var version = 1;
        if (Cell(Version) is { } versionText && (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out version) || version < 1))
        {
            Invalid(Version, versionText, new("một số nguyên từ 1", "a whole number from 1"));
        }
        foreach (var column in (ReadOnlySpan<int>)[FiledOn, Date])
        {
            if (Cell(column) is { } dateText && !CsvValues.TryDate(dateText, out _))
            {
                Invalid(column, dateText, Json.Expected.Date);
            }
        }
        var indicator = Cell(Indicator);
        var keysText = Cell(Keys);
        var valueText = Cell(Value);
        var quote = Cell(Quote);
        SubmittedFigure? figure = null;
        if (indicator is not null || valueText is not null || keysText is not null || quote is not null)
        {
            indicator = Required(Indicator);
            valueText = Required(Value);
            var keys = new List<FigureKey>();
            foreach (var part in (keysText ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    Invalid(Keys, keysText, new("các cặp phân tổ=giá trị cách nhau bằng dấu chấm phẩy (field-root=economy; purpose=tet-gifts)", "dimension=value pairs separated by semicolons (field-root=economy; purpose=tet-gifts)"));
                    break;
                }
                keys.Add(new FigureKey(part[..equals].Trim(), part[(equals + 1)..].Trim()));
            }
            if (indicator is not null && valueText is not null)
            {
                var known = definitions.FindIndicator(indicator);
                if (known is null)
                {
                    failed = true;
                    reading.Report(ImportRules.UnknownIndicator, line, fieldOf[Indicator] + 1, Table.Columns[Indicator].English, indicator, true, ("indicator", indicator));
                }
                else
                {
                    var value = FigureValue.Read(valueText, known.Kind, TextCulture.Vietnamese);
                    if (value.TryGetValue(out var stated))
                    {
                        figure = new SubmittedFigure(indicator, stated) { Keys = [.. keys], Quote = quote };
                    }
                    else
                    {
                        failed = true;
                        reading.Report(ImportRules.UnreadableFigure, line, fieldOf[Value] + 1, Table.Columns[Value].English, valueText, true,
                            ("value", valueText), ("indicator", indicator), ("expected", SubmissionReading.Expected(known.Kind)), ("reason", ParseFailures.Reason(value.Failure)));
                    }
                }
            }
        }
        if (failed || unit is null || form is null)
        {
            return;
        }
        var key = new SubmissionKey(new UnitId(unit), form, period);
        string?[] shared = [Cell(FiledOn), Cell(Number), Cell(Date), Cell(Title), Cell(Issuer), Cell(Signer)];
        if (!slots.TryGetValue((key, version), out var slot))
        {
            slot = new Slot { Line = line, Shared = shared };
            slots.Add((key, version), slot);
            order.Add((key, version));
        }
        else
        {
            int[] columns = [FiledOn, Number, Date, Title, Issuer, Signer];
            for (var i = 0; i < shared.Length; i++)
            {
                if (shared[i] is not null && !string.Equals(shared[i], slot.Shared[i], StringComparison.Ordinal))
                {
                    if (slot.Shared[i] is null)
                    {
                        slot.Shared[i] = shared[i];
                        continue;
                    }
                    reading.Report(ImportRules.ConflictingRow, line, fieldOf[columns[i]] + 1, Table.Columns[columns[i]].English, shared[i], false,
                        ("field", Table.Columns[columns[i]].English), ("key", $"{key} v{version.ToString(CultureInfo.InvariantCulture)}"), ("value", shared[i]),
                        ("first", slot.Line), ("other", slot.Shared[i]));
                }
            }
        }
        if (figure is not null)
        {
            slot.Figures.Add(figure);
        }
        reading.Kept++;
    }
}
