using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DomainKit.Tests.Packaging;

/// <summary>
/// A Polyglot notebook's C# cells as one .NET file-based app (<c>dotnet run notebook.cs</c>), so that a test can run
/// the notebook without the notebook kernel. Each cell keeps its place and is marked with <c>#line</c>, so that a
/// compile error or a stack trace names the notebook and the cell. Cells are read as the C# kernel reads them:
/// <list type="bullet">
/// <item><c>#r "nuget: Id, Version"</c> becomes <c>#:package Id@Version</c>; a package without a version, another
/// <c>#r</c>, <c>#i</c> and any other magic command fail the conversion.</item>
/// <item>The one cell tagged <c>package-source</c>, which points the kernel at the packages folder, is left out:
/// the app gets that folder from a nuget.config beside it.</item>
/// <item><c>using</c> directives at the top of a cell move to the top of the file, and a cell that declares types
/// moves after the statements, as a file-based app requires.</item>
/// <item>A last line with no semicolon is the cell's value, which the kernel displays: it becomes <c>display(...)</c>.</item>
/// <item>Only the namespaces the C# kernel imports are imported (System, System.Collections, System.Collections.Generic,
/// System.Linq, System.Text, System.Threading.Tasks), and <c>display</c> writes a value as the kernel would: through
/// the HTML formatter its type names by the formatter-source convention, which must give well-formed markup,
/// then as plain text.</item>
/// </list>
/// </summary>
internal sealed class NotebookProgram
{
    public const string PackageSourceTag = "package-source";

    private static readonly string[] KernelImports = ["System", "System.Collections", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"];

    private static readonly Regex NuGetReference = new(@"^#r\s+""nuget:\s*(?<id>[A-Za-z0-9_.\-]+)\s*(,\s*(?<version>[^""\s]+)\s*)?""\s*$");

    private static readonly Regex UsingDirective = new(@"^using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>, ]+)?;\s*$");

    private static readonly Regex TypeDeclaration = new(@"^((public|internal|file|sealed|static|abstract|partial|readonly)\s+)*(class|record|struct|interface|enum)\b");

    private NotebookProgram(string source, IReadOnlyList<string> packages, string? packageSourceCell, int codeCells)
    {
        Source = source;
        Packages = packages;
        PackageSourceCell = packageSourceCell;
        CodeCells = codeCells;
    }

    /// <summary>The text of the app.</summary>
    public string Source { get; }

    /// <summary>The packages the notebook references, as <c>Id@Version</c>.</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>The code of the cell tagged <see cref="PackageSourceTag"/>, if there is one.</summary>
    public string? PackageSourceCell { get; }

    /// <summary>How many code cells the app holds, the package-source cell not counted.</summary>
    public int CodeCells { get; }

    public static NotebookProgram FromFile(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static NotebookProgram Parse(string notebookJson, string notebookName)
    {
        using var notebook = JsonDocument.Parse(notebookJson);
        var root = notebook.RootElement;
        var defaultKernel = Lookup(root, "metadata", "polyglot_notebook", "kernelInfo", "defaultKernelName") ?? "csharp";
        var usings = new List<string>(KernelImports.Select(n => $"global using {n};"));
        var packages = new List<string>();
        var statements = new StringBuilder();
        var declarations = new StringBuilder();
        string? packageSourceCell = null;
        var codeCells = 0;
        var number = 0;
        foreach (var cell in root.GetProperty("cells").EnumerateArray())
        {
            number++;
            if (cell.GetProperty("cell_type").GetString() != "code")
            {
                continue;
            }
            var where = $"{notebookName}, cell {number}";
            var kernel = Lookup(cell, "metadata", "polyglot_notebook", "kernelName") ?? Lookup(cell, "metadata", "dotnet_interactive", "language") ?? defaultKernel;
            if (kernel != "csharp")
            {
                throw new NotSupportedException($"{where} is in '{kernel}'; only C# cells can be run as an app.");
            }
            var code = SourceOf(cell);
            if (Tags(cell).Contains(PackageSourceTag))
            {
                packageSourceCell = packageSourceCell is null ? code : throw new NotSupportedException($"{where} is a second '{PackageSourceTag}' cell.");
                continue;
            }
            codeCells++;
            var lines = code.ReplaceLineEndings("\n").Split('\n').ToList();
            if (lines.Count > 0 && lines[0].Trim() == "#!csharp")
            {
                lines[0] = "";
            }
            var body = new List<string>();
            var leading = true;
            foreach (var line in lines)
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith("#r", StringComparison.Ordinal))
                {
                    var match = NuGetReference.Match(trimmed);
                    if (!match.Success || !match.Groups["version"].Success)
                    {
                        throw new NotSupportedException($"{where}: '{trimmed}' is not a reference to a package at a fixed version.");
                    }
                    packages.Add($"{match.Groups["id"].Value}@{match.Groups["version"].Value}");
                    body.Add("");
                    continue;
                }
                if (trimmed.StartsWith("#i", StringComparison.Ordinal) || trimmed.StartsWith("#!", StringComparison.Ordinal))
                {
                    throw new NotSupportedException($"{where}: '{trimmed}' is a command of the notebook kernel that an app cannot run.");
                }
                if (leading && UsingDirective.IsMatch(trimmed))
                {
                    usings.Add(trimmed);
                    body.Add("");
                    continue;
                }
                if (trimmed.Length > 0 && !trimmed.StartsWith("//", StringComparison.Ordinal))
                {
                    leading = false;
                }
                body.Add(line);
            }
            var firstCode = body.Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith('['));
            if (firstCode is null)
            {
                continue;
            }
            var target = TypeDeclaration.IsMatch(firstCode) ? declarations : statements;
            if (target == statements)
            {
                DisplayLastValue(body);
            }
            target.Append("#line 1 \"").Append(where).Append("\"\n");
            foreach (var line in body)
            {
                target.Append(line).Append('\n');
            }
            target.Append("#line default\n");
        }

        var source = new StringBuilder();
        foreach (var package in packages.Distinct())
        {
            source.Append("#:package ").Append(package).Append('\n');
        }
        // The kernel imports only what KernelImports names, and compiles without ahead-of-time publishing in mind. The
        // compiler embeds the files #line names along with an embedded source, and the cells are no files.
        source.Append("#:property ImplicitUsings=disable\n#:property PublishAot=false\n#:property Nullable=enable\n#:property EmbedUntrackedSources=false\n");
        foreach (var directive in usings.Distinct())
        {
            source.Append(directive).Append('\n');
        }
        source.Append("using DomainKit.Tests.Notebooks;\n\n");
        source.Append(statements);
        source.Append("\nstatic void display(object? value) => NotebookDisplay.Show(value);\n\n");
        source.Append(declarations);
        source.Append(NotebookDisplay);
        return new NotebookProgram(source.ToString(), packages.Distinct().ToArray(), packageSourceCell, codeCells);
    }

    private static void DisplayLastValue(List<string> body)
    {
        var last = body.FindLastIndex(l => l.Trim().Length > 0);
        var line = body[last].TrimEnd();
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || line.EndsWith(';') || line.EndsWith('}') || line.EndsWith('{'))
        {
            return;
        }
        var indent = line[..(line.Length - trimmed.Length)];
        body[last] = $"{indent}display({trimmed});";
    }

    private static string SourceOf(JsonElement cell)
    {
        var source = cell.GetProperty("source");
        return source.ValueKind == JsonValueKind.Array ? string.Concat(source.EnumerateArray().Select(s => s.GetString())) : source.GetString() ?? "";
    }

    private static HashSet<string> Tags(JsonElement cell)
        => cell.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("tags", out var tags)
            ? tags.EnumerateArray().Select(t => t.GetString()!).ToHashSet()
            : [];

    private static string? Lookup(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    // What display does in the app: the formatters a type names by the convention the notebook kernel follows (an
    // attribute named TypeFormatterSourceAttribute), found and called by reflection as the kernel does.
    private const string NotebookDisplay = """

        namespace DomainKit.Tests.Notebooks
        {
            internal static class NotebookDisplay
            {
                public static void Show(object? value)
                {
                    if (value is null)
                    {
                        System.Console.WriteLine("<null>");
                        return;
                    }
                    var formatters = Formatters(value.GetType());
                    var html = Format(formatters, "text/html", value);
                    var text = Format(formatters, "text/plain", value) ?? value.ToString();
                    if (html is not null)
                    {
                        // The kernel puts the markup into the page as it is: it must be well formed.
                        System.Xml.Linq.XElement.Parse("<output>" + html + "</output>");
                        System.Console.WriteLine($"[text/html: {html.Length} characters]");
                    }
                    System.Console.WriteLine(text);
                }

                private static List<object> Formatters(System.Type type)
                {
                    var found = new List<object>();
                    for (var t = type; t is not null; t = t.BaseType)
                    {
                        foreach (var attribute in t.GetCustomAttributes(false).Where(a => a.GetType().Name == "TypeFormatterSourceAttribute"))
                        {
                            var sourceType = (System.Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
                            var source = System.Activator.CreateInstance(sourceType)!;
                            var created = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
                            found.AddRange(created.Cast<object>());
                        }
                    }
                    return found;
                }

                private static string? Format(List<object> formatters, string mimeType, object value)
                {
                    foreach (var formatter in formatters.Where(f => (string?)f.GetType().GetProperty("MimeType")!.GetValue(f) == mimeType))
                    {
                        var writer = new System.IO.StringWriter(System.Globalization.CultureInfo.InvariantCulture);
                        if ((bool)formatter.GetType().GetMethod("Format")!.Invoke(formatter, [value, writer])!)
                        {
                            return writer.ToString();
                        }
                    }
                    return null;
                }
            }
        }

        """;
}
