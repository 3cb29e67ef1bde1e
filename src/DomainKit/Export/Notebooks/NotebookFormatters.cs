using System.Runtime.CompilerServices;
using DomainKit.Utility;

namespace DomainKit.Export.Notebooks;

/// <summary>Registers the exporters' HTML formatter with <see cref="NotebookFormatterSource"/>, which the values and records name in their attribute.</summary>
internal static class NotebookFormatters
{
    // A module initializer runs once, when the assembly is loaded and before any of its code, so a notebook asking any
    // DomainKit type for its formatters finds the HTML one already there, without the lower layers naming this one.
#pragma warning disable CA2255 // The initializer only fills a registry of the assembly's own; it calls nothing outside it.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Register() => NotebookFormatterSource.Register(new HtmlNotebookFormatter());
}
