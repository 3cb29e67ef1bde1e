using System.Collections.Immutable;

namespace DomainKit.Utility;

/// <summary>
/// Makes the notebook formatters of every type that carries <see cref="TypeFormatterSourceAttribute"/>: one for
/// <c>text/html</c> and one for <c>text/plain</c>. .NET Interactive creates it with its public parameterless
/// constructor and calls <see cref="CreateTypeFormatters"/> by name.
/// </summary>
/// <remarks>
/// The attribute sits on values and records of the lowest layers, so this class lives beside it and knows nothing of
/// how results are rendered: the HTML formatter belongs to the exporters, which register it (<see cref="Register"/>)
/// when the assembly is loaded, before any of its types can be formatted.
/// </remarks>
internal sealed class NotebookFormatterSource
{
    private static ImmutableArray<object> registered = [];

    /// <summary>The formatters, each recognised by its <c>MimeType</c> property and its single <c>Format</c> method: those registered, then plain text.</summary>
    public IEnumerable<object> CreateTypeFormatters() => [.. registered, new PlainTextNotebookFormatter()];

    /// <summary>Adds <paramref name="formatter"/> to the formatters every decorated type gets.</summary>
    internal static void Register(object formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        ImmutableInterlocked.Update(ref registered, list => list.Add(formatter));
    }

    /// <summary>Whether <paramref name="instance"/> is of a type whose formatters this source makes.</summary>
    internal static bool Formats(object? instance)
        => instance is not null && instance.GetType().IsDefined(typeof(TypeFormatterSourceAttribute), inherit: true);
}
