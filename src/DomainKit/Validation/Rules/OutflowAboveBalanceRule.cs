using DomainKit.Funds;
using DomainKit.Money;
using NodaTime;

namespace DomainKit.Validation.Rules;

/// <summary>
/// DK501: a disbursement or loan pays out more than the fund can have held on its date.
/// </summary>
/// <remarks>
/// Summary entries cover spans whose order inside the span is unknown, so the rule flags only what is certainly
/// an overdraft: the outflow plus every outflow that surely came before it exceeds every inflow that could have
/// come before it. An inflow could have come before when its span (or day) starts on or before the outflow's
/// date. For a single transaction, an outflow surely came before it when it is dated earlier or, on the same
/// day, listed earlier; for a summary entry, every other outflow dated on or before the end of its span has
/// happened by then. Inflows of a day count before its outflows.
/// </remarks>
internal sealed class OutflowAboveBalanceRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK501", "OutflowAboveBalance", Severity.Error,
        new("Chi vượt số dư quỹ", "An outflow exceeds the fund's balance"),
        new("Khoản chi {amount} ngày {date} vượt số dư có thể có là {balance}, thiếu {shortfall}.",
            "The outflow of {amount} on {date} exceeds the balance the fund can have had, {balance}, by {shortfall}."));

    public void Validate(RuleContext context)
    {
        foreach (var ledger in context.Dataset.Ledgers)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            try
            {
                Check(context, ledger);
            }
            catch (OverflowException)
            {
                // DK106 reports a ledger whose sums overflow; its balances mean nothing.
            }
        }
    }

    private static void Check(RuleContext context, FundLedger ledger)
    {
        var entries = ledger.Entries;
        var inflowStarts = new List<(LocalDate Start, long Amount)>();
        var outflowDates = new List<(LocalDate Date, long Amount)>();
        foreach (var entry in entries)
        {
            var effect = entry.CashEffect.Value;
            if (effect > 0)
            {
                inflowStarts.Add((Earliest(entry), effect));
            }
            else if (effect < 0)
            {
                outflowDates.Add((entry.Date, checked(-effect)));
            }
        }
        if (outflowDates.Count == 0)
        {
            return;
        }
        inflowStarts.Sort((a, b) => a.Start.CompareTo(b.Start));
        var inflowKeys = inflowStarts.Select(x => x.Start).ToArray();
        var inflowSums = PrefixSums(inflowStarts.Select(x => x.Amount));
        var outflowKeys = outflowDates.Select(x => x.Date).ToArray();
        var outflowSums = PrefixSums(outflowDates.Select(x => x.Amount));

        var sameDay = default(LocalDate);
        long sameDayPlain = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.CashEffect.Value >= 0)
            {
                continue;
            }
            if (entry.Date != sameDay)
            {
                sameDay = entry.Date;
                sameDayPlain = 0;
            }
            var amount = checked(-entry.CashEffect.Value);
            var possibleIn = inflowSums[CountAtOrBefore(inflowKeys, entry.Date)];
            long surelyBefore;
            if (entry.Covers is null)
            {
                surelyBefore = checked(outflowSums[CountBefore(outflowKeys, entry.Date)] + sameDayPlain);
                sameDayPlain = checked(sameDayPlain + amount);
            }
            else
            {
                // By the end of a summary entry's span, every outflow dated on or before that day has happened.
                surelyBefore = checked(outflowSums[CountAtOrBefore(outflowKeys, entry.Date)] - amount);
            }
            var needed = checked(surelyBefore + amount);
            if (needed > possibleIn)
            {
                var available = Math.Max(0, checked(possibleIn - surelyBefore));
                context.Report(EntityRef.ForFundEntry(ledger.FundId, i), "Amount",
                    ("amount", new Dong(amount)), ("date", entry.Date), ("balance", new Dong(available)),
                    ("shortfall", new Dong(checked(amount - available))));
            }
        }
    }

    private static LocalDate Earliest(FundEntry entry) => entry.Covers is { } span && span.Start < entry.Date ? span.Start : entry.Date;

    private static long[] PrefixSums(IEnumerable<long> amounts)
    {
        var sums = new List<long> { 0 };
        foreach (var amount in amounts)
        {
            sums.Add(checked(sums[^1] + amount));
        }
        return [.. sums];
    }

    private static int CountAtOrBefore(LocalDate[] sorted, LocalDate date)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static int CountBefore(LocalDate[] sorted, LocalDate date) => date == default ? 0 : CountAtOrBefore(sorted, date.PlusDays(-1));
}
