namespace DomainKit.Utility;

/// <summary>Writes a DomainKit result or value as plain text for a notebook or REPL: its <c>ToString()</c>, in English with invariant numbers.</summary>
/// <remarks>The notebook finds <see cref="Format"/> by name, so it must stay the only public method of that name.</remarks>
internal sealed class PlainTextNotebookFormatter
{
    /// <summary>The MIME type written: <c>text/plain</c>.</summary>
    public string MimeType => "text/plain";

    /// <summary>Writes <paramref name="instance"/> to <paramref name="writer"/>; <see langword="false"/>, writing nothing, when it is not DomainKit's to format.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (!NotebookFormatterSource.Formats(instance))
        {
            return false;
        }
        writer.Write(instance.ToString());
        return true;
    }
}
