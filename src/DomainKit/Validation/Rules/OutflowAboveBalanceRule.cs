using DomainKit.Periods;
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
        var spans = new Dictionary<int, ReportingPeriod>();
        for (var i = 0; i < ledger.Count; i++)
        {
            if (ledger.HasDetailsAt(i) && ledger.EntryAt(i).Covers is { } covers)
            {
                spans.Add(i, covers);
            }
        }
        if (spans.Count == 0)
        {
            CheckDayByDay(context, ledger);
        }
        else
        {
            CheckWithSpans(context, ledger, spans);
        }
    }

    // Without summary entries the general rule comes down to a running balance, a day's inflows before its outflows.
    private static void CheckDayByDay(RuleContext context, FundLedger ledger)
    {
        long balance = 0;
        var i = 0;
        while (i < ledger.Count)
        {
            var day = ledger.DateAt(i);
            var next = i;
            while (next < ledger.Count && ledger.DateAt(next) == day)
            {
                var effect = ledger.CashEffectAt(next);
                if (effect > 0)
                {
                    balance = checked(balance + effect);
                }
                next++;
            }
            for (var k = i; k < next; k++)
            {
                var effect = ledger.CashEffectAt(k);
                if (effect < 0)
                {
                    var amount = checked(-effect);
                    if (amount > balance)
                    {
                        Report(context, ledger, k, amount, day, Math.Max(0, balance));
                    }
                    balance = checked(balance - amount);
                }
            }
            i = next;
        }
    }

    private static void CheckWithSpans(RuleContext context, FundLedger ledger, Dictionary<int, ReportingPeriod> spans)
    {
        var inflowStarts = new List<(LocalDate Start, long Amount)>();
        var outflowDates = new List<(LocalDate Date, long Amount)>();
        for (var i = 0; i < ledger.Count; i++)
        {
            var effect = ledger.CashEffectAt(i);
            if (effect > 0)
            {
                inflowStarts.Add((Earliest(ledger, i, spans), effect));
            }
            else if (effect < 0)
            {
                outflowDates.Add((ledger.DateAt(i), checked(-effect)));
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
        for (var i = 0; i < ledger.Count; i++)
        {
            var effect = ledger.CashEffectAt(i);
            if (effect >= 0)
            {
                continue;
            }
            var date = ledger.DateAt(i);
            if (date != sameDay)
            {
                sameDay = date;
                sameDayPlain = 0;
            }
            var amount = checked(-effect);
            var possibleIn = inflowSums[CountAtOrBefore(inflowKeys, date)];
            long surelyBefore;
            if (!spans.ContainsKey(i))
            {
                surelyBefore = checked(outflowSums[CountBefore(outflowKeys, date)] + sameDayPlain);
                sameDayPlain = checked(sameDayPlain + amount);
            }
            else
            {
                // By the end of a summary entry's span, every outflow dated on or before that day has happened.
                surelyBefore = checked(outflowSums[CountAtOrBefore(outflowKeys, date)] - amount);
            }
            if (checked(surelyBefore + amount) > possibleIn)
            {
                Report(context, ledger, i, amount, date, Math.Max(0, checked(possibleIn - surelyBefore)));
            }
        }
    }

    private static void Report(RuleContext context, FundLedger ledger, int index, long amount, LocalDate date, long available)
        => context.Report(EntityRef.ForFundEntry(ledger.FundId, index), "Amount",
            (MessageArguments.Amount, new Dong(amount)), (MessageArguments.Date, date), (MessageArguments.Balance, new Dong(available)),
            (MessageArguments.Shortfall, new Dong(checked(amount - available))));

    private static LocalDate Earliest(FundLedger ledger, int index, Dictionary<int, ReportingPeriod> spans)
    {
        var date = ledger.DateAt(index);
        return spans.TryGetValue(index, out var span) && span.Start < date ? span.Start : date;
    }

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
