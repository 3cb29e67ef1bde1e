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
    private readonly T[] ordered;
    private readonly string[] orderedCodes;
    private readonly Utf8Names utf8;

    public EnumCodes(params (T Value, string Code)[] pairs)
    {
        foreach (var (value, code) in pairs)
        {
            codes.Add(value, code);
            values.Add(code, value);
        }
        ordered = [.. pairs.Select(p => p.Value)];
        orderedCodes = [.. pairs.Select(p => p.Code)];
        utf8 = new Utf8Names(pairs.Select((p, i) => (p.Code, i)));
    }

    /// <summary>The codes, in the order given.</summary>
    public IEnumerable<string> All => values.Keys;

    /// <summary>The code of <paramref name="value"/>, or <see langword="null"/> for a value the enum does not name.</summary>
    public string? CodeOf(T value) => codes.GetValueOrDefault(value);

    /// <summary>The value of <paramref name="code"/> (exact, lower case).</summary>
    public bool TryParse(string code, out T value) => values.TryGetValue(code, out value);

    /// <summary>The value of the code in <paramref name="code"/> (exact, lower case), read without a string.</summary>
    public bool TryParse(ReadOnlySpan<char> code, out T value)
    {
        // A handful of codes: comparing each (by length first) beats hashing the span.
        for (var i = 0; i < orderedCodes.Length; i++)
        {
            if (code.SequenceEqual(orderedCodes[i]))
            {
                value = ordered[i];
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The value of the code in <paramref name="utf8Code"/> (exact bytes, lower case), read without a string.</summary>
    public bool TryParse(ReadOnlySpan<byte> utf8Code, out T value)
    {
        var index = utf8.Find(utf8Code);
        value = index < 0 ? default : ordered[index];
        return index >= 0;
    }
}
