using System.Text.Json;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DomainKit.Funds;
using DomainKit.Interchange.Schema;
using DomainKit.Models;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Interchange.Json;

// The plain records, read in one pass and without a string for each value: the bulk of a national file. A record
// is plain when every property is one the writer writes for it, unescaped, with a value of the expected type, so
// that reading it can report nothing. Anything else (an unknown or repeated property, a null, an escape, a value
// that cannot be read, a rare kind of entry) gives up without a side effect, and the record is read again from its
// start by the general reader, which reports what it finds: problems are those of the general reader, always.
internal sealed partial class DatasetJsonParser
{
    private enum Fast
    {
        /// <summary>Read and kept.</summary>
        Done,

        /// <summary>The window ends inside the record: read it again with more input.</summary>
        Incomplete,

        /// <summary>Not plain: the general reader reads it.</summary>
        General,
    }

    // The fund of the last plain entry, by its bytes: entries come fund by fund.
    private byte[] fastFundBytes = new byte[64];
    private int fastFundLength = -1;
    private FundId fastFund;

    /// <summary>Tries to read the record the reader is at the start of as a plain one; on <see cref="Fast.General"/> the reader is left anywhere.</summary>
    /// <summary>Reads every record the general way, for the tests that compare both readings, in the current flow only.</summary>
    internal static AsyncLocal<bool> GeneralOnlyForTests { get; } = new();

    private readonly bool generalOnly = GeneralOnlyForTests.Value;

    private Fast TryPlain(ref Utf8JsonReader r)
    {
        if (generalOnly || RecordsRead >= options.MaxRecords || (options.AllOrNothing && hasErrors) || options.MaxDepth < 4)
        {
            return Fast.General;
        }
        try
        {
            return section switch
            {
                Section.FundEntries => PlainEntry(ref r),
                Section.Pledges => PlainPledge(ref r),
                Section.Models => PlainModel(ref r),
                _ => Fast.General,
            };
        }
        catch (JsonException)
        {
            return Fast.General;
        }
        catch (InvalidOperationException)
        {
            return Fast.General;
        }
    }

    private void CountPlain()
    {
        RecordsRead++;
        sectionCounts[(int)section]++;
        if (RecordsRead % ProgressInterval == 0)
        {
            progress?.Invoke(RecordsRead);
        }
    }

    /// <summary>
    /// Moves to the value of the next property of a plain object whose fields <paramref name="schema"/> names, with the
    /// field's index in <paramref name="field"/>; false at the end of the object (<paramref name="stop"/> is
    /// <see cref="Fast.Done"/>) or where reading must stop (<see cref="Fast.Incomplete"/>, or <see cref="Fast.General"/>
    /// for a property that is escaped, not in the table or seen before).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NextField(ref Utf8JsonReader r, RecordSchema schema, ref ulong seen, out int field, out Fast stop)
    {
        field = -1;
        stop = Fast.Incomplete;
        if (!r.Read())
        {
            return false;
        }
        if (r.TokenType == JsonTokenType.EndObject)
        {
            stop = Fast.Done;
            return false;
        }
        stop = Fast.General;
        if (r.ValueIsEscaped)
        {
            return false;
        }
        var p = schema.FieldOf(r.ValueSpan);
        if (p < 0 || (seen & (1UL << p)) != 0)
        {
            return false;
        }
        seen |= 1UL << p;
        if (!r.Read())
        {
            stop = Fast.Incomplete;
            return false;
        }
        field = p;
        stop = Fast.Done;
        return true;
    }

    // ----- Fund entries -----

    private const int PKind = DatasetSchema.FundEntry.Kind, PFund = DatasetSchema.FundEntry.FundId, PDate = DatasetSchema.FundEntry.Date,
        PAmount = DatasetSchema.FundEntry.Amount, PContributor = DatasetSchema.FundEntry.Contributor, PPurpose = DatasetSchema.FundEntry.Purpose,
        PBeneficiaries = DatasetSchema.FundEntry.Beneficiaries, PPrincipal = DatasetSchema.FundEntry.Principal, PLoanId = DatasetSchema.FundEntry.LoanId,
        PBorrower = DatasetSchema.FundEntry.Borrower, PTerm = DatasetSchema.FundEntry.TermMonths;

    // The entries read before their number is estimated.
    private const int ReserveAfter = 1 << 20;

    private Fast PlainEntry(ref Utf8JsonReader r)
    {
        ulong seen = 0;
        FundEntryKind kind = default;
        var day = 0;
        long amount = 0, principal = 0;
        DisbursementPurpose? purpose = null;
        var hasBeneficiaries = false;
        int? occurrences = null, distinct = null;
        var beneficiaryKind = BeneficiaryKind.People;
        string? loanId = null, contributor = null, borrower = null;
        int? term = null;
        var ledger = builder.Ledger;
        Fast stop;
        while (NextField(ref r, DatasetSchema.FundEntry.Schema, ref seen, out var p, out stop))
        {
            switch (p)
            {
                case PKind:
                    // The rarer kinds go to the general reader.
                    if (!PlainString(ref r) || !InterchangeCodes.EntryKinds.TryParse(r.ValueSpan, out var k) || k > FundEntryKind.LoanRepayment)
                    {
                        return Fast.General;
                    }
                    kind = k;
                    break;
                case PFund:
                    if (!PlainString(ref r) || !PlainFund(r.ValueSpan))
                    {
                        return Fast.General;
                    }
                    break;
                case PDate:
                    if (!PlainString(ref r) || !TryIsoDayNumber(r.ValueSpan, out day))
                    {
                        return Fast.General;
                    }
                    break;
                case PAmount:
                    if (r.TokenType != JsonTokenType.Number || !r.TryGetInt64(out amount))
                    {
                        return Fast.General;
                    }
                    break;
                case PPrincipal:
                    if (r.TokenType != JsonTokenType.Number || !r.TryGetInt64(out principal))
                    {
                        return Fast.General;
                    }
                    break;
                case PPurpose:
                    if (r.TokenType == JsonTokenType.Null)
                    {
                        break;
                    }
                    if (!PlainString(ref r) || BuiltInPurpose(r.ValueSpan) is not { } known)
                    {
                        return Fast.General;
                    }
                    purpose = known;
                    break;
                case PBeneficiaries:
                    if (r.TokenType == JsonTokenType.Null)
                    {
                        break;
                    }
                    var read = PlainBeneficiaries(ref r, out occurrences, out distinct, out beneficiaryKind);
                    if (read != Fast.Done)
                    {
                        return read;
                    }
                    hasBeneficiaries = true;
                    break;
                case PTerm:
                    if (r.TokenType == JsonTokenType.Null)
                    {
                        break;
                    }
                    if (r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out var months))
                    {
                        return Fast.General;
                    }
                    term = months;
                    break;
                case PLoanId:
                    if (!PlainText(ref r, out loanId))
                    {
                        return Fast.General;
                    }
                    break;
                case PContributor:
                    if (!PlainOptionalText(ref r, out contributor))
                    {
                        return Fast.General;
                    }
                    break;
                case PBorrower:
                    if (!PlainOptionalText(ref r, out borrower))
                    {
                        return Fast.General;
                    }
                    break;
                default:
                    return Fast.General;
            }
        }
        if (stop != Fast.Done)
        {
            return stop;
        }

        // What the general reader requires and allows, kind by kind (the fields' table); a property of another kind is reported there.
        var common = DatasetSchema.FundEntry.Schema.RequiredMask;
        var (has, requires) = DatasetSchema.FundEntry.Kinds[(int)kind];
        if ((seen & (common | requires)) != (common | requires) || (seen & ~(common | has)) != 0)
        {
            return Fast.General;
        }

        FlushEntries();
        CountPlain();
        if (sectionCounts[(int)Section.FundEntries] == ReserveAfter && totalBytes is long total)
        {
            var at = windowStart + r.BytesConsumed;
            ledger.Reserve(Math.Min(options.MaxRecords, LedgerStoreBuilder.Estimate(ledger.Count, at - entriesStart, total - entriesStart)));
        }
        var columnsOnly = kind switch
        {
            FundEntryKind.OpeningBalance => true,
            FundEntryKind.Contribution => contributor is null,
            FundEntryKind.Disbursement => !hasBeneficiaries || beneficiaryKind == BeneficiaryKind.People,
            _ => false,
        };
        // The fund's ordinal is taken only now, after the entries waiting before this one, which may name a new fund.
        if (columnsOnly && ledger.TryAddColumns(ledger.OrdinalOf(fastFund), kind, day, amount, purpose, occurrences, distinct, hasBeneficiaries))
        {
            return Fast.Done;
        }
        var date = LedgerStore.ToDate(day);
        var beneficiaries = hasBeneficiaries ? pool.Beneficiaries(occurrences, distinct, beneficiaryKind, null) : null;
        FundEntry entry = kind switch
        {
            FundEntryKind.OpeningBalance => new OpeningBalance(fastFund, date, new(amount)),
            FundEntryKind.Contribution => new Contribution(fastFund, date, new(amount)) { Contributor = contributor },
            FundEntryKind.Disbursement => new Disbursement(fastFund, date, new(amount)) { Purpose = purpose, Beneficiaries = beneficiaries },
            FundEntryKind.LoanDisbursement => new LoanDisbursement(fastFund, date, new(principal), loanId!)
            {
                Borrower = borrower, TermMonths = term, Purpose = purpose, Beneficiaries = beneficiaries,
            },
            _ => new LoanRepayment(fastFund, date, new(amount), loanId!),
        };
        ledger.Add(entry);
        return Fast.Done;
    }

    // A string the general reader would read as it is: no escape, in one piece, within the field length.
    private bool PlainString(ref Utf8JsonReader r)
        => r.TokenType == JsonTokenType.String && !r.ValueIsEscaped && !r.HasValueSequence && r.ValueSpan.Length <= Math.Min(256, options.MaxFieldLength);

    private bool PlainText(ref Utf8JsonReader r, out string? text)
    {
        text = null;
        if (!PlainString(ref r) || !System.Text.Unicode.Utf8.IsValid(r.ValueSpan))
        {
            return false;
        }
        text = pool.Utf8String(r.ValueSpan);
        return true;
    }

    // A text or null.
    private bool PlainOptionalText(ref Utf8JsonReader r, out string? text)
    {
        if (r.TokenType == JsonTokenType.Null)
        {
            text = null;
            return true;
        }
        return PlainText(ref r, out text);
    }

    private bool PlainFund(ReadOnlySpan<byte> id)
    {
        if (fastFundLength == id.Length && id.SequenceEqual(fastFundBytes.AsSpan(0, fastFundLength)))
        {
            return true;
        }
        // A blank id is reported by the general reader.
        if (id.IsEmpty || id.IndexOfAnyExcept(" \t\r\n"u8) < 0 || !System.Text.Unicode.Utf8.IsValid(id))
        {
            return false;
        }
        var text = pool.Utf8String(id);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        fastFund = new FundId(text);
        if (fastFundBytes.Length < id.Length)
        {
            fastFundBytes = new byte[id.Length];
        }
        id.CopyTo(fastFundBytes);
        fastFundLength = id.Length;
        return true;
    }

    private static DisbursementPurpose? BuiltInPurpose(ReadOnlySpan<byte> code)
    {
        var builtIn = DisbursementPurpose.BuiltIn;
        for (var i = 0; i < builtIn.Count; i++)
        {
            if (System.Text.Ascii.Equals(code, builtIn[i].Code))
            {
                return builtIn[i];
            }
        }
        return null;
    }

    private Fast PlainBeneficiaries(ref Utf8JsonReader r, out int? occurrences, out int? distinct, out BeneficiaryKind kind)
    {
        occurrences = null;
        distinct = null;
        kind = BeneficiaryKind.People;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return Fast.General;
        }
        var schema = DatasetSchema.Beneficiaries.Schema;
        ulong seen = 0;
        Fast stop;
        while (NextField(ref r, schema, ref seen, out var p, out stop))
        {
            if (p == DatasetSchema.Beneficiaries.Kind)
            {
                if (!PlainString(ref r) || !InterchangeCodes.BeneficiaryKinds.TryParse(r.ValueSpan, out kind))
                {
                    return Fast.General;
                }
                continue;
            }
            if (p is not (DatasetSchema.Beneficiaries.Occurrences or DatasetSchema.Beneficiaries.Distinct))
            {
                return Fast.General;
            }
            int? count = null;
            if (r.TokenType != JsonTokenType.Null)
            {
                if (r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out var value))
                {
                    return Fast.General;
                }
                count = value;
            }
            if (p == DatasetSchema.Beneficiaries.Occurrences)
            {
                occurrences = count;
            }
            else
            {
                distinct = count;
            }
        }
        if (stop != Fast.Done)
        {
            return stop;
        }
        return (seen & schema.RequiredMask) == schema.RequiredMask ? Fast.Done : Fast.General;
    }

    // The dates of years 1 to 9999 as the writer writes them, as day numbers; anything else goes to the general reader.
    private static bool TryIsoDayNumber(ReadOnlySpan<byte> text, out int dayNumber)
    {
        dayNumber = 0;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        dayNumber = LedgerStore.DayNumber(year, month, day);
        return true;
    }

    // ----- Pledges -----

    private const int QId = DatasetSchema.Pledge.Id, QPledger = DatasetSchema.Pledge.Pledger, QTarget = DatasetSchema.Pledge.Target,
        QPeriod = DatasetSchema.Pledge.Period, QRegistered = DatasetSchema.Pledge.RegisteredOn, QCancelled = DatasetSchema.Pledge.CancelledOn,
        QNote = DatasetSchema.Pledge.Note;

    // The last period's text and value: pledges come year by year.
    private byte[] fastPeriodBytes = [];
    private ReportingPeriod fastPeriod;

    private Fast PlainPledge(ref Utf8JsonReader r)
    {
        ulong seen = 0;
        string? id = null, note = null;
        Pledger? pledger = null;
        PledgeTarget? target = null;
        ReportingPeriod period = default;
        LocalDate? registered = null, cancelled = null;
        Fast stop;
        while (NextField(ref r, DatasetSchema.Pledge.Schema, ref seen, out var p, out stop))
        {
            Fast read;
            switch (p)
            {
                case QId:
                    if (!PlainString(ref r) || r.ValueSpan.IndexOfAnyExcept(" \t\r\n"u8) < 0 || !System.Text.Unicode.Utf8.IsValid(r.ValueSpan))
                    {
                        return Fast.General;
                    }
                    // A pledge's own id is unique: made, not pooled.
                    id = System.Text.Encoding.UTF8.GetString(r.ValueSpan);
                    if (string.IsNullOrWhiteSpace(id))
                    {
                        return Fast.General;
                    }
                    break;
                case QPledger:
                    read = PlainPledger(ref r, out pledger);
                    if (read != Fast.Done)
                    {
                        return read;
                    }
                    break;
                case QTarget:
                    read = PlainTarget(ref r, out target);
                    if (read != Fast.Done)
                    {
                        return read;
                    }
                    break;
                case QPeriod:
                    if (!PlainString(ref r) || !PlainPeriod(r.ValueSpan, out period))
                    {
                        return Fast.General;
                    }
                    break;
                case QRegistered:
                case QCancelled:
                    LocalDate? date = null;
                    if (r.TokenType != JsonTokenType.Null)
                    {
                        if (!PlainString(ref r) || !TryIsoDayNumber(r.ValueSpan, out var day))
                        {
                            return Fast.General;
                        }
                        date = LedgerStore.ToDate(day);
                    }
                    if (p == QRegistered)
                    {
                        registered = date;
                    }
                    else
                    {
                        cancelled = date;
                    }
                    break;
                case QNote:
                    if (!PlainOptionalText(ref r, out note))
                    {
                        return Fast.General;
                    }
                    break;
                default:
                    return Fast.General;
            }
        }
        if (stop != Fast.Done)
        {
            return stop;
        }
        var required = DatasetSchema.Pledge.Schema.RequiredMask;
        if ((seen & required) != required)
        {
            return Fast.General;
        }
        CountPlain();
        builder.AddOne(new Pledge
        {
            Id = new PledgeId(id!), Pledger = pledger!, Target = target!, Period = period, RegisteredOn = registered, CancelledOn = cancelled, Note = note,
        });
        return Fast.Done;
    }

    private bool PlainPeriod(ReadOnlySpan<byte> text, out ReportingPeriod period)
    {
        if (text.Length > 0 && text.SequenceEqual(fastPeriodBytes))
        {
            period = fastPeriod;
            return true;
        }
        period = default;
        if (text.Length > 64 || !System.Text.Unicode.Utf8.IsValid(text) || !pool.TryPeriod(pool.Utf8String(text), out period))
        {
            return false;
        }
        fastPeriodBytes = text.ToArray();
        fastPeriod = period;
        return true;
    }

    private Fast PlainPledger(ref Utf8JsonReader r, out Pledger? pledger)
    {
        pledger = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return Fast.General;
        }
        var schema = DatasetSchema.Pledger.Schema;
        ulong seen = 0;
        var kind = PledgerKind.Individual;
        string? unit = null, personId = null, personName = null;
        Fast stop;
        while (NextField(ref r, schema, ref seen, out var p, out stop))
        {
            switch (p)
            {
                case DatasetSchema.Pledger.Kind:
                    if (!PlainString(ref r) || !InterchangeCodes.PledgerKinds.TryParse(r.ValueSpan, out kind))
                    {
                        return Fast.General;
                    }
                    break;
                case DatasetSchema.Pledger.UnitId:
                    if (!PlainText(ref r, out unit) || string.IsNullOrWhiteSpace(unit))
                    {
                        return Fast.General;
                    }
                    break;
                case DatasetSchema.Pledger.PersonId:
                    if (!PlainOptionalText(ref r, out personId))
                    {
                        return Fast.General;
                    }
                    break;
                case DatasetSchema.Pledger.PersonName:
                    if (!PlainOptionalText(ref r, out personName))
                    {
                        return Fast.General;
                    }
                    break;
                default:
                    return Fast.General;
            }
        }
        if (stop != Fast.Done)
        {
            return stop;
        }
        if ((seen & schema.RequiredMask) != schema.RequiredMask)
        {
            return Fast.General;
        }
        pledger = pool.Pledger(kind, new UnitId(unit!), personId, personName);
        return Fast.Done;
    }

    private static readonly byte[] ModelTarget = System.Text.Encoding.UTF8.GetBytes(DatasetSchema.Target.ModelCode);
    private static readonly ulong ModelTargetFields = RecordSchema.Mask(DatasetSchema.Target.Kind, DatasetSchema.Target.ModelId);

    private Fast PlainTarget(ref Utf8JsonReader r, out PledgeTarget? target)
    {
        target = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return Fast.General;
        }
        ulong seen = 0;
        string? model = null;
        Fast stop;
        while (NextField(ref r, DatasetSchema.Target.Schema, ref seen, out var p, out stop))
        {
            // Only a model is a plain target; the other kinds go to the general reader.
            if (p == DatasetSchema.Target.Kind)
            {
                if (!PlainString(ref r) || !r.ValueSpan.SequenceEqual(ModelTarget))
                {
                    return Fast.General;
                }
            }
            else if (p != DatasetSchema.Target.ModelId || !PlainText(ref r, out model) || string.IsNullOrWhiteSpace(model))
            {
                return Fast.General;
            }
        }
        if (stop != Fast.Done)
        {
            return stop;
        }
        if (seen != ModelTargetFields)
        {
            return Fast.General;
        }
        target = pool.ModelTarget(new ModelId(model!));
        return Fast.Done;
    }

    // ----- Models -----

    private const int MId = DatasetSchema.Model.Id, MName = DatasetSchema.Model.Name, MOwner = DatasetSchema.Model.OwnerId,
        MKind = DatasetSchema.Model.Kind, MField = DatasetSchema.Model.Field, MMovement = DatasetSchema.Model.Movement,
        MTheme = DatasetSchema.Model.Theme, MPeriod = DatasetSchema.Model.Period, MLifecycle = DatasetSchema.Model.Lifecycle,
        MOrigin = DatasetSchema.Model.OriginId, MExemplary = DatasetSchema.Model.IsExemplary, MOutcomes = DatasetSchema.Model.Outcomes;

    private readonly List<LifecycleEvent> plainEvents = [];

    private Fast PlainModel(ref Utf8JsonReader r)
    {
        ulong seen = 0;
        string? id = null, name = null, owner = null, theme = null, origin = null;
        ModelKind? kind = null;
        ModelField? field = null;
        Movement? movement = null;
        ReportingPeriod? period = null;
        var exemplary = false;
        plainEvents.Clear();
        Fast stop;
        while (NextField(ref r, DatasetSchema.Model.Schema, ref seen, out var p, out stop))
        {
            switch (p)
            {
                case MId:
                    if (!PlainText(ref r, out id) || string.IsNullOrWhiteSpace(id))
                    {
                        return Fast.General;
                    }
                    break;
                case MName:
                    if (!PlainText(ref r, out name))
                    {
                        return Fast.General;
                    }
                    break;
                case MOwner:
                    if (!PlainText(ref r, out owner) || string.IsNullOrWhiteSpace(owner))
                    {
                        return Fast.General;
                    }
                    break;
                case MOrigin:
                    if (!PlainText(ref r, out origin) || string.IsNullOrWhiteSpace(origin))
                    {
                        return Fast.General;
                    }
                    break;
                case MTheme:
                    if (!PlainOptionalText(ref r, out theme))
                    {
                        return Fast.General;
                    }
                    break;
                case MKind:
                    if (!PlainString(ref r) || BuiltInCode(r.ValueSpan, ModelKind.BuiltIn) is not { } k)
                    {
                        return Fast.General;
                    }
                    kind = k;
                    break;
                case MField:
                    if (r.TokenType != JsonTokenType.Null && (!PlainString(ref r) || (field = BuiltInCode(r.ValueSpan, ModelField.DanVanKheo)) is null))
                    {
                        return Fast.General;
                    }
                    break;
                case MMovement:
                    if (r.TokenType != JsonTokenType.Null && (!PlainString(ref r) || (movement = BuiltInCode(r.ValueSpan, Movement.BuiltIn)) is null))
                    {
                        return Fast.General;
                    }
                    break;
                case MPeriod:
                    if (!PlainString(ref r) || !PlainPeriod(r.ValueSpan, out var read))
                    {
                        return Fast.General;
                    }
                    period = read;
                    break;
                case MExemplary:
                    if (r.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                    {
                        return Fast.General;
                    }
                    exemplary = r.TokenType == JsonTokenType.True;
                    break;
                case MLifecycle:
                    var events = PlainLifecycle(ref r);
                    if (events != Fast.Done)
                    {
                        return events;
                    }
                    break;
                case MOutcomes:
                    // Only an empty list is plain.
                    if (r.TokenType != JsonTokenType.StartArray)
                    {
                        return Fast.General;
                    }
                    if (!r.Read())
                    {
                        return Fast.Incomplete;
                    }
                    if (r.TokenType != JsonTokenType.EndArray)
                    {
                        return Fast.General;
                    }
                    break;
                default:
                    return Fast.General;
            }
        }
        if (stop != Fast.Done)
        {
            return stop;
        }
        var required = DatasetSchema.Model.Schema.RequiredMask;
        if ((seen & required) != required)
        {
            return Fast.General;
        }
        CountPlain();
        builder.AddOne(new EmulationModel
        {
            Id = new ModelId(id!), Name = name!, OwnerId = new UnitId(owner!), Kind = kind!, Field = field, Movement = movement, Theme = theme,
            Period = period, Lifecycle = [.. plainEvents], OriginId = origin is null ? (ModelId?)null : new ModelId(origin), IsExemplary = exemplary,
        });
        return Fast.Done;
    }

    private static T? BuiltInCode<T>(ReadOnlySpan<byte> code, IReadOnlyList<T> builtIn)
        where T : Classifier
    {
        for (var i = 0; i < builtIn.Count; i++)
        {
            if (System.Text.Ascii.Equals(code, builtIn[i].Code))
            {
                return builtIn[i];
            }
        }
        return null;
    }

    private Fast PlainLifecycle(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return Fast.General;
        }
        while (true)
        {
            if (!r.Read())
            {
                return Fast.Incomplete;
            }
            if (r.TokenType == JsonTokenType.EndArray)
            {
                return Fast.Done;
            }
            if (r.TokenType != JsonTokenType.StartObject)
            {
                return Fast.General;
            }
            var schema = DatasetSchema.LifecycleEvent.Schema;
            ulong seen = 0;
            LifecycleStage stage = default;
            var day = 0;
            string? note = null;
            Fast stop;
            while (NextField(ref r, schema, ref seen, out var p, out stop))
            {
                if (p == DatasetSchema.LifecycleEvent.Stage)
                {
                    if (!PlainString(ref r) || !InterchangeCodes.Stages.TryParse(r.ValueSpan, out stage))
                    {
                        return Fast.General;
                    }
                }
                else if (p == DatasetSchema.LifecycleEvent.Date)
                {
                    if (!PlainString(ref r) || !TryIsoDayNumber(r.ValueSpan, out day))
                    {
                        return Fast.General;
                    }
                }
                else if (!PlainOptionalText(ref r, out note))
                {
                    return Fast.General;
                }
            }
            if (stop != Fast.Done)
            {
                return stop;
            }
            if ((seen & schema.RequiredMask) != schema.RequiredMask)
            {
                return Fast.General;
            }
            plainEvents.Add(pool.Event(stage, LedgerStore.ToDate(day), note));
        }
    }
}
