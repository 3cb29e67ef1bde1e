using System.Globalization;
using DomainKit.Funds;
using DomainKit.Interchange.Schema;
using DomainKit.Models;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Interchange.Csv;

// The plain rows of the three largest files (fund entries, pledges, lifecycle events), read from the row's text
// without a string for each cell. A row is plain when every cell it has is plain (unquoted, no space at either
// end, no escape) and holds what the general reading would take without a word: a code in lower case, a number
// without grouping, an ISO or dd/MM/yyyy date, a built-in purpose, no cell that the row's kind does not use.
// Anything else leaves the row, untouched, to the general reading, which reports what it finds; so the problems
// are the general reading's, always.
internal sealed partial class CsvBundleLoad
{
    /// <summary>Reads every row the general way, for the tests that compare both readings, in the current flow only.</summary>
    internal static AsyncLocal<bool> GeneralOnlyForTests { get; } = new();

    private Action<CsvRowReader> PlainOrGeneral(Func<CsvRowReader, bool> plain, Action<CsvRowReader> general)
        => GeneralOnlyForTests.Value
            ? general
            : r =>
            {
                if (!plain(r))
                {
                    general(r);
                }
            };

    // ----- Fund entries -----

    private char[] plainFundText = new char[64];
    private int plainFundLength = -1;
    private FundId plainFund;

    private static readonly int[] EntryDetailColumns =
    [
        CsvTables.FundEntries.Covers, CsvTables.FundEntries.Reference, CsvTables.FundEntries.Note,
        CsvTables.FundEntries.Purpose + 1, CsvTables.FundEntries.Purpose + 2, CsvTables.FundEntries.Description,
    ];

    private bool PlainEntry(CsvRowReader r)
    {
        if (!r.TryPlain(CsvTables.FundEntries.Kind, out var kindText) || PlainEntryKind(kindText) is not FundEntryKind kind
            || !r.TryPlain(CsvTables.FundEntries.FundId, out var fundText)
            || !r.TryPlain(CsvTables.FundEntries.Date, out var dateText) || !TryPlainDay(dateText, out var day))
        {
            return false;
        }
        foreach (var column in EntryDetailColumns)
        {
            if (!r.IsAbsent(column))
            {
                return false;
            }
        }
        // The columns of the kind: each present one must read plainly, every other kind column must be absent.
        ulong used;
        long amount = 0, principal = 0;
        string? loanId = null, contributor = null, borrower = null;
        int? term = null;
        DisbursementPurpose? purpose = null;
        var hasBeneficiaries = false;
        int? occurrences = null, distinct = null;
        var beneficiaryKind = BeneficiaryKind.People;
        switch (kind)
        {
            case FundEntryKind.OpeningBalance:
                used = Bit(CsvTables.FundEntries.Amount);
                if (!PlainMoney(r, CsvTables.FundEntries.Amount, out amount))
                {
                    return false;
                }
                break;
            case FundEntryKind.Contribution:
                used = Bit(CsvTables.FundEntries.Amount) | Bit(CsvTables.FundEntries.Contributor);
                if (!PlainMoney(r, CsvTables.FundEntries.Amount, out amount) || !PlainOptionalText(r, CsvTables.FundEntries.Contributor, out contributor))
                {
                    return false;
                }
                break;
            case FundEntryKind.Disbursement:
                used = Bit(CsvTables.FundEntries.Amount) | PurposeAndBeneficiaries;
                if (!PlainMoney(r, CsvTables.FundEntries.Amount, out amount) || !PlainPurpose(r, out purpose)
                    || !PlainBeneficiaries(r, out hasBeneficiaries, out occurrences, out distinct, out beneficiaryKind))
                {
                    return false;
                }
                break;
            case FundEntryKind.LoanDisbursement:
                used = Bit(CsvTables.FundEntries.Principal) | Bit(CsvTables.FundEntries.LoanId) | Bit(CsvTables.FundEntries.Borrower)
                    | Bit(CsvTables.FundEntries.TermMonths) | PurposeAndBeneficiaries;
                if (!PlainMoney(r, CsvTables.FundEntries.Principal, out principal) || !PlainRequiredText(r, CsvTables.FundEntries.LoanId, out loanId)
                    || !PlainOptionalText(r, CsvTables.FundEntries.Borrower, out borrower) || !PlainOptionalCount(r, CsvTables.FundEntries.TermMonths, out term)
                    || !PlainPurpose(r, out purpose) || !PlainBeneficiaries(r, out hasBeneficiaries, out occurrences, out distinct, out beneficiaryKind))
                {
                    return false;
                }
                break;
            default:
                used = Bit(CsvTables.FundEntries.Amount) | Bit(CsvTables.FundEntries.LoanId);
                if (!PlainMoney(r, CsvTables.FundEntries.Amount, out amount) || !PlainRequiredText(r, CsvTables.FundEntries.LoanId, out loanId))
                {
                    return false;
                }
                break;
        }
        foreach (var column in KindColumns)
        {
            if ((used & Bit(column)) == 0 && !r.IsAbsent(column))
            {
                return false;
            }
        }

        var fund = PlainFundId(fundText);
        var ledger = builder.Ledger;
        var columnsOnly = kind switch
        {
            FundEntryKind.OpeningBalance => true,
            FundEntryKind.Contribution => contributor is null,
            FundEntryKind.Disbursement => !hasBeneficiaries || beneficiaryKind == BeneficiaryKind.People,
            _ => false,
        };
        if (columnsOnly && ledger.TryAddColumns(ledger.OrdinalOf(fund), kind, day, amount, purpose, occurrences, distinct, hasBeneficiaries))
        {
            return true;
        }
        var date = LedgerStore.ToDate(day);
        var beneficiaries = hasBeneficiaries ? Pool.Beneficiaries(occurrences, distinct, beneficiaryKind, null) : null;
        ledger.Add(kind switch
        {
            FundEntryKind.OpeningBalance => new OpeningBalance(fund, date, new(amount)),
            FundEntryKind.Contribution => new Contribution(fund, date, new(amount)) { Contributor = contributor },
            FundEntryKind.Disbursement => new Disbursement(fund, date, new(amount)) { Purpose = purpose, Beneficiaries = beneficiaries },
            FundEntryKind.LoanDisbursement => new LoanDisbursement(fund, date, new(principal), loanId!)
            {
                Borrower = borrower, TermMonths = term, Purpose = purpose, Beneficiaries = beneficiaries,
            },
            _ => new LoanRepayment(fund, date, new(amount), loanId!),
        });
        return true;
    }

    private static ulong Bit(int column) => 1UL << column;

    private static readonly ulong PurposeAndBeneficiaries =
        Bit(CsvTables.FundEntries.Purpose) | Bit(CsvTables.FundEntries.Purpose + 1) | Bit(CsvTables.FundEntries.Purpose + 2)
        | Bit(CsvTables.FundEntries.BeneficiaryKind) | Bit(CsvTables.FundEntries.Occurrences) | Bit(CsvTables.FundEntries.Distinct)
        | Bit(CsvTables.FundEntries.Description);

    // The rarer kinds go to the general reader.
    internal static FundEntryKind? PlainEntryKind(ReadOnlySpan<char> code)
        => InterchangeCodes.EntryKinds.TryParse(code, out var kind) && kind <= FundEntryKind.LoanRepayment ? kind : null;

    private FundId PlainFundId(ReadOnlySpan<char> text)
    {
        if (plainFundLength == text.Length && text.SequenceEqual(plainFundText.AsSpan(0, plainFundLength)))
        {
            return plainFund;
        }
        plainFund = new FundId(Pool.String(text));
        if (plainFundText.Length < text.Length)
        {
            plainFundText = new char[text.Length];
        }
        text.CopyTo(plainFundText);
        plainFundLength = text.Length;
        return plainFund;
    }

    private static bool PlainMoney(CsvRowReader r, int column, out long amount)
    {
        amount = 0;
        return r.TryPlain(column, out var text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out amount);
    }

    // A count of digits alone (with a sign); a grouped one ("4.127") is left to the general reading.
    private static bool PlainOptionalCount(CsvRowReader r, int column, out int? count)
    {
        count = null;
        if (r.IsAbsent(column))
        {
            return true;
        }
        if (!r.TryPlain(column, out var text))
        {
            return false;
        }
        var digits = text[0] is '-' or '+' ? text[1..] : text;
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9')
            || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }
        count = value;
        return true;
    }

    private bool PlainOptionalText(CsvRowReader r, int column, out string? text)
    {
        text = null;
        if (r.IsAbsent(column))
        {
            return true;
        }
        if (!r.TryPlain(column, out var span))
        {
            return false;
        }
        text = Pool.String(span);
        return true;
    }

    private bool PlainRequiredText(CsvRowReader r, int column, out string? text)
    {
        text = null;
        if (!r.TryPlain(column, out var span))
        {
            return false;
        }
        text = Pool.String(span);
        return true;
    }

    // A built-in purpose by its code alone (any case, as the general reading takes it); an app's own is left to it.
    private static bool PlainPurpose(CsvRowReader r, out DisbursementPurpose? purpose)
    {
        purpose = null;
        if (!r.IsAbsent(CsvTables.FundEntries.Purpose + 1) || !r.IsAbsent(CsvTables.FundEntries.Purpose + 2))
        {
            return false;
        }
        if (r.IsAbsent(CsvTables.FundEntries.Purpose))
        {
            return true;
        }
        if (!r.TryPlain(CsvTables.FundEntries.Purpose, out var code))
        {
            return false;
        }
        var builtIn = DisbursementPurpose.BuiltIn;
        for (var i = 0; i < builtIn.Count; i++)
        {
            if (code.Equals(builtIn[i].Code, StringComparison.OrdinalIgnoreCase))
            {
                purpose = builtIn[i];
                return true;
            }
        }
        return false;
    }

    private static bool PlainBeneficiaries(CsvRowReader r, out bool has, out int? occurrences, out int? distinct, out BeneficiaryKind kind)
    {
        kind = BeneficiaryKind.People;
        occurrences = null;
        distinct = null;
        has = !r.IsAbsent(CsvTables.FundEntries.BeneficiaryKind) || !r.IsAbsent(CsvTables.FundEntries.Occurrences) || !r.IsAbsent(CsvTables.FundEntries.Distinct);
        if (!r.IsAbsent(CsvTables.FundEntries.Description))
        {
            return false;
        }
        if (!has)
        {
            return true;
        }
        if (!r.IsAbsent(CsvTables.FundEntries.BeneficiaryKind))
        {
            if (!r.TryPlain(CsvTables.FundEntries.BeneficiaryKind, out var code))
            {
                return false;
            }
            if (!InterchangeCodes.BeneficiaryKinds.TryParse(code, out kind))
            {
                return false;
            }
        }
        return PlainOptionalCount(r, CsvTables.FundEntries.Occurrences, out occurrences) && PlainOptionalCount(r, CsvTables.FundEntries.Distinct, out distinct);
    }

    // The two forms CsvValues.TryDate reads first, as day numbers; the rest is left to the general reading.
    private static bool TryPlainDay(ReadOnlySpan<char> text, out int dayNumber)
    {
        dayNumber = 0;
        if (text.Length != 10)
        {
            return false;
        }
        int year, month, day;
        if (text[4] == '-' && text[7] == '-')
        {
            if (!Digits(text[..4], out year) || !Digits(text.Slice(5, 2), out month) || !Digits(text.Slice(8, 2), out day))
            {
                return false;
            }
        }
        else if (text[2] == '/' && text[5] == '/')
        {
            if (!Digits(text[6..], out year) || !Digits(text.Slice(3, 2), out month) || !Digits(text[..2], out day))
            {
                return false;
            }
        }
        else
        {
            return false;
        }
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        dayNumber = LedgerStore.DayNumber(year, month, day);
        return true;

        static bool Digits(ReadOnlySpan<char> digits, out int value)
        {
            value = 0;
            foreach (var c in digits)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
                value = value * 10 + (c - '0');
            }
            return true;
        }
    }

    private static bool PlainOptionalDate(CsvRowReader r, int column, out LocalDate? date)
    {
        date = null;
        if (r.IsAbsent(column))
        {
            return true;
        }
        if (!r.TryPlain(column, out var text) || !TryPlainDay(text, out var day))
        {
            return false;
        }
        date = LedgerStore.ToDate(day);
        return true;
    }

    // ----- Pledges -----

    private static readonly int[] PledgeAbsentColumns =
    [
        CsvTables.Pledges.CriteriaSet, CsvTables.Pledges.Beneficiary, CsvTables.Pledges.PoorHouseholds, CsvTables.Pledges.NearPoorHouseholds,
        CsvTables.Pledges.ScheduleAmount, CsvTables.Pledges.ScheduleFrequency, CsvTables.Pledges.ScheduleStart, CsvTables.Pledges.ScheduleMaximumAmount,
        CsvTables.Pledges.ScheduleEnd, CsvTables.Pledges.EvaluatedOn, CsvTables.Pledges.Rating, CsvTables.Pledges.Score,
    ];

    private char[] plainPeriodText = [];
    private ReportingPeriod plainPeriod;

    private bool PlainPledge(CsvRowReader r)
    {
        if (!r.TryPlain(CsvTables.Pledges.Id, out var idText)
            || !r.TryPlain(CsvTables.Pledges.PledgerKind, out var pledgerKindText)
            || !r.TryPlain(CsvTables.Pledges.PledgerUnitId, out var unitText)
            || !r.TryPlain(CsvTables.Pledges.TargetKind, out var targetKind) || !targetKind.SequenceEqual(DatasetSchema.Target.ModelCode)
            || !r.TryPlain(CsvTables.Pledges.TargetModelId, out var modelText)
            || !r.TryPlain(CsvTables.Pledges.Period, out var periodText))
        {
            return false;
        }
        if (!InterchangeCodes.PledgerKinds.TryParse(pledgerKindText, out var pledgerKind))
        {
            return false;
        }
        foreach (var column in PledgeAbsentColumns)
        {
            if (!r.IsAbsent(column))
            {
                return false;
            }
        }
        if (!PlainOptionalText(r, CsvTables.Pledges.PersonId, out var personId) || !PlainOptionalText(r, CsvTables.Pledges.PersonName, out var personName)
            || !PlainOptionalDate(r, CsvTables.Pledges.RegisteredOn, out var registered) || !PlainOptionalDate(r, CsvTables.Pledges.CancelledOn, out var cancelled)
            || !PlainOptionalText(r, CsvTables.Pledges.Note, out var note) || !PlainPeriod(periodText, out var period))
        {
            return false;
        }
        builder.AddOne(new Pledge
        {
            Id = new PledgeId(new string(idText)),
            Pledger = Pool.Pledger(pledgerKind, new UnitId(Pool.String(unitText)), personId, personName),
            Target = Pool.ModelTarget(new ModelId(Pool.String(modelText))),
            Period = period,
            RegisteredOn = registered,
            CancelledOn = cancelled,
            Note = note,
        });
        return true;
    }

    private bool PlainPeriod(ReadOnlySpan<char> text, out ReportingPeriod period)
    {
        if (text.SequenceEqual(plainPeriodText))
        {
            period = plainPeriod;
            return true;
        }
        if (!Pool.TryPeriod(Pool.String(text), out period))
        {
            return false;
        }
        plainPeriodText = text.ToArray();
        plainPeriod = period;
        return true;
    }

    // ----- Lifecycle events -----

    private bool PlainLifecycle(CsvRowReader r)
    {
        if (!r.TryPlain(CsvTables.ModelLifecycle.ModelId, out var modelText)
            || !r.TryPlain(CsvTables.ModelLifecycle.Stage, out var stageText) || !InterchangeCodes.Stages.TryParse(stageText, out var stage)
            || !r.TryPlain(CsvTables.ModelLifecycle.Date, out var dateText) || !TryPlainDay(dateText, out var day)
            || !PlainOptionalText(r, CsvTables.ModelLifecycle.Note, out var note))
        {
            return false;
        }
        if (!modelIndex.TryGetValue(Pool.String(modelText), out var position))
        {
            return false;
        }
        ListOf(lifecycles, position).Add(Pool.Event(stage, LedgerStore.ToDate(day), note));
        return true;
    }
}
