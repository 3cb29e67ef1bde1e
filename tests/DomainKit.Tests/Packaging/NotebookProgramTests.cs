using System.Text.Json;

namespace DomainKit.Tests.Packaging;

public sealed class NotebookProgramTests
{
    private static string Notebook(params object[] cells) => JsonSerializer.Serialize(new
    {
        cells,
        metadata = new { polyglot_notebook = new { kernelInfo = new { defaultKernelName = "csharp" } } },
        nbformat = 4,
        nbformat_minor = 5,
    });

    private static object Code(string source, string kernel = "csharp", params string[] tags) => new
    {
        cell_type = "code",
        metadata = new { polyglot_notebook = new { kernelName = kernel }, tags },
        outputs = Array.Empty<object>(),
        source = Lines(source),
    };

    private static string[] Lines(string source)
    {
        var lines = source.Split('\n');
        return lines.Select((line, i) => i < lines.Length - 1 ? line + "\n" : line).ToArray();
    }

    private static object Markdown(string source) => new { cell_type = "markdown", metadata = new { }, source };

    private static NotebookProgram Convert(params object[] cells) => NotebookProgram.Parse(Notebook(cells), "test.ipynb");

    [Fact]
    public void A_package_reference_becomes_a_package_directive_at_the_top()
    {
        var program = Convert(Code("#r \"nuget: DomainKit, 0.1.0\"\n#r \"nuget:NodaTime,3.3.7\""));

        Assert.Equal(["DomainKit@0.1.0", "NodaTime@3.3.7"], program.Packages);
        Assert.StartsWith("#:package DomainKit@0.1.0\n#:package NodaTime@3.3.7\n", program.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#r \"nuget: DomainKit\"")]
    [InlineData("#r \"DomainKit.dll\"")]
    [InlineData("#i \"nuget: /packages\"")]
    [InlineData("#!fsharp\nlet x = 1")]
    [InlineData("var x = 1;\n#!time")]
    public void A_kernel_command_an_app_cannot_run_is_refused_naming_the_cell(string source)
    {
        var error = Assert.Throws<NotSupportedException>(() => Convert(Markdown("# Title"), Code(source)));

        Assert.Contains("test.ipynb, cell 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_in_another_language_is_refused()
    {
        var error = Assert.Throws<NotSupportedException>(() => Convert(Code("let x = 1", kernel: "fsharp")));

        Assert.Contains("'fsharp'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_source_cell_is_left_out_of_the_app_and_kept_apart()
    {
        var program = Convert(Code("await Kernel.Root.SendAsync(command);", "csharp", NotebookProgram.PackageSourceTag), Code("var x = 1;"));

        Assert.Equal("await Kernel.Root.SendAsync(command);", program.PackageSourceCell);
        Assert.DoesNotContain("Kernel.Root", program.Source, StringComparison.Ordinal);
        Assert.Equal(1, program.CodeCells);
    }

    [Fact]
    public void Usings_at_the_top_of_a_cell_move_to_the_top_of_the_app_once()
    {
        var program = Convert(Code("var a = 1;"), Code("using System.IO;\nusing static System.Math;\nvar b = Abs(-1);"), Code("using System.IO;"));
        var source = program.Source;

        Assert.Equal(source.IndexOf("using System.IO;", StringComparison.Ordinal), source.LastIndexOf("using System.IO;", StringComparison.Ordinal));
        Assert.True(source.IndexOf("using static System.Math;", StringComparison.Ordinal) < source.IndexOf("var a = 1;", StringComparison.Ordinal));
        Assert.Contains("var b = Abs(-1);", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_namespaces_the_kernel_imports_are_imported()
    {
        var source = Convert(Code("var a = 1;")).Source;

        Assert.Contains("#:property ImplicitUsings=disable\n", source, StringComparison.Ordinal);
        Assert.Contains("global using System.Linq;\n", source, StringComparison.Ordinal);
        Assert.DoesNotContain("global using System.IO;", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_declaring_a_type_moves_after_the_statements_of_every_cell()
    {
        var source = Convert(Code("// An exporter\npublic sealed class Mine { }"), Code("var mine = new Mine();")).Source;

        Assert.True(source.IndexOf("var mine = new Mine();", StringComparison.Ordinal) < source.IndexOf("public sealed class Mine", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("var table = 1;\ntable", "display(table);")]
    [InlineData("var x = 1;\n  x + 1  \n\n", "  display(x + 1);")]
    [InlineData("var x = 1;", "var x = 1;")]
    [InlineData("if (true)\n{\n}", "}")]
    [InlineData("var x = 1;\n// the end", "// the end")]
    public void A_last_line_without_a_semicolon_is_the_value_the_kernel_displays(string cell, string expected)
    {
        var source = Convert(Code(cell)).Source;

        // Blank lines after the last one stay where they are.
        Assert.Matches(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(expected) + "\n\n*#line default"), source);
    }

    [Fact]
    public void Each_cell_is_marked_with_the_notebook_and_its_number_for_errors_and_stack_traces()
    {
        var source = Convert(Markdown("# Title"), Code("var a = 1;"), Markdown("text"), Code("var b = 2;")).Source;

        Assert.Contains("#line 1 \"test.ipynb, cell 2\"\nvar a = 1;\n#line default\n", source, StringComparison.Ordinal);
        Assert.Contains("#line 1 \"test.ipynb, cell 4\"\nvar b = 2;\n#line default\n", source, StringComparison.Ordinal);
    }
}
