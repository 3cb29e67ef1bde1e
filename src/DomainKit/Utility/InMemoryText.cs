namespace DomainKit.Utility;

/// <summary>Runs an asynchronous text writer into a string, for the synchronous renderings of the exporters' output.</summary>
internal static class InMemoryText
{
    /// <summary>
    /// What <paramref name="write"/> writes to a <see cref="StringWriter"/>. A string writer completes every write at
    /// once, so the writers DomainKit passes here (which await nothing else, each with ConfigureAwait(false)) have
    /// finished when they return: waiting for the task never blocks, and no synchronisation context is involved.
    /// </summary>
    public static string Write(Func<TextWriter, Task> write)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(writer).GetAwaiter().GetResult();
        return writer.ToString();
    }
}
