using System.Diagnostics.CodeAnalysis;

namespace DomainKit.Text;

/// <summary>Finds a built-in value by its code, for the <c>FromCode</c>/<c>TryFromCode</c> of each kind of classifier.</summary>
internal static class ClassifierCodes
{
    public static bool TryFind<T>(IReadOnlyList<T> builtIn, string? code, [NotNullWhen(true)] out T? value)
        where T : Classifier
    {
        if (code is not null)
        {
            foreach (var candidate in builtIn)
            {
                if (string.Equals(candidate.Code, code, StringComparison.OrdinalIgnoreCase))
                {
                    value = candidate;
                    return true;
                }
            }
        }
        value = null;
        return false;
    }

    public static T Find<T>(IReadOnlyList<T> builtIn, string code, string what)
        where T : Classifier
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFind(builtIn, code, out var value)
            ? value
            : throw new ArgumentException(
                $"No built-in {what} has the code '{code}'; there are: {string.Join(", ", builtIn.Select(b => b.Code))}. An app's own values are made with the constructor.",
                nameof(code));
    }
}
