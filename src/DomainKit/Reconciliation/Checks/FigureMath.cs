using DomainKit.Money;

namespace DomainKit.Reconciliation.Checks;

/// <summary>Sums that cannot overflow: added in 128 bits, and clipped to 64 only to be shown.</summary>
internal static class FigureMath
{
    public static long Clip(Int128 value) => (long)Int128.Clamp(value, long.MinValue, long.MaxValue);

    public static Dong Sum(IEnumerable<Dong> amounts)
    {
        Int128 sum = 0;
        foreach (var amount in amounts)
        {
            sum += amount.Value;
        }
        return new Dong(Clip(sum));
    }
}
