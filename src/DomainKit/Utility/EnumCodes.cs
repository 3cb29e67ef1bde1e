namespace DomainKit.Utility;

/// <summary>
/// The codes an enum's values have in files, exports and report rows, both ways. The codes are spelled out, not derived
/// from the C# names, so that renaming a member cannot change a format.
/// </summary>
internal sealed class EnumCodes<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> codes = [];
    private readonly Dictionary<string, T> values = new(StringComparer.Ordinal);

    public EnumCodes(params (T Value, string Code)[] pairs)
    {
        foreach (var (value, code) in pairs)
        {
            codes.Add(value, code);
            values.Add(code, value);
        }
    }

    /// <summary>The codes, in the order given.</summary>
    public IEnumerable<string> All => values.Keys;

    /// <summary>The code of <paramref name="value"/>, or <see langword="null"/> for a value the enum does not name.</summary>
    public string? CodeOf(T value) => codes.GetValueOrDefault(value);

    /// <summary>The value of <paramref name="code"/> (exact, lower case).</summary>
    public bool TryParse(string code, out T value) => values.TryGetValue(code, out value);
}
