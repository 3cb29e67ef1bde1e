using System.Text;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Text;
using NodaTime;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// Writes one file of the bundle: RFC 4180 rows ending in CRLF, built in a buffer and written asynchronously about
/// every 32,000 characters. A cell is quoted when it holds the delimiter, a quote or a line break, has spaces around
/// it, or is the empty string (an empty cell without quotes is an absent value). Control and bidirectional formatting
/// characters are written <c>\uXXXX</c> (<see cref="UnsafeText.EscapeReversibly"/>), which the reader reads back.
/// </summary>
internal sealed class CsvFileWriter : IAsyncDisposable
{
    private const int FlushThreshold = 32_000;

    private readonly StreamWriter writer;
    private readonly StringBuilder buffer = new(FlushThreshold + 4_096);
    private readonly char delimiter;
    private bool rowStarted;

    public CsvFileWriter(Stream stream, CsvBundleOptions options)
    {
        writer = new StreamWriter(stream, new UTF8Encoding(options.ByteOrderMark), 1 << 16, leaveOpen: false);
        delimiter = options.Delimiter;
        Culture = options.Culture;
    }

    public ReportCulture Culture { get; }

    public void Text(string? value)
    {
        Separate();
        if (value is null)
        {
            return;
        }
        value = UnsafeText.EscapeReversibly(value);
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
        buffer.Append("\r\n");
        rowStarted = false;
        if (buffer.Length >= FlushThreshold)
        {
            await writer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            buffer.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (buffer.Length > 0)
        {
            await writer.WriteAsync(buffer).ConfigureAwait(false);
            buffer.Clear();
        }
        await writer.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Writes what is buffered; the file stays open.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await writer.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Clear();
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
        if (rowStarted)
        {
            buffer.Append(delimiter);
        }
        rowStarted = true;
    }

    private bool NeedsQuotes(string value)
        => value.Length == 0
           || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])
           || value.AsSpan().IndexOfAny(delimiter, '"', '\r') >= 0 || value.Contains('\n', StringComparison.Ordinal);
}
