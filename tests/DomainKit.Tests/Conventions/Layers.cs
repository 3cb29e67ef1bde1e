namespace DomainKit.Tests.Conventions;

/// <summary>
/// The layers of DomainKit, lowest first: values, records, checks and reports, reading and writing, wiring, and the
/// packages built on the library. A type may use types of its own layer and of the layers below it, never of a layer
/// above: a value knows nothing of the records made of it, a record nothing of the checks run on it, and no part of the
/// library anything of the exporters that publish it. Namespaces listed together are one layer.
/// </summary>
internal static class Layers
{
    /// <summary>The assembly whose namespaces are placed by <see cref="Order"/>.</summary>
    public const string Library = "DomainKit";

    /// <summary>The assemblies built on the library: the top layer, whatever their namespaces. They may use anything below; nothing below may use them.</summary>
    public static readonly string[] Top = ["DomainKit.Export.OpenXml", "DomainKit.Cli"];

    /// <summary>The namespaces of <see cref="Library"/>, layer by layer, lowest first.</summary>
    public static readonly string[][] Order =
    [
        // Values.
        ["DomainKit.Utility"],
        ["DomainKit.Text"],
        ["DomainKit.Money"],
        ["DomainKit.Periods"],
        // Records.
        ["DomainKit.Units"],
        ["DomainKit.Indicators"],
        ["DomainKit.Models"],
        ["DomainKit.Pledges"],
        ["DomainKit.Funds"],
        ["DomainKit.Commendations"],
        ["DomainKit.Submissions"],
        ["DomainKit.Data"],
        // Checks and reports, each of which may use the ones before it.
        ["DomainKit.Validation", "DomainKit.Validation.Rules"],
        ["DomainKit.Aggregation"],
        ["DomainKit.Reconciliation", "DomainKit.Reconciliation.Checks"],
        ["DomainKit.Submissions.Checks"],
        // Reading and writing.
        ["DomainKit.Interchange", "DomainKit.Interchange.Csv", "DomainKit.Interchange.Json", "DomainKit.Interchange.Schema", "DomainKit.Interchange.Submissions"],
        ["DomainKit.Export", "DomainKit.Export.Html", "DomainKit.Export.Notebooks"],
        // Wiring into dependency injection, in the namespace the platform's own extensions use.
        ["Microsoft.Extensions.DependencyInjection"],
    ];

    /// <summary>The layer of <paramref name="type"/>: its index in <see cref="Order"/>, one past the last for the top assemblies; <see langword="null"/> for anything else (the framework, a namespace not placed).</summary>
    public static int? LayerOf(TypeKey type)
    {
        if (Top.Contains(type.Assembly, StringComparer.Ordinal))
        {
            return Order.Length;
        }
        if (type.Assembly != Library)
        {
            return null;
        }
        var layer = Array.FindIndex(Order, namespaces => namespaces.Contains(type.Namespace, StringComparer.Ordinal));
        return layer < 0 ? null : layer;
    }

    /// <summary>The name of a layer, for messages: its first namespace, or the top assemblies.</summary>
    public static string NameOf(int layer) => layer == Order.Length ? string.Join(", ", Top) : Order[layer][0];

    /// <summary>
    /// Each reference among <paramref name="references"/> from a type to a type of a higher layer, one line each, sorted:
    /// <c>DomainKit.Money.Dong -&gt; DomainKit.Export.Notebooks.NotebookFormatterSource (layer DomainKit.Money uses DomainKit.Export)</c>.
    /// </summary>
    public static IReadOnlyList<string> Upward(IEnumerable<(TypeKey From, TypeKey To)> references)
        => [.. references
            .Select(r => (r.From, r.To, FromLayer: LayerOf(r.From), ToLayer: LayerOf(r.To)))
            .Where(r => r.FromLayer is { } from && r.ToLayer is { } to && to > from)
            .Select(r => $"{r.From} -> {r.To} (layer {NameOf(r.FromLayer!.Value)} uses {NameOf(r.ToLayer!.Value)})")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}
