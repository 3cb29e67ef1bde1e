using System.Buffers;
using System.Text.Unicode;

namespace DomainKit.Interchange.Csv;

/// <summary>What <see cref="CsvTokenizer.ReadRowAsync"/> found.</summary>
internal enum CsvToken
{
    /// <summary>A row, in <see cref="CsvTokenizer.FieldCount"/> and <see cref="CsvTokenizer.Field"/>.</summary>
    Row,

    /// <summary>The end of the input.</summary>
    End,

    /// <summary>A row longer than the limit; it was skipped without being held, and reading goes on after it.</summary>
    TooLong,

    /// <summary>A quoted field still open at the end of the input; nothing more can be read.</summary>
    OpenQuote,

    /// <summary>Bytes that are not UTF-8; nothing more is read.</summary>
    BadEncoding,
}

/// <summary>
/// Reads the rows of an RFC 4180 CSV file from a UTF-8 stream, in chunks: neither the file nor an over-long row is
/// ever held whole. Lines are physical lines (CR, LF or CRLF, counted inside quoted fields too), so that problems
/// point where an editor shows them. Lenient where RFC 4180 is silent: a quote inside an unquoted field and text
/// after a closing quote are kept as text; a blank line is skipped.
/// </summary>
internal sealed class CsvTokenizer
{
    private const int ChunkSize = 1 << 16;

    private readonly Stream stream;
    private readonly int maxRowLength;
    private readonly byte[] bytes = new byte[ChunkSize];
    private readonly char[] chars = new char[ChunkSize];
    private int byteCount;
    private int charPos;
    private int charCount;
    private bool endOfStream;
    private bool badBytes;
    private bool started;

    private char[] row = new char[256];
    private int rowLength;
    private readonly List<(int Start, int Length, bool Quoted)> fields = [];

    public CsvTokenizer(Stream stream, int maxRowLength)
    {
        this.stream = stream;
        this.maxRowLength = maxRowLength;
    }

    /// <summary>The field separator, found in the first line by <see cref="DetectDelimiterAsync"/>.</summary>
    public char Delimiter { get; private set; } = ',';

    /// <summary>The physical line being read, from 1.</summary>
    public long Line { get; private set; } = 1;

    /// <summary>The line the last row (or the over-long row) started on; for <see cref="CsvToken.OpenQuote"/>, the line the open field started on.</summary>
    public long RowLine { get; private set; }

    /// <summary>Bytes taken from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>About the bytes of the rows read so far: those taken from the stream less those not yet read as rows.</summary>
    public long BytesConsumed => BytesRead - byteCount - (charCount - charPos);

    /// <summary>The number of fields in the last row.</summary>
    public int FieldCount => fields.Count;

    /// <summary>The text of field <paramref name="index"/> of the last row.</summary>
    public string Field(int index)
    {
        var (start, length, _) = fields[index];
        return length == 0 ? string.Empty : new string(row, start, length);
    }

    /// <summary>The text of field <paramref name="index"/> of the last row, without making a string.</summary>
    public ReadOnlySpan<char> FieldSpan(int index)
    {
        var (start, length, _) = fields[index];
        return row.AsSpan(start, length);
    }

    /// <summary>Whether field <paramref name="index"/> was written in quotes.</summary>
    public bool IsQuoted(int index) => fields[index].Quoted;

    /// <summary>Whether field <paramref name="index"/> is empty, quoted or not.</summary>
    public bool IsEmpty(int index) => fields[index].Length == 0;

    /// <summary>Reads the start of the input and picks the delimiter the first line uses most among ',', ';' and tab (',' on a tie or none).</summary>
    public async ValueTask DetectDelimiterAsync(CancellationToken cancellationToken)
    {
        while (!endOfStream && !badBytes && charCount < chars.Length && chars.AsSpan(0, charCount).IndexOfAny('\r', '\n') < 0)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        for (var i = charPos; i < charCount; i++)
        {
            var c = chars[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        Delimiter = semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',';
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>Reads the next row that is not blank.</summary>
    public async ValueTask<CsvToken> ReadRowAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var token = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (token == CsvToken.Row && fields.Count == 1 && fields[0] is { Length: 0, Quoted: false })
            {
                continue;
            }
            return token;
        }
    }

    private async ValueTask<CsvToken> ReadLineAsync(CancellationToken cancellationToken)
    {
        if (TryPlainLine())
        {
            return CsvToken.Row;
        }
        fields.Clear();
        rowLength = 0;
        fieldStart = 0;
        fieldQuoted = false;
        tooLong = false;
        var state = State.FieldStart;
        var any = false;
        var quoteLine = Line;
        var crInQuotes = false;
        RowLine = Line;
        while (true)
        {
            if (charPos >= charCount)
            {
                if (badBytes)
                {
                    RowLine = Line;
                    return CsvToken.BadEncoding;
                }
                if (endOfStream)
                {
                    if (!any)
                    {
                        return CsvToken.End;
                    }
                    if (state == State.Quoted)
                    {
                        RowLine = quoteLine;
                        return CsvToken.OpenQuote;
                    }
                    EndField();
                    return tooLong ? CsvToken.TooLong : CsvToken.Row;
                }
                await FillAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
            var c = chars[charPos];
            if (skipLf)
            {
                // The LF of a CRLF whose CR ended the previous row.
                skipLf = false;
                if (c == '\n')
                {
                    charPos++;
                    continue;
                }
            }
            if (!started)
            {
                started = true;
                if (c == '\uFEFF')
                {
                    charPos++;
                    continue;
                }
            }
            if (!any)
            {
                any = true;
                RowLine = Line;
            }
            switch (state)
            {
                case State.FieldStart when c == '"':
                    charPos++;
                    state = State.Quoted;
                    fieldQuoted = true;
                    quoteLine = Line;
                    continue;
                case State.FieldStart:
                case State.Unquoted:
                    var run = chars.AsSpan(charPos, charCount - charPos).IndexOfAny(Delimiter, '\r', '\n');
                    if (run != 0)
                    {
                        var take = run < 0 ? charCount - charPos : run;
                        Append(chars.AsSpan(charPos, take));
                        charPos += take;
                        state = State.Unquoted;
                        continue;
                    }
                    charPos++;
                    EndField();
                    if (c == Delimiter)
                    {
                        state = State.FieldStart;
                        continue;
                    }
                    EndLine(c);
                    return tooLong ? CsvToken.TooLong : CsvToken.Row;
                case State.Quoted:
                    var quotedRun = chars.AsSpan(charPos, charCount - charPos).IndexOfAny('"', '\r', '\n');
                    if (quotedRun != 0)
                    {
                        var take = quotedRun < 0 ? charCount - charPos : quotedRun;
                        Append(chars.AsSpan(charPos, take));
                        charPos += take;
                        crInQuotes = false;
                        continue;
                    }
                    charPos++;
                    if (c == '"')
                    {
                        state = State.QuoteInQuoted;
                        crInQuotes = false;
                        continue;
                    }
                    // A line break inside a quoted field is text, and still a physical line.
                    if (c == '\r' || !crInQuotes)
                    {
                        Line++;
                    }
                    crInQuotes = c == '\r';
                    Append([c]);
                    continue;
                default:
                    if (c == '"')
                    {
                        charPos++;
                        Append(['"']);
                        state = State.Quoted;
                        continue;
                    }
                    if (c == Delimiter || c is '\r' or '\n')
                    {
                        charPos++;
                        EndField();
                        if (c == Delimiter)
                        {
                            state = State.FieldStart;
                            continue;
                        }
                        EndLine(c);
                        return tooLong ? CsvToken.TooLong : CsvToken.Row;
                    }
                    // Text after a closing quote is kept, as spreadsheets do; the field stays marked as quoted.
                    state = State.Unquoted;
                    continue;
            }
        }
    }

    /// <summary>
    /// Reads the next line at once when it is plain, as most are: wholly in the buffer, without a quote, not blank and
    /// not over the limit. It gives the fields the general reading would give; any other line is left to it.
    /// </summary>
    private bool TryPlainLine()
    {
        if (!started || charPos >= charCount)
        {
            return false;
        }
        if (skipLf)
        {
            skipLf = false;
            if (chars[charPos] == '\n')
            {
                charPos++;
                if (charPos >= charCount)
                {
                    return false;
                }
            }
        }
        var rest = chars.AsSpan(charPos, charCount - charPos);
        var end = rest.IndexOfAny(LineBreakOrQuote);
        if (end <= 0 || rest[end] == '"' || end > maxRowLength)
        {
            return false;
        }
        if (row.Length < end)
        {
            Array.Resize(ref row, Math.Max(row.Length * 2, end));
        }
        var line = rest[..end];
        line.CopyTo(row);
        fields.Clear();
        var delimiter = Delimiter;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == delimiter)
            {
                fields.Add((start, i - start, false));
                start = i + 1;
            }
        }
        fields.Add((start, line.Length - start, false));
        RowLine = Line;
        Line++;
        skipLf = rest[end] == '\r';
        charPos += end + 1;
        return true;
    }

    private static readonly SearchValues<char> LineBreakOrQuote = SearchValues.Create("\r\n\"");

    private int fieldStart;
    private bool fieldQuoted;
    private bool tooLong;
    private bool skipLf;

    private void EndLine(char c)
    {
        Line++;
        skipLf = c == '\r';
    }

    private void EndField()
    {
        fields.Add((fieldStart, rowLength - fieldStart, fieldQuoted));
        fieldStart = rowLength;
        fieldQuoted = false;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (tooLong)
        {
            return;
        }
        if (rowLength + text.Length > maxRowLength)
        {
            // The rest of the row is scanned for its end but not kept.
            tooLong = true;
            return;
        }
        if (rowLength + text.Length > row.Length)
        {
            Array.Resize(ref row, Math.Min(Math.Max(row.Length * 2, rowLength + text.Length), Math.Max(maxRowLength, 256)));
        }
        text.CopyTo(row.AsSpan(rowLength));
        rowLength += text.Length;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (charPos > 0)
        {
            chars.AsSpan(charPos, charCount - charPos).CopyTo(chars);
            charCount -= charPos;
            charPos = 0;
        }
        if (!endOfStream && byteCount < bytes.Length)
        {
            var read = await stream.ReadAsync(bytes.AsMemory(byteCount), cancellationToken).ConfigureAwait(false);
            BytesRead += read;
            byteCount += read;
            endOfStream = read == 0;
        }
        var status = Utf8.ToUtf16(bytes.AsSpan(0, byteCount), chars.AsSpan(charCount), out var used, out var written, replaceInvalidSequences: false, isFinalBlock: endOfStream);
        charCount += written;
        bytes.AsSpan(used, byteCount - used).CopyTo(bytes);
        byteCount -= used;
        if (status == OperationStatus.InvalidData)
        {
            badBytes = true;
        }
    }
}
