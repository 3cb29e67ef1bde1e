using System.Text;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using NodaTime;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// Writes CSV (RFC 4180): rows ending in CRLF, built in a buffer and written asynchronously about every 32,000
/// characters. A cell is quoted when it holds the delimiter, a quote or a line break, or has spaces around it (some
/// readers trim them from a bare cell); what else is done to a text cell is the <see cref="CsvQuoting"/>'s to say.
/// The bundle writer and the report exporter both write through it.
/// </summary>
internal sealed class CsvWriter
{
    private const int FlushThreshold = 32_000;

    private readonly TextWriter writer;
    private readonly StringBuilder buffer = new(FlushThreshold + 4_096);
    private readonly char delimiter;
    private readonly CsvQuoting quoting;
    private int fieldsInRow;
    private int rowStart;

    /// <summary>A writer of rows to <paramref name="writer"/>, which it does not close.</summary>
    public CsvWriter(TextWriter writer, char delimiter, CsvQuoting quoting, TextCulture culture = TextCulture.English)
    {
        this.writer = writer;
        this.delimiter = delimiter;
        this.quoting = quoting;
        Culture = culture;
    }

    /// <summary>The culture the typed cells (amounts, dates, quantities, yes or no) are written in.</summary>
    public TextCulture Culture { get; }

    /// <summary>How many cells the row being written has so far.</summary>
    public int CellsInRow => fieldsInRow;

    /// <summary>A text cell; <see langword="null"/> is an empty cell.</summary>
    public void Text(string? value)
    {
        Separate();
        if (value is null)
        {
            return;
        }
        value = quoting switch
        {
            CsvQuoting.Exact => UnsafeText.EscapeReversibly(value),
            CsvQuoting.ExactFormulaSafe => Submissions.SheetText.Guard(UnsafeText.EscapeReversibly(value)),
            _ => SpreadsheetText.Neutralise(UnsafeText.Escape(value)),
        };
        if (!NeedsQuotes(value))
        {
            buffer.Append(value);
            return;
        }
        buffer.Append('"');
        foreach (var c in value)
        {
            buffer.Append(c);
            if (c == '"')
            {
                buffer.Append('"');
            }
        }
        buffer.Append('"');
    }

    /// <summary>A row of text cells.</summary>
    public ValueTask RowAsync(IEnumerable<string?> cells, CancellationToken cancellationToken)
    {
        foreach (var cell in cells)
        {
            Text(cell);
        }
        return EndRowAsync(cancellationToken);
    }

    public void Empty() => Separate();

    public void Money(Dong? value) => Plain(value is Dong amount ? CsvValues.Money(amount, Culture) : null);

    public void Date(LocalDate? value) => Plain(value is LocalDate date ? CsvValues.Date(date, Culture) : null);

    public void Count(int? value) => Plain(value is int number ? CsvValues.Count(number) : null);

    // The Vietnamese style writes a decimal comma, which must be quoted when it is also the delimiter.
    public void Quantity(decimal? value)
    {
        if (value is decimal number && CsvValues.Quantity(number, Culture) is var text && NeedsQuotes(text))
        {
            Text(text);
            return;
        }
        Plain(value is decimal quantity ? CsvValues.Quantity(quantity, Culture) : null);
    }

    public void Boolean(bool value) => Plain(CsvValues.Boolean(value, Culture));

    // The default period is no period (the factories never make it); like an absent one it is left empty.
    public void Period(ReportingPeriod? value) => Plain(value is ReportingPeriod period && period != default ? period.Id : null);

    public void Code(string? code) => Text(code);

    /// <summary>A classifier in its three columns: the code, then the names unless it is the built-in value.</summary>
    public void Classifier(Classifier? value, bool builtIn)
    {
        Text(value?.Code);
        Text(value is null || builtIn ? null : value.Name.Vietnamese);
        Text(value is null || builtIn ? null : value.Name.English);
    }

    public async ValueTask EndRowAsync(CancellationToken cancellationToken)
    {
        if (quoting == CsvQuoting.FormulaSafe && fieldsInRow == 1 && buffer.Length == rowStart)
        {
            // A row of one empty cell would be an empty line, which readers skip.
            buffer.Append("\"\"");
        }
        buffer.Append("\r\n");
        fieldsInRow = 0;
        if (buffer.Length >= FlushThreshold)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            buffer.Clear();
        }
        rowStart = buffer.Length;
    }

    /// <summary>Writes what is buffered and flushes the writer; the writer stays open.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await writer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Clear();
        rowStart = 0;
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Plain(string? value)
    {
        Separate();
        if (value is not null)
        {
            buffer.Append(value);
        }
    }

    private void Separate()
    {
        if (fieldsInRow++ > 0)
        {
            buffer.Append(delimiter);
        }
    }

    private bool NeedsQuotes(string value)
        => (value.Length == 0 && quoting != CsvQuoting.FormulaSafe)
           || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
           || value.AsSpan().IndexOfAny(delimiter, '"', '\r') >= 0 || value.Contains('\n', StringComparison.Ordinal);
}
