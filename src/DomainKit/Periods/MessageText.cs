using System.Globalization;
using System.Text;
using DomainKit.Money;
using DomainKit.Text;
using NodaTime;

namespace DomainKit.Periods;

/// <summary>Fills <c>{name}</c> placeholders of a message template with values written in a culture.</summary>
/// <remarks>
/// Records, validation, aggregation, reconciliation and the readers all write messages with it, and it writes
/// amounts, dates and periods, so it sits with the highest of the values it writes, below every layer that uses it.
/// </remarks>
internal static class MessageText
{
    /// <summary>The message of <paramref name="template"/> in both languages, its placeholders filled with <paramref name="values"/>.</summary>
    public static LocalizedText Fill(LocalizedText template, IReadOnlyDictionary<string, object?> values)
        => new(Render(template.Vietnamese, values, TextCulture.Vietnamese), Render(template.English, values, TextCulture.English));

    public static string Render(string template, IReadOnlyDictionary<string, object?> values, TextCulture culture)
    {
        var result = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }
            result.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            result.Append(values.TryGetValue(name, out var value) ? Write(value, culture) : "{" + name + "}");
            i = close + 1;
        }
        return result.ToString();
    }

    public static string Write(object? value, TextCulture culture) => value switch
    {
        null => culture == TextCulture.Vietnamese ? "(không có)" : "(none)",
        Dong amount => DongFormat.Format(amount, DongStyle.Full, culture),
        // Dates beyond the years 1 to 9999 come only from bad data, and still must not stop the finding being written.
        LocalDate date when date.Year is < 1 or > 9999 => NodaTime.Text.LocalDatePattern.Iso.Format(date),
        LocalDate date => DateFormat.Format(date, DateStyle.Short, culture),
        ReportingPeriod period => PeriodFormat.Format(period, culture),
        Classifier classifier => classifier.Name.In(culture),
        LocalizedText text => text.In(culture),
        int number => Group(number, culture),
        long number => Group(number, culture),
        Enum e => e.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // Counts are grouped as amounts are: "4.127" in Vietnamese, "4,127" invariant.
    private static string Group(long number, TextCulture culture)
        => new StringBuilder(number < 0 ? "-" : string.Empty)
            .AppendGrouped(number < 0 ? (ulong)(-(number + 1)) + 1 : (ulong)number, culture)
            .ToString();
}
