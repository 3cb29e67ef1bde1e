namespace DomainKit.Text;

/// <summary>
/// Keeps text from becoming a formula when a spreadsheet opens a file: the defence OWASP describes against
/// CSV injection. Public so that exporters of your own writing spreadsheet-bound text can use the same rule.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>
    /// Whether <paramref name="text"/> would be read as a formula: it starts with '=', '+', '-', '@', a tab or a
    /// carriage return, and is not simply a number as DomainKit writes numbers (digits with '.', ',' or spaces as
    /// separators, a sign, and a trailing "%", "đ", "đồng" or "VND").
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static bool IsFormulaLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(text);
    }

    /// <summary>
    /// <paramref name="text"/> unchanged, or with a leading apostrophe when it is <see cref="IsFormulaLike"/>:
    /// spreadsheets show <c>'=1+1</c> as the text "=1+1".
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Neutralise(string text) => IsFormulaLike(text) ? "'" + text : text;

    private static bool IsNumber(string text)
    {
        var body = text.AsSpan(1);
        foreach (var suffix in (ReadOnlySpan<string>)[" đồng", " VND", " đ", "%"])
        {
            if (body.EndsWith(suffix, StringComparison.Ordinal))
            {
                body = body[..^suffix.Length];
                break;
            }
        }
        if (body.IsEmpty || !char.IsAsciiDigit(body[0]) || !char.IsAsciiDigit(body[^1]))
        {
            return false;
        }
        foreach (var c in body)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ' '))
            {
                return false;
            }
        }
        return true;
    }
}
