namespace DomainKit.Text;

/// <summary>
/// The two cultures DomainKit writes and reads. Both are implemented in the library itself,
/// so they behave the same under invariant globalization and never consult the current thread's culture.
/// </summary>
public enum TextCulture
{
    /// <summary>Vietnamese as officers write it: <c>6.100.542.700 đ</c>, <c>96,7%</c>, <c>10/11/2023</c>, <c>quý IV/2017</c>.</summary>
    Vietnamese = 0,

    /// <summary>English, written the same everywhere, for machines and developers: <c>6,100,542,700 VND</c>, <c>96.7%</c>, ISO dates and period ids.</summary>
    English = 1,
}
