using System.Text;
using DomainKit.Text;

namespace DomainKit.Export.Html;

/// <summary>
/// The wrapper of every HTML fragment: a <c>div</c> of class <c>domainkit</c> in the XHTML namespace, with the
/// language of its text, holding the style sheet scoped to it. It needs nothing from the page it is put in, and its
/// white background and black text keep it readable in a notebook's dark theme.
/// </summary>
internal static class HtmlFragment
{
    /// <summary>Opens the wrapper and writes the style sheet; with <paramref name="moneyWords"/>, amounts in words may wrap.</summary>
    public static StringBuilder Open(StringBuilder html, TextCulture culture, bool moneyWords = false)
    {
        var language = HtmlWords.Language(culture);
        html.Append("<div xmlns=\"http://www.w3.org/1999/xhtml\" class=\"").Append(HtmlStyleSheet.FragmentClass);
        if (moneyWords)
        {
            html.Append(' ').Append(HtmlStyleSheet.MoneyWordsClass);
        }
        html.Append("\" lang=\"").Append(language).Append("\" xml:lang=\"").Append(language).Append("\">\n");
        return html.Append("<style>\n").Append(HtmlStyleSheet.FragmentCss).Append("</style>\n");
    }

    /// <summary>Closes the wrapper.</summary>
    public static StringBuilder Close(StringBuilder html) => html.Append("</div>\n");
}
