using DomainKit.Periods;

namespace DomainKit.Funds;

/// <summary>
/// The days on which a ledger's figures are known. A ledger knows nothing before the first day its entries cover (the
/// earliest entry's date, or the start of a summary entry's span): a fund with no entries has no figures at all, not
/// 0 đ. From then on its flows are known, but its balance is not at the end of a day inside a summary entry's span,
/// from the span's start until the entry is booked, since the entry does not say how much of it had happened by then.
/// Stated balances are claims to check, not records, and play no part.
/// </summary>
internal readonly struct LedgerCoverage
{
    private readonly (int From, int Until, int Position)[] spans;

    private LedgerCoverage(int firstDay, (int From, int Until, int Position)[] spans)
    {
        FirstDay = firstDay;
        this.spans = spans;
    }

    /// <summary>The first day the entries cover, as a day number; <see cref="int.MaxValue"/> for a ledger with none.</summary>
    public int FirstDay { get; }

    public static LedgerCoverage Of(FundLedger ledger)
    {
        var store = ledger.Store;
        var days = store.DayNumbers;
        var first = int.MaxValue;
        for (var i = ledger.Start; i < ledger.End; i++)
        {
            if (store.KindAt(i) != FundEntryKind.BalanceAssertion)
            {
                first = days[i];
                break;
            }
        }
        var positions = store.SpanPositionsIn(ledger.Start, ledger.End);
        var spans = new (int From, int Until, int Position)[positions.Length];
        var count = 0;
        foreach (var position in positions)
        {
            if (store.KindAt(position) == FundEntryKind.BalanceAssertion)
            {
                continue;
            }
            var span = store.SpanAt(position);
            var from = LedgerStore.ToDayNumber(span.Start);
            // Until the entry's date (or the end of its span, when dated before it) the balance lacks an unknown part of it.
            spans[count++] = (from, Math.Max(days[position], LedgerStore.ToDayNumber(span.End)), position);
            first = Math.Min(first, from);
        }
        return new LedgerCoverage(first, spans[..count]);
    }

    /// <summary>Whether the ledger has begun by the end of <paramref name="day"/> (a day number).</summary>
    public bool KnownBy(int day) => FirstDay <= day;

    /// <summary>Whether the ledger gives the balance at the end of <paramref name="day"/>: it has begun, and no summary entry's span is open then.</summary>
    public bool GivesBalanceOn(int day) => KnownBy(day) && !IsOpen(day);

    /// <summary>Whether the end of <paramref name="day"/> falls inside a summary entry's span before the entry is booked.</summary>
    public bool IsOpen(int day) => OpenSpan(day) >= 0;

    /// <summary>The store position of a summary entry whose span is open at the end of <paramref name="day"/>, or -1.</summary>
    public int OpenSpan(int day)
    {
        foreach (var (from, until, position) in spans ?? [])
        {
            if (from <= day && day < until)
            {
                return position;
            }
        }
        return -1;
    }

    /// <summary>
    /// Why the balance at the end of <paramref name="day"/> of <paramref name="ledger"/> is not known, as words that follow
    /// the ledger's name ("has no entries"), or <see langword="null"/> when it is known.
    /// </summary>
    public Text.LocalizedText? WhyUnknown(FundLedger ledger, int day)
    {
        if (!KnownBy(day))
        {
            var date = LedgerStore.ToDate(day);
            return FirstDay == int.MaxValue
                ? new("không có bút toán nào", "has no entries")
                : new($"chưa có bút toán nào đến hết ngày {Write(date, Text.TextCulture.Vietnamese)}",
                    $"has no entries up to the end of {Write(date, Text.TextCulture.English)}");
        }
        var open = OpenSpan(day);
        if (open < 0)
        {
            return null;
        }
        var span = ledger.Store.SpanAt(open);
        var booked = ledger.Store.DateAt(open);
        return new(
            $"có bút toán tổng hợp ghi ngày {Write(booked, Text.TextCulture.Vietnamese)} gộp cả {Write(span, Text.TextCulture.Vietnamese)}, nên không biết phần nào đã phát sinh đến hết ngày {Write(LedgerStore.ToDate(day), Text.TextCulture.Vietnamese)}",
            $"has a summary entry booked on {Write(booked, Text.TextCulture.English)} that covers {Write(span, Text.TextCulture.English)}, so how much of it had happened by the end of {Write(LedgerStore.ToDate(day), Text.TextCulture.English)} is not known");
    }

    // Bad data can hold any year; the words of a finding must still be written.
    private static string Write(object value, Text.TextCulture culture) => MessageText.Write(value, culture);
}
