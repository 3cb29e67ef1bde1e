namespace DomainKit.Utility;

/// <summary>Binary search over the sorted columns of ledgers and their monthly rows.</summary>
internal static class SortedSearch
{
    /// <summary>The first position in <c>[from, to)</c> whose value is at least <paramref name="value"/>, or <paramref name="to"/>.</summary>
    public static int LowerBound(ReadOnlySpan<int> sorted, int from, int to, int value)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
