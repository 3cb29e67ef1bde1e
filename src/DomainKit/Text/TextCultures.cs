using System.Globalization;

namespace DomainKit.Text;

/// <summary>
/// The <see cref="TextCulture"/> that a format provider stands for, as .NET's parsing and formatting interfaces
/// hand one over: Vietnamese for a <see cref="CultureInfo"/> whose name starts with <c>vi</c>, invariant for any other
/// provider and for none. The provider is only looked at, never asked for culture data, and the thread's culture
/// never counts.
/// </summary>
internal static class TextCultures
{
    public static TextCulture Of(IFormatProvider? provider)
        => provider is CultureInfo info && info.Name.StartsWith("vi", StringComparison.OrdinalIgnoreCase)
            ? TextCulture.Vietnamese
            : TextCulture.English;

    /// <summary>Copies <paramref name="text"/> into <paramref name="destination"/> when it fits, as <see cref="ISpanFormattable.TryFormat"/> does.</summary>
    public static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }
        charsWritten = 0;
        return false;
    }
}
