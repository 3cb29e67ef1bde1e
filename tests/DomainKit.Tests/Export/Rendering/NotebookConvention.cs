using System.Collections;
using System.Linq.Expressions;

namespace DomainKit.Tests.Export.Rendering;

/// <summary>
/// Finds formatters as .NET Interactive does for a type without its package: an attribute whose class is named
/// <c>TypeFormatterSourceAttribute</c>, on the type or a base type, gives <c>FormatterSourceType</c>; that class is
/// created with its public parameterless constructor and asked, by name, to <c>CreateTypeFormatters</c>; each
/// formatter gives its <c>MimeType</c>, optionally its <c>Type</c>, and its single public <c>Format</c> method, bound
/// as a <c>Func&lt;object, TextWriter, bool&gt;</c>. Everything is found by reflection, as the notebook finds it.
/// </summary>
internal static class NotebookConvention
{
    public const string AttributeName = "TypeFormatterSourceAttribute";

    /// <summary>A formatter found by the convention.</summary>
    public sealed record Formatter(string MimeType, Type FormattedType, Func<object, TextWriter, bool> Format)
    {
        /// <summary>What the formatter writes for <paramref name="value"/>, or <see langword="null"/> when it says the value is not its own.</summary>
        public string? Write(object value)
        {
            using var writer = new StringWriter();
            return Format(value, writer) ? writer.ToString() : null;
        }
    }

    /// <summary>Whether <paramref name="type"/> or a base type carries the attribute.</summary>
    public static bool IsDecorated(Type type) => Attributes(type).Any();

    /// <summary>Every formatter the convention finds for <paramref name="type"/>.</summary>
    public static IReadOnlyList<Formatter> FormattersFor(Type type)
    {
        var found = new List<Formatter>();
        foreach (var attribute in Attributes(type))
        {
            if (attribute.GetType().GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType)
            {
                continue;
            }
            var source = Activator.CreateInstance(sourceType)!;
            if (sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null) is not IEnumerable formatters)
            {
                continue;
            }
            foreach (var formatter in formatters)
            {
                var formatterType = formatter.GetType();
                if (formatterType.GetProperty("MimeType")?.GetValue(formatter) is not string mimeType)
                {
                    continue;
                }
                // GetMethod by name alone: an overload would make it throw AmbiguousMatchException, as in the notebook.
                var format = formatterType.GetMethod("Format")!;
                var value = Expression.Parameter(typeof(object));
                var writer = Expression.Parameter(typeof(TextWriter));
                var call = Expression.Lambda<Func<object, TextWriter, bool>>(
                    Expression.Call(Expression.Constant(formatter), format, value, writer), value, writer).Compile();
                var formattedType = formatterType.GetProperty("Type")?.GetValue(formatter) as Type ?? type;
                found.Add(new Formatter(mimeType, formattedType, call));
            }
        }
        return found;
    }

    /// <summary>What the formatter of <paramref name="mimeType"/> writes for <paramref name="value"/>, as the notebook would show it.</summary>
    public static string Display(object value, string mimeType)
    {
        var writes = FormattersFor(value.GetType())
            .Where(f => f.MimeType == mimeType && f.FormattedType.IsInstanceOfType(value))
            .Select(f => f.Write(value))
            .Where(text => text is not null)
            .ToList();
        return Assert.Single(writes)!;
    }

    private static IEnumerable<Attribute> Attributes(Type type)
    {
        var attributes = new List<Attribute>();
        for (var current = type; current is not null; current = current.BaseType)
        {
            attributes.AddRange(current.GetCustomAttributes(true).OfType<Attribute>().Where(a => a.GetType().Name == AttributeName));
        }
        // With inherit: true a base type's attribute is also the derived type's; each counts once.
        return attributes.Distinct();
    }
}
