using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Utility;
using NodaTime;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// The current row of one bundle file, read column by column into values. A cell that cannot be read is reported
/// (DK903 when missing, DK904 when unreadable) and marks the row as failed; every bad cell of a row is reported,
/// so that the caller can fix a row at once. A quoted cell is taken exactly; an unquoted one is trimmed of spaces,
/// and is absent when nothing is left.
/// </summary>
internal sealed class CsvRowReader
{
    private static readonly LocalizedText DateExpected = new("một ngày dạng yyyy-MM-dd hoặc dd/MM/yyyy", "a date (yyyy-MM-dd or dd/MM/yyyy)");
    private static readonly LocalizedText MoneyExpected = new("một số tiền nguyên đồng trong giới hạn 64 bit (6100542700 hoặc 6.100.542.700)", "a whole number of đồng within 64 bits (6100542700 or 6.100.542.700)");
    private static readonly LocalizedText CountExpected = new("một số nguyên trong giới hạn 32 bit", "a whole number within 32 bits");
    private static readonly LocalizedText QuantityExpected = new(
        "một số mà kiểu decimal giữ được chính xác (2500, 2500,5, 2.500,5 hoặc 2500.5)", "a number a decimal holds exactly (2500, 2500,5, 2.500,5 or 2500.5)");
    private static readonly LocalizedText PeriodExpected = new("mã kỳ (2023, 2023Q4, 2023-11, YTD2023-11-10, ...)", "a period id (2023, 2023Q4, 2023-11, YTD2023-11-10, ...)");
    private static readonly LocalizedText BooleanExpected = new("có hoặc không (true hoặc false)", "yes or no (true or false)");

    private readonly CsvBundleLoad load;
    private readonly CsvTokenizer tokenizer;
    private readonly int[] fieldOf;

    public CsvRowReader(CsvBundleLoad load, CsvTable table, string file, CsvTokenizer tokenizer, int[] fieldOf)
    {
        this.load = load;
        this.tokenizer = tokenizer;
        this.fieldOf = fieldOf;
        Table = table;
        File = file;
    }

    public CsvTable Table { get; }

    public string File { get; }

    public long Line => tokenizer.RowLine;

    /// <summary>Whether a cell of the current row could not be read; the row is then left out.</summary>
    public bool Failed { get; private set; }

    public void Begin() => Failed = false;

    /// <summary>The cell of <paramref name="column"/>, or <see langword="null"/> when absent.</summary>
    public string? Cell(int column) => Cell(column, pooled: true);

    /// <summary>
    /// The cell of <paramref name="column"/>, or <see langword="null"/> when absent; with <paramref name="pooled"/>, one
    /// string for each text however many rows repeat it (ids, codes, names), otherwise a string of its own (a record's
    /// own id, a number).
    /// </summary>
    public string? Cell(int column, bool pooled)
    {
        var index = fieldOf[column];
        if (index < 0 || index >= tokenizer.FieldCount || (tokenizer.IsEmpty(index) && !tokenizer.IsQuoted(index)))
        {
            return null;
        }
        // A control or bidirectional character is written \uXXXX by the bundle writer; it reads back as itself, after
        // the spaces around an unquoted cell are trimmed, so that an escaped character at either end stays.
        if (tokenizer.IsQuoted(index))
        {
            var quoted = UnsafeText.Unescape(tokenizer.Field(index));
            return pooled ? load.Pool.String(quoted) : quoted;
        }
        var text = tokenizer.FieldSpan(index).Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Contains('\\'))
        {
            var unescaped = UnsafeText.Unescape(new string(text));
            return pooled ? load.Pool.String(unescaped) : unescaped;
        }
        return pooled ? load.Pool.String(text) : new string(text);
    }

    /// <summary>Whether the cell of <paramref name="column"/> is absent without a doubt: no field, or an empty unquoted one.</summary>
    public bool IsAbsent(int column)
    {
        var index = fieldOf[column];
        return index < 0 || index >= tokenizer.FieldCount || (tokenizer.IsEmpty(index) && !tokenizer.IsQuoted(index));
    }

    /// <summary>
    /// The text of the cell of <paramref name="column"/> when it is plain (unquoted, not empty, no space at either end,
    /// no backslash), which is then what <see cref="Cell(int)"/> gives, without making a string; <see langword="false"/> otherwise.
    /// </summary>
    public bool TryPlain(int column, out ReadOnlySpan<char> text)
    {
        text = default;
        var index = fieldOf[column];
        if (index < 0 || index >= tokenizer.FieldCount || tokenizer.IsQuoted(index))
        {
            return false;
        }
        var span = tokenizer.FieldSpan(index);
        if (span.Length == 0 || char.IsWhiteSpace(span[0]) || char.IsWhiteSpace(span[^1]) || span.Contains('\\'))
        {
            return false;
        }
        text = span;
        return true;
    }

    public bool Has(int column) => Cell(column) is not null;

    public bool HasAny(params ReadOnlySpan<int> columns)
    {
        foreach (var column in columns)
        {
            if (Has(column))
            {
                return true;
            }
        }
        return false;
    }

    public string? Text(int column) => Cell(column);

    public string RequiredText(int column)
    {
        var text = Cell(column);
        if (text is null)
        {
            Missing(column);
            return string.Empty;
        }
        return text;
    }

    /// <summary>An id: blank is absent, since no id is blank. A record's own id, unique, is not pooled (<paramref name="pooled"/>).</summary>
    public T? Id<T>(int column, Func<string, T> create, bool required, bool pooled = true)
        where T : struct
    {
        var text = Cell(column, pooled);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Missing(column);
            }
            return null;
        }
        return create(text);
    }

    public LocalDate? Date(int column, bool required)
        => Read(column, required, static (string t, out LocalDate v) => CsvValues.TryDate(t.Trim(), out v), DateExpected);

    /// <summary>An amount; one that cannot be read is reported with why (<c>85.300.00đ</c>: the digits are grouped wrongly).</summary>
    public Dong? Money(int column, bool required)
    {
        var text = Cell(column, pooled: false);
        if (text is null)
        {
            if (required)
            {
                Missing(column);
            }
            return null;
        }
        var failure = CsvValues.ReadMoney(text.AsSpan().Trim(), out var amount);
        if (failure == ParseFailure.None)
        {
            return amount;
        }
        Invalid(column, text, ImportRules.Because(MoneyExpected, ParseResult<Dong>.ForFailure(failure).Reason));
        return null;
    }

    public int? Count(int column, bool required)
        => Read(column, required, static (string t, out int v) => CsvValues.TryCount(t.Trim(), out v), CountExpected);

    /// <summary>A quantity; one that reads as two numbers (<c>2.500</c>: 2500, or 2.5) is reported with both, never guessed.</summary>
    public decimal? Quantity(int column, bool required)
    {
        var text = Cell(column);
        if (text is null)
        {
            if (required)
            {
                Missing(column);
            }
            return null;
        }
        if (CsvValues.TryQuantity(text.Trim(), out var value, out var ambiguous))
        {
            return value;
        }
        Invalid(column, text, ambiguous is { } readings ? Ambiguous(text.Trim(), readings.Grouped, readings.Point) : QuantityExpected);
        return null;
    }

    private static LocalizedText Ambiguous(string text, decimal grouped, decimal point)
    {
        // Trailing zeros are dropped from the decimal reading, so that 2.500 shows as 2.5.
        var asWritten = (point / 1.000000000000000000000000000000000m).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inVietnamese = asWritten.Replace('.', ',');
        var whole = grouped.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new LocalizedText(
            $"một số đọc được một cách duy nhất: “{text}” có thể là {whole} (dấu chấm phân cách hàng nghìn) hoặc {inVietnamese} (dấu chấm thập phân); hãy ghi {whole} hoặc {inVietnamese}",
            $"a number that reads one way only: “{text}” is {whole} with the dot grouping thousands, or {asWritten} with a decimal point; write {whole}, or {inVietnamese} with a decimal comma");
    }

    /// <summary>A period id; one that cannot be read is reported with why (<c>2023Q5</c>: the quarter is out of range).</summary>
    public ReportingPeriod? Period(int column, bool required)
    {
        var text = Cell(column, pooled: false);
        if (text is null)
        {
            if (required)
            {
                Missing(column);
            }
            return null;
        }
        var read = ReportingPeriod.Read(text);
        if (read.TryGetValue(out var period))
        {
            return period;
        }
        Invalid(column, text, ImportRules.Because(PeriodExpected, read.Reason));
        return null;
    }

    /// <summary>A yes or no; absent is no.</summary>
    public bool Boolean(int column)
        => Read(column, false, static (string t, out bool v) => CsvValues.TryBoolean(t, out v), BooleanExpected) ?? false;

    public T? Code<T>(int column, EnumCodes<T> codes, bool required)
        where T : struct, Enum
    {
        var text = Cell(column);
        if (text is null)
        {
            if (required)
            {
                Missing(column);
            }
            return null;
        }
        if (codes.TryParse(text, out var value) || codes.TryParse(text.Trim().ToLowerInvariant(), out value))
        {
            return value;
        }
        Invalid(column, text, CodesExpected(codes.All));
        return null;
    }

    /// <summary>One of <paramref name="codes"/>, lower-cased; <see langword="null"/> when absent or not one of them (reported).</summary>
    public string? Choice(int column, bool required, params string[] codes)
    {
        var text = Cell(column);
        if (text is null)
        {
            if (required)
            {
                Missing(column);
            }
            return null;
        }
        var key = text.Trim().ToLowerInvariant();
        if (Array.IndexOf(codes, key) >= 0)
        {
            return key;
        }
        Invalid(column, text, CodesExpected(codes));
        return null;
    }

    /// <summary>
    /// A classifier in its three columns (code, Vietnamese name, English name): a code alone is the built-in value
    /// with that code (any case), or an app's own whose names are the code; with names, an app's own.
    /// </summary>
    public T? Classifier<T>(int column, IReadOnlyList<T> builtIn, Func<string, LocalizedText, T> create, bool required)
        where T : Classifier
    {
        var code = Cell(column);
        var vietnamese = Cell(column + 1);
        var english = Cell(column + 2);
        if (string.IsNullOrWhiteSpace(code))
        {
            if (required || vietnamese is not null || english is not null)
            {
                Missing(column);
            }
            return null;
        }
        if (vietnamese is null && english is null)
        {
            for (var i = 0; i < builtIn.Count; i++)
            {
                if (string.Equals(builtIn[i].Code, code, StringComparison.OrdinalIgnoreCase))
                {
                    return builtIn[i];
                }
            }
        }
        return create(code, new LocalizedText(vietnamese ?? code, english ?? code));
    }

    /// <summary>Reports a cell that holds a value the row's kind does not use (DK905), which is ignored.</summary>
    public void Unused(int column, string kind)
    {
        var text = Cell(column);
        if (text is null)
        {
            return;
        }
        var header = Table.Columns[column];
        load.Report(ImportRules.Problem(ImportRules.UnknownField, File, Line, fieldOf[column] + 1, header.English, text, false,
            ("field", new LocalizedText($"{header.Vietnamese} (không dùng cho loại {kind})", $"{header.English} (not used by the kind {kind})"))));
    }

    public void Missing(int column)
    {
        Failed = true;
        var header = Table.Columns[column];
        var index = fieldOf[column];
        load.Report(ImportRules.Problem(ImportRules.MissingField, File, Line, index < 0 ? 0 : index + 1, header.English, null, true,
            ("record", Table.Record), ("field", header.Name)));
    }

    public void Invalid(int column, string? text, LocalizedText expected)
    {
        Failed = true;
        var header = Table.Columns[column];
        load.Report(ImportRules.Problem(ImportRules.InvalidValue, File, Line, fieldOf[column] + 1, header.English, text, true,
            ("record", Table.Record), ("field", header.Name), ("expected", expected)));
    }

    /// <summary>Reports a row with another number of fields than the header, which is left out.</summary>
    public void WrongFieldCount(int headerCount)
    {
        Failed = true;
        var count = tokenizer.FieldCount;
        var expected = new LocalizedText(
            $"một dòng {MessageTextCount(headerCount)} trường như dòng tiêu đề (dòng này có {MessageTextCount(count)})",
            $"a row of {MessageTextCount(headerCount)} fields like the header (this one has {MessageTextCount(count)})");
        if (count < headerCount)
        {
            var column = Array.IndexOf(fieldOf, count);
            var name = column >= 0 ? Table.Columns[column].Name : new LocalizedText($"cột {count + 1}", $"column {count + 1}");
            load.Report(ImportRules.Problem(ImportRules.MissingField, File, Line, count + 1, column >= 0 ? Table.Columns[column].English : null, null, true,
                ("record", Table.Record), ("field", name)));
        }
        else
        {
            load.Report(ImportRules.Problem(ImportRules.InvalidValue, File, Line, headerCount + 1, null, tokenizer.Field(headerCount), true,
                ("record", Table.Record), ("field", new LocalizedText($"cột {headerCount + 1}", $"column {headerCount + 1}")), ("expected", expected)));
        }
    }

    private delegate bool TryRead<T>(string text, out T value);

    private T? Read<T>(int column, bool required, TryRead<T> read, LocalizedText expected)
        where T : struct
    {
        var text = Cell(column, pooled: false);
        if (text is null)
        {
            if (required)
            {
                Missing(column);
            }
            return null;
        }
        if (read(text, out var value))
        {
            return value;
        }
        Invalid(column, text, expected);
        return null;
    }

    private static LocalizedText CodesExpected(IEnumerable<string> codes)
    {
        var list = string.Join(", ", codes);
        return new LocalizedText("một trong các mã " + list, "one of the codes " + list);
    }

    private static string MessageTextCount(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
