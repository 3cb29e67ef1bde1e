namespace DomainKit.Utility;

/// <summary>
/// Names the class that makes a type's formatters for notebooks. .NET Interactive recognises an attribute by this
/// name in any namespace, reads <see cref="FormatterSourceType"/>, creates that class and asks it for formatters
/// (see <see cref="NotebookFormatterSource"/>), so DomainKit takes no dependency on notebook packages, and hosts
/// without the convention ignore the attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    /// <summary>Names <paramref name="formatterSourceType"/> as the maker of the type's formatters.</summary>
    public TypeFormatterSourceAttribute(Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>The class the notebook creates, with a public parameterless constructor, to make the formatters.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>
    /// The MIME types the notebook should prefer for the type, if any. DomainKit leaves this <see langword="null"/>:
    /// a notebook shows HTML by default and a console REPL plain text, and each should keep its own choice.
    /// </summary>
    public string[]? PreferredMimeTypes { get; set; }
}
