using System.Globalization;
using DomainKit.Funds;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Reconciliation.Checks;

/// <summary>The words several checks use in their findings: what is missing from the data, which ledger, a signed difference.</summary>
internal static class FigureTexts
{
    public static LocalizedText UnitMissing(UnitId id)
        => new($"đơn vị '{id}' không có trong dữ liệu", $"unit '{id}' is not in the data");

    public static LocalizedText FundMissing(FundId id)
        => new($"quỹ '{id}' không có trong dữ liệu", $"fund '{id}' is not in the data");

    public static LocalizedText LedgerSource(FundLedger ledger, FundId id)
        => ledger.Fund is { } fund
            ? new($"sổ quỹ “{fund.Name}”", $"the ledger of “{fund.Name}”")
            : new($"sổ quỹ '{id}'", $"the ledger of '{id}'");

    // The source names the ledger ("the ledger of “X”"), the reason says what it lacks ("has no entries").
    public static LocalizedText Of(LocalizedText source, LocalizedText reason)
        => new($"{source.Vietnamese} {reason.Vietnamese}", $"{source.English} {reason.English}");

    /// <summary>A difference in percentage points with its sign: <c>+1,7</c>, <c>-3,3</c>, <c>0,0</c>.</summary>
    public static string Points(decimal points, TextCulture culture)
    {
        var text = points.ToString(CultureInfo.InvariantCulture);
        if (points > 0)
        {
            text = "+" + text;
        }
        return culture == TextCulture.Vietnamese ? text.Replace('.', ',') : text;
    }

    /// <summary>A count grouped as in messages: "4.127" in Vietnamese, "4,127" invariant.</summary>
    public static string Group(long value, TextCulture culture) => MessageText.Write(value, culture);
}
