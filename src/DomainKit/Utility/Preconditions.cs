using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace DomainKit.Utility;

/// <summary>
/// Argument checks that return their argument, so they fit in constructor chains and initialisers.
/// Only programming errors go through here; bad data is reported as findings instead.
/// </summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? name = null)
        where T : class
        => argument ?? throw new ArgumentNullException(name);

    public static string CheckNotBlank([NotNull] string? argument, [CallerArgumentExpression(nameof(argument))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(argument, name);
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("The value must not be empty or white space.", name);
        }
        return argument;
    }

    public static int CheckRange(int argument, int min, int max, [CallerArgumentExpression(nameof(argument))] string? name = null)
    {
        if (argument < min || argument > max)
        {
            throw new ArgumentOutOfRangeException(name, argument, $"The value must be between {min} and {max}.");
        }
        return argument;
    }
}
