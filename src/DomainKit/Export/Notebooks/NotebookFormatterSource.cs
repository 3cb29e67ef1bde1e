namespace DomainKit.Export.Notebooks;

/// <summary>
/// Makes the notebook formatters of every type that carries <see cref="TypeFormatterSourceAttribute"/>: one for
/// <c>text/html</c> and one for <c>text/plain</c>. .NET Interactive creates it with its public parameterless
/// constructor and calls <see cref="CreateTypeFormatters"/> by name.
/// </summary>
internal sealed class NotebookFormatterSource
{
    /// <summary>The formatters, each recognised by its <c>MimeType</c> property and its single <c>Format</c> method.</summary>
    public IEnumerable<object> CreateTypeFormatters() => [new HtmlNotebookFormatter(), new PlainTextNotebookFormatter()];

    /// <summary>Whether <paramref name="instance"/> is of a type whose formatters this source makes.</summary>
    internal static bool Formats(object? instance)
        => instance is not null && instance.GetType().IsDefined(typeof(TypeFormatterSourceAttribute), inherit: true);
}
