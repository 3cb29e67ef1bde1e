using DomainKit.Export;
using DomainKit.Text;

namespace DomainKit.Cli;

/// <summary>Where one run of the tool writes, whether it shows progress, and the exporters it offers.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool ShowProgress, ExporterCatalog Exporters)
{
    /// <summary>The progress display of a command run with <paramref name="quiet"/> in <paramref name="culture"/>.</summary>
    public ConsoleProgress Progress(bool quiet, TextCulture culture) => new(Error, ShowProgress && !quiet, culture);
}
