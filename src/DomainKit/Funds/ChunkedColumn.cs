namespace DomainKit.Funds;

/// <summary>
/// A column that grows in fixed chunks rather than by doubling one array: adding never copies what is there, and a
/// column of 20 million values never holds a second, larger array beside the first while it grows. Not thread-safe.
/// </summary>
internal sealed class ChunkedColumn<T>
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private const int ChunkMask = ChunkSize - 1;

    private readonly List<T[]> chunks = [];
    private T[] current = [];
    private int used = ChunkSize;

    public int Count { get; private set; }

    public void Add(T value)
    {
        if (used == ChunkSize)
        {
            current = new T[ChunkSize];
            chunks.Add(current);
            used = 0;
        }
        current[used++] = value;
        Count++;
    }

    public T this[int index] => chunks[index >> ChunkBits][index & ChunkMask];

    /// <summary>
    /// The values in one array of their exact count, in the order added, or in the order <paramref name="order"/> gives
    /// (the position added of each place) when it is not <see langword="null"/>. With <paramref name="release"/>, each
    /// chunk is let go once copied, so that a column is not held twice.
    /// </summary>
    public T[] ToArray(int[]? order, bool release)
    {
        var result = new T[Count];
        if (order is null)
        {
            var at = 0;
            for (var c = 0; c < chunks.Count; c++)
            {
                var length = Math.Min(ChunkSize, Count - at);
                chunks[c].AsSpan(0, length).CopyTo(result.AsSpan(at));
                if (release)
                {
                    chunks[c] = [];
                }
                at += length;
            }
        }
        else
        {
            for (var p = 0; p < order.Length; p++)
            {
                var i = order[p];
                result[p] = chunks[i >> ChunkBits][i & ChunkMask];
            }
        }
        if (release)
        {
            Clear();
        }
        return result;
    }

    /// <summary>Copies the values into <paramref name="destination"/>, which holds <see cref="Count"/> of them at least.</summary>
    public void CopyTo(Span<T> destination)
    {
        var at = 0;
        foreach (var chunk in chunks)
        {
            var length = Math.Min(ChunkSize, Count - at);
            chunk.AsSpan(0, length).CopyTo(destination[at..]);
            at += length;
        }
    }

    public void Clear()
    {
        chunks.Clear();
        current = [];
        used = ChunkSize;
        Count = 0;
    }
}
