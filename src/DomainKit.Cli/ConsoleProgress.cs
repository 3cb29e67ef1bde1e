using DomainKit.Interchange;
using DomainKit.Text;

namespace DomainKit.Cli;

/// <summary>
/// Shows how far a long read or write has come on one line of the error stream, rewritten in place with a
/// carriage return, then a final line. Silent when the stream is redirected (a log would fill with partial lines)
/// or with <c>--quiet</c>, so that scripts see only the results.
/// </summary>
internal sealed class ConsoleProgress : IProgress<ImportProgress>
{
    private readonly TextWriter writer;
    private readonly Lock gate = new();
    private int shown;

    public ConsoleProgress(TextWriter writer, bool enabled, TextCulture culture)
    {
        this.writer = writer;
        Enabled = enabled;
        Culture = culture;
    }

    public bool Enabled { get; }

    public TextCulture Culture { get; }

    /// <summary>Records read so far: "Đọc 1.234.567 bản ghi… 45%".</summary>
    public void Report(ImportProgress value)
    {
        var percent = value.TotalBytes is > 0 and var total ? $" {Math.Min(100, value.Bytes * 100 / total)}%" : string.Empty;
        Show(Culture.Say($"Đọc {Culture.Count(value.Records)} bản ghi…", $"Reading {Culture.Count(value.Records)} records…") + percent);
    }

    /// <summary>Bytes written so far: "Ghi 12 MB…".</summary>
    public void Written(long bytes)
        => Show(Culture.Say($"Ghi {Culture.Count(bytes >> 20)} MB…", $"Writing {Culture.Count(bytes >> 20)} MB…"));

    /// <summary>What is being done now, on the progress line.</summary>
    public void Step(string vietnamese, string english) => Show(Culture.Say(vietnamese, english));

    /// <summary>Ends the progress line with a line that stays.</summary>
    public void Done(string vietnamese, string english)
    {
        if (!Enabled)
        {
            return;
        }
        lock (gate)
        {
            var text = Culture.Say(vietnamese, english);
            writer.Write('\r');
            writer.WriteLine(text.PadRight(shown));
            writer.Flush();
            shown = 0;
        }
    }

    private void Show(string text)
    {
        if (!Enabled)
        {
            return;
        }
        lock (gate)
        {
            writer.Write('\r');
            writer.Write(text.PadRight(shown));
            writer.Flush();
            shown = text.Length;
        }
    }
}
