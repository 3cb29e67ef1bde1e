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
            for (var i = 0; i < ledger.Entries.Length; i++)
            {
                var entry = ledger.Entries[i];
                var at = EntityRef.ForFundEntry(ledger.FundId, i);
                var start = entry.Covers is { } span && span.Start < entry.Date ? span.Start : entry.Date;
                if (inception is { } first && start < first)
                {
                    context.Report(at, entry.Covers is null ? "Date" : "Covers", ("date", start), ("inception", first), ("problem", new LocalizedText(
                        $"Bút toán từ ngày {MessageText.Write(start, ReportCulture.Vietnamese)}, trước khi quỹ thành lập ngày {MessageText.Write(first, ReportCulture.Vietnamese)}",
                        $"The entry starts on {MessageText.Write(start, ReportCulture.Invariant)}, before the fund's inception on {MessageText.Write(first, ReportCulture.Invariant)}")));
                }
                if (entry.Covers is { } covers && covers.End > entry.Date)
                {
                    context.Report(at, "Covers", ("date", entry.Date), ("coversEnd", covers.End), ("problem", new LocalizedText(
                        $"Bút toán tổng hợp ghi ngày {MessageText.Write(entry.Date, ReportCulture.Vietnamese)} nhưng kỳ của nó kết thúc ngày {MessageText.Write(covers.End, ReportCulture.Vietnamese)}",
                        $"The summary entry is dated {MessageText.Write(entry.Date, ReportCulture.Invariant)} but its span ends on {MessageText.Write(covers.End, ReportCulture.Invariant)}")));
                }
            }
        }
    }
}
