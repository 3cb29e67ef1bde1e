namespace DomainKit.Interchange.Json;

/// <summary>
/// Turns byte offsets into the line and column a person sees in an editor. The reader holds only a window of the
/// input, so this keeps the line and column of the window's first byte and counts forward from there: newlines
/// for the line, UTF-8 lead bytes since the last newline for the column (a character, not a byte).
/// </summary>
/// <remarks>Positions are asked for mostly in increasing order, so the last one is kept and counted on from.</remarks>
internal sealed class JsonPositions
{
    // The position of the window's first byte: line from 1, characters and bytes since the line's start.
    private long baseLine = 1;
    private long baseChars;
    private long baseBytes;

    // The last position worked out, inside the window.
    private int cacheIndex;
    private long cacheLine = 1;
    private long cacheChars;
    private long cacheBytes;

    /// <summary>The line (from 1) and column (from 1, in characters) of <paramref name="index"/> in <paramref name="window"/>.</summary>
    public (long Line, long Column) At(ReadOnlySpan<byte> window, int index)
    {
        index = Math.Clamp(index, 0, window.Length);
        if (index < cacheIndex)
        {
            cacheIndex = 0;
            cacheLine = baseLine;
            cacheChars = baseChars;
            cacheBytes = baseBytes;
        }
        var span = window[cacheIndex..index];
        var newlines = span.Count((byte)'\n');
        if (newlines > 0)
        {
            var tail = span[(span.LastIndexOf((byte)'\n') + 1)..];
            cacheLine += newlines;
            cacheBytes = tail.Length;
            cacheChars = Characters(tail);
        }
        else
        {
            cacheBytes += span.Length;
            cacheChars += Characters(span);
        }
        cacheIndex = index;
        return (cacheLine, cacheChars + 1);
    }

    /// <summary>
    /// The position of a byte given as the JSON reader gives it in its exceptions: a line from 0 and a byte offset
    /// in that line. Falls back to those figures when the line began before the window.
    /// </summary>
    public (long Line, long Column, int Index) AtReaderPosition(ReadOnlySpan<byte> window, long lineFromZero, long byteInLine)
    {
        var line = lineFromZero + 1;
        int index;
        if (line == baseLine)
        {
            var offset = byteInLine - baseBytes;
            if (offset < 0)
            {
                return (line, byteInLine + 1, 0);
            }
            index = (int)Math.Min(offset, window.Length);
        }
        else if (line > baseLine)
        {
            var start = 0;
            for (var n = line - baseLine; n > 0; n--)
            {
                var next = window[start..].IndexOf((byte)'\n');
                if (next < 0)
                {
                    return (line, byteInLine + 1, window.Length);
                }
                start += next + 1;
            }
            index = (int)Math.Min(start + byteInLine, window.Length);
        }
        else
        {
            return (line, byteInLine + 1, 0);
        }
        var (l, c) = At(window, index);
        return (l, c, index);
    }

    /// <summary>Moves the window's start forward by <paramref name="consumed"/> bytes, which are about to be dropped.</summary>
    public void Shift(ReadOnlySpan<byte> window, int consumed)
    {
        At(window, consumed);
        baseLine = cacheLine;
        baseChars = cacheChars;
        baseBytes = cacheBytes;
        cacheIndex = 0;
    }

    // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a character.
    private static long Characters(ReadOnlySpan<byte> bytes)
    {
        long characters = bytes.Length;
        while (true)
        {
            var next = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xBF);
            if (next < 0)
            {
                return characters;
            }
            characters--;
            bytes = bytes[(next + 1)..];
        }
    }
}
