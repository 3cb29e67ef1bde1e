namespace DomainKit.Text;

/// <summary>
/// How a figure that was not reported is written: "–" in every culture, never 0, with a note that says what the dash
/// means. Values, tables and every exporter write it the same way, so it sits below all of them.
/// </summary>
internal static class MissingFigure
{
    /// <summary>The text of a figure that was not reported.</summary>
    public const string Text = "–";

    /// <summary>What <see cref="Text"/> means: "–: không có số liệu" or "–: not reported".</summary>
    public static string Note(TextCulture culture)
        => Text + (culture == TextCulture.Vietnamese ? ": không có số liệu" : ": not reported");
}
