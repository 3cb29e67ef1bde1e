using DomainKit.Periods;
using DomainKit.Text;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK702: a fund entry, or the span a summary entry covers, starts before the fund's inception, or a summary
/// entry is dated before the end of the span it covers.
/// </summary>
internal sealed class EntryOutsideFundBoundsRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK702", "EntryOutsideFundBounds", Severity.Error,
        new("Bút toán ngoài thời gian của quỹ", "An entry falls outside its fund's time"),
        new("{problem}.", "{problem}."));

    public void Validate(RuleContext context)
    {
        foreach (var ledger in context.Dataset.Ledgers)
        {
            var inception = ledger.Fund?.InceptionDate;
            for (var i = 0; i < ledger.Count; i++)
            {
                // Only an entry kept as a record can cover a span; the others are single days.
                var date = ledger.DateAt(i);
                var covered = ledger.HasDetailsAt(i) ? ledger.EntryAt(i).Covers : null;
                if (inception is null && covered is null)
                {
                    continue;
                }
                var at = EntityRef.ForFundEntry(ledger.FundId, i);
                var start = covered is { } span && span.Start < date ? span.Start : date;
                if (inception is { } first && start < first)
                {
                    context.Report(at, covered is null ? "Date" : "Covers", (MessageArguments.Date, start), (MessageArguments.Inception, first), (MessageArguments.Problem, new LocalizedText(
                        $"Bút toán từ ngày {MessageText.Write(start, TextCulture.Vietnamese)}, trước khi quỹ thành lập ngày {MessageText.Write(first, TextCulture.Vietnamese)}",
                        $"The entry starts on {MessageText.Write(start, TextCulture.English)}, before the fund's inception on {MessageText.Write(first, TextCulture.English)}")));
                }
                if (covered is { } covers && covers.End > date)
                {
                    context.Report(at, "Covers", (MessageArguments.Date, date), (MessageArguments.CoversEnd, covers.End), (MessageArguments.Problem, new LocalizedText(
                        $"Bút toán tổng hợp ghi ngày {MessageText.Write(date, TextCulture.Vietnamese)} nhưng kỳ của nó kết thúc ngày {MessageText.Write(covers.End, TextCulture.Vietnamese)}",
                        $"The summary entry is dated {MessageText.Write(date, TextCulture.English)} but its span ends on {MessageText.Write(covers.End, TextCulture.English)}")));
                }
            }
        }
    }
}
