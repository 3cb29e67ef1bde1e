using DomainKit.Text;

namespace DomainKit.Interchange.Submissions;

/// <summary>
/// The figures sheet is opened in spreadsheets and read back: a text a spreadsheet would take for a formula gets a
/// leading apostrophe, and the reader takes exactly one off again. A text that itself begins with apostrophes before
/// such a text gets one more, so that every text reads back as it was.
/// </summary>
internal static class SheetText
{
    private static bool NeedsGuard(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] == '\'')
        {
            i++;
        }
        return SpreadsheetText.IsFormulaLike(text[i..]);
    }

    public static string Guard(string text) => NeedsGuard(text) ? "'" + text : text;

    public static string Unguard(string text) => text.Length > 1 && text[0] == '\'' && NeedsGuard(text[1..]) ? text[1..] : text;
}
