using System.Collections.Immutable;
using DomainKit.Utility;

namespace DomainKit.Indicators;

/// <summary>The rule for the codes of indicators, forms and breakdowns: what files, URLs and column ids can carry unquoted.</summary>
internal static class IndicatorCodes
{
    public static bool IsValid(string? code)
        => !string.IsNullOrEmpty(code) && code.Length <= 100
            && code.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.") < 0;

    public static string Check(string code, string? name = "code")
    {
        Preconditions.CheckNotBlank(code, name);
        return IsValid(code)
            ? code
            : throw new ArgumentException($"'{code}' is not a code: use at most 100 ASCII letters, digits, '-', '_' and '.'.", name);
    }

    public static ImmutableArray<string> CheckList(ImmutableArray<string> codes, string name)
    {
        if (codes.IsDefault)
        {
            return [];
        }
        foreach (var code in codes)
        {
            Check(code, name);
        }
        return codes.Distinct(StringComparer.OrdinalIgnoreCase).Count() == codes.Length
            ? codes
            : throw new ArgumentException("A code stands twice in the list.", name);
    }
}
