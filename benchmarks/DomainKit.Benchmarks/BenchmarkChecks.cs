namespace DomainKit.Benchmarks;

/// <summary>
/// What every benchmark's set-up proves before anything is timed: that the work measured gives a result, and the same
/// result as its peer (or a total known another way). A benchmark that times the wrong thing (an empty query, a
/// period that is not the one meant) fails here instead of printing a figure.
/// </summary>
public static class BenchmarkChecks
{
    /// <summary>Throws unless <paramref name="rows"/> has rows.</summary>
    public static void NotEmpty<T>(IReadOnlyCollection<T> rows, string what)
    {
        if (rows.Count == 0)
        {
            throw new InvalidOperationException($"{what} gives no rows: the benchmark would time nothing.");
        }
    }

    /// <summary>Throws unless <paramref name="actual"/> has rows and equals <paramref name="expected"/> row by row.</summary>
    public static void SameRows<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, string what, string peer)
    {
        NotEmpty(actual, what);
        if (expected.Count != actual.Count)
        {
            throw new InvalidOperationException($"{what} gives {actual.Count} rows, {peer} {expected.Count}.");
        }
        for (var i = 0; i < expected.Count; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(expected[i], actual[i]))
            {
                throw new InvalidOperationException($"{what} and {peer} differ at row {i}: {actual[i]} against {expected[i]}.");
            }
        }
    }

    /// <summary>Throws unless <paramref name="actual"/> is <paramref name="expected"/> and not zero.</summary>
    public static void Same(long expected, long actual, string what, string known)
    {
        if (actual == 0 || actual != expected)
        {
            throw new InvalidOperationException($"{what} gives {actual:N0}, but {known} is {expected:N0}.");
        }
    }

    /// <summary>Throws with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public static void That(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
