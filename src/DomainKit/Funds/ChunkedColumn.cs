namespace DomainKit.Funds;

/// <summary>
/// A column that grows in fixed chunks rather than by doubling one array: adding never copies what is there, and a
/// column of 20 million values never holds a second, larger array beside the first while it grows. A reader that
/// can tell how many values will come reserves an array of that size first (<see cref="Reserve"/>), which the
/// store then takes as it is, without a copy. Not thread-safe.
/// </summary>
internal sealed class ChunkedColumn<T>
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    // The reserved values first, then the chunks of those past the reservation.
    private T[]? head;
    private int headCount;
    private readonly List<T[]> chunks = [];
    private T[] current = [];
    private int used = ChunkSize;

    public int Count { get; private set; }

    public void Add(T value)
    {
        if (head is not null && headCount < head.Length)
        {
            head[headCount++] = value;
            Count++;
            return;
        }
        if (used == ChunkSize)
        {
            current = new T[ChunkSize];
            chunks.Add(current);
            used = 0;
        }
        current[used++] = value;
        Count++;
    }

    public T this[int index]
        => index < headCount ? head![index] : chunks[(index - headCount) >> ChunkBits][(index - headCount) & ChunkMask];

    /// <summary>Makes room for <paramref name="capacity"/> values in one array, once, while nothing has gone past a reservation.</summary>
    public void Reserve(int capacity)
    {
        if (head is not null || capacity <= Count)
        {
            return;
        }
        var reserved = new T[capacity];
        CopyTo(reserved);
        head = reserved;
        headCount = Count;
        chunks.Clear();
        current = [];
        used = ChunkSize;
    }

    /// <summary>
    /// The values in one array whose first <see cref="Count"/> are them, in the order added, or in the order
    /// <paramref name="order"/> gives (the position added of each place) when it is not <see langword="null"/>. With
    /// <paramref name="release"/> the column is emptied: the reserved array is given as it is when it was filled (up to
    /// a sixteenth of it left over), and otherwise each chunk is let go once copied.
    /// </summary>
    public T[] ToArray(int[]? order, bool release)
    {
        if (release && order is null && head is not null && chunks.Count == 0 && head.Length - Count <= head.Length / 16)
        {
            var taken = head;
            Clear();
            return taken;
        }
        var result = new T[Count];
        if (order is null)
        {
            CopyTo(result, release);
        }
        else
        {
            for (var p = 0; p < order.Length; p++)
            {
                result[p] = this[order[p]];
            }
        }
        if (release)
        {
            Clear();
        }
        return result;
    }

    private void CopyTo(Span<T> destination, bool release = false)
    {
        var at = 0;
        if (head is not null)
        {
            head.AsSpan(0, headCount).CopyTo(destination);
            at = headCount;
            if (release)
            {
                head = null;
            }
        }
        for (var c = 0; c < chunks.Count; c++)
        {
            var length = Math.Min(ChunkSize, Count - at);
            chunks[c].AsSpan(0, length).CopyTo(destination[at..]);
            if (release)
            {
                chunks[c] = [];
            }
            at += length;
        }
    }

    public void Clear()
    {
        head = null;
        headCount = 0;
        chunks.Clear();
        current = [];
        used = ChunkSize;
        Count = 0;
    }
}
