using System.Text;
using DomainKit.Export;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Cli;

/// <summary>Chooses an exporter from <c>--format</c> and <c>--output</c> and writes a report with it, to a file or to standard output.</summary>
internal static class ReportOutput
{
    /// <summary>
    /// The exporter of <paramref name="format"/>; else the one of <paramref name="output"/>'s extension; else,
    /// with neither, <paramref name="fallback"/>. Checked before any data is read.
    /// </summary>
    public static IExporter Choose(ExporterCatalog exporters, string? format, string? output, string fallback, TextCulture culture)
    {
        IExporter? exporter;
        if (format is not null)
        {
            if (!exporters.TryGet(format, out exporter))
            {
                throw new UsageException(culture.Say(
                    $"Không có định dạng '{format}'. Có: {Words.List(exporters.FormatIds)}.",
                    $"There is no format '{format}'. There are: {Words.List(exporters.FormatIds)}."));
            }
        }
        else if (output is not null)
        {
            exporter = exporters.FindByExtension(output);
            if (exporter is null)
            {
                throw new UsageException(culture.Say(
                    $"Không biết định dạng của {output}; chọn bằng --format: {Words.List(exporters.FormatIds)}.",
                    $"No format writes files like {output}; choose one with --format: {Words.List(exporters.FormatIds)}."));
            }
        }
        else
        {
            exporter = exporters.Get(fallback);
        }
        if (output is null && exporter is not TextExporterBase)
        {
            throw new UsageException(culture.Say(
                $"Định dạng {exporter.FormatId} ghi tệp nhị phân; cho tên tệp bằng --output.",
                $"The {exporter.FormatId} format writes a binary file; name it with --output."));
        }
        return exporter;
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/>, or as text to <paramref name="stdout"/> when it is <see langword="null"/>.</summary>
    public static async Task WriteAsync(IExporter exporter, ReportDocument document, ExportOptions options, string? output, TextWriter stdout, CancellationToken cancellationToken)
    {
        if (output is null)
        {
            using var buffer = new MemoryStream();
            await exporter.ExportAsync(document, buffer, options, cancellationToken).ConfigureAwait(false);
            // The exporter writes UTF-8; decoding drops a byte order mark, which standard output does not want.
            var text = new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
            await stdout.WriteAsync(text.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (!text.EndsWith('\n'))
            {
                await stdout.WriteLineAsync().ConfigureAwait(false);
            }
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        await DatasetFiles.WriteFileAsync(output, file => exporter.ExportAsync(document, file, options, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The money style named on the command line.</summary>
    public static DongStyle MoneyStyle(string? name) => name switch
    {
        "compact" => DongStyle.Compact,
        "words" => DongStyle.Words,
        "plain" => DongStyle.Plain,
        _ => DongStyle.Full,
    };
}
