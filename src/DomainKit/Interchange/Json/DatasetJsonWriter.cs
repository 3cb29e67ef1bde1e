using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Interchange;
using DomainKit.Interchange.Schema;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;
using NodaTime.Text;

namespace DomainKit.Interchange.Json;

/// <summary>
/// Writes a whole <see cref="Dataset"/> in the DomainKit dataset interchange format, version 1, described field
/// by field in <c>docs/format.md</c> and by <c>docs/schemas/dataset.v1.schema.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// The format is written by hand with <see cref="Utf8JsonWriter"/>, not by reflection, so that it is what the
/// documentation says and does not change when a C# type does. Items go out one by one and the writer is flushed
/// to the stream about every 64 KB, so a national dataset is never held as text in memory; a reader can stream
/// it back in the same order (classifier definitions travel with the item that uses them, and fund entries,
/// the bulk, come last but one, each a small object that names its fund).
/// </para>
/// <para>
/// Absence and null mean different things and never mean zero: a property that the model leaves unset (an
/// unreported figure, an optional date, an unstated purpose) is left out; a property the model requires but
/// the dataset holds empty (a null name, a default id, a null item in a list) is written as <c>null</c>, so
/// that the bad data survives a round trip and validation can report it there.
/// </para>
/// <para>
/// The writer never validates and never throws on data: negative amounts, dates out of order and references
/// to nothing are written as they are. The only exceptions are for null arguments, cancellation and the
/// stream's own failures.
/// </para>
/// </remarks>
internal static class DatasetJsonWriter
{
    /// <summary>The value of the top-level <c>format</c> property.</summary>
    public const string FormatName = "domainkit-dataset";

    /// <summary>The major version this writer writes; readers reject a higher one.</summary>
    public const int Version = 1;

    /// <summary>How many bytes the writer buffers before it flushes them to the stream.</summary>
    public const int FlushThreshold = 64 * 1024;

    // UnsafeRelaxedJsonEscaping would keep Vietnamese readable but leaves <, >, & and ' raw, so a name such as
    // "<script>" could not be pasted safely into an HTML page or a <script> block. An encoder created with all
    // Unicode ranges allowed writes every letter of the Basic Multilingual Plane as UTF-8 (đ, ư, ộ and the
    // combining tone marks alike) yet still escapes the HTML-sensitive characters (<, >, &, ', ", +, `) as
    // \uXXXX, control characters, and characters outside the plane (emoji, as surrogate-pair escapes). The
    // escapes read back to the same text, so nothing is lost; text that is not Unicode (a lone surrogate)
    // cannot be UTF-8 and becomes U+FFFD.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonWriterOptions Options = new() { Encoder = Encoder, Indented = false };

    // 'uuuu' is the absolute year, so a (bad) date before year 1 keeps its sign and reads back to the same date;
    // 'yyyy' is the year of the era and would write 1 BC as 0001.
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <summary>
    /// Writes <paramref name="dataset"/> to <paramref name="destination"/>, which stays open. Cancellation is checked
    /// before each item; what was written until then stays in the stream.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="destination"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task WriteAsync(Dataset dataset, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(destination);
        cancellationToken.ThrowIfCancellationRequested();

        var writer = new Utf8JsonWriter(destination, Options);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Format, FormatName);
            writer.WriteNumber(Names.Version, Version);
            await WriteArrayAsync(writer, Names.Units, dataset.Units, WriteUnit, cancellationToken).ConfigureAwait(false);
            await WriteArrayAsync(writer, Names.Models, dataset.Models, WriteModel, cancellationToken).ConfigureAwait(false);
            await WriteArrayAsync(writer, Names.Pledges, dataset.Pledges, WritePledge, cancellationToken).ConfigureAwait(false);
            await WriteArrayAsync(writer, Names.Payments, dataset.Payments, WritePayment, cancellationToken).ConfigureAwait(false);
            await WriteArrayAsync(writer, Names.Funds, dataset.Funds, WriteFund, cancellationToken).ConfigureAwait(false);
            await WriteArrayAsync(writer, Names.FundEntries, dataset.FundEntries, WriteFundEntry, cancellationToken).ConfigureAwait(false);
            await WriteArrayAsync(writer, Names.Commendations, dataset.Commendations, WriteCommendation, cancellationToken).ConfigureAwait(false);
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteArrayAsync<T>(
        Utf8JsonWriter writer, JsonEncodedText name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write, CancellationToken cancellationToken)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            write(writer, item);
            if (writer.BytesPending >= FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        writer.WriteEndArray();
    }

    // ----- Units -----

    private static void WriteUnit(Utf8JsonWriter w, Unit unit)
    {
        w.WriteStartObject();
        WriteRequired(w, Names.Id, unit.Id.Value);
        WriteRequired(w, Names.Name, unit.Name);
        WriteClassifier(w, Names.Kind, unit.Kind, UnitKind.BuiltIn);
        if (unit.ParentId is UnitId parent)
        {
            WriteRequired(w, Names.ParentId, parent.Value);
        }
        if (unit.TerritoryId is UnitId territory)
        {
            WriteRequired(w, Names.TerritoryId, territory.Value);
        }
        WriteOptional(w, Names.ValidFrom, unit.ValidFrom);
        WriteOptional(w, Names.ValidTo, unit.ValidTo);
        w.WriteStartArray(Names.Successors);
        foreach (var successor in OrEmpty(unit.Successors))
        {
            WriteRequiredValue(w, successor.Value);
        }
        w.WriteEndArray();
        w.WriteStartArray(Names.HeadCounts);
        foreach (var count in OrEmpty(unit.HeadCounts))
        {
            if (count is null)
            {
                w.WriteNullValue();
                continue;
            }
            w.WriteStartObject();
            WriteDate(w, Names.AsOf, count.AsOf);
            WriteOptional(w, Names.Members, count.Members);
            WriteOptional(w, Names.PartyMembers, count.PartyMembers);
            WriteOptional(w, Names.Exempt, count.Exempt);
            WriteOptional(w, Names.Away, count.Away);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // Written only when the unit has them, so that a dataset without dated links reads as it always has.
        WriteLinks(w, Names.ParentChanges, Names.ParentId, unit.ParentChanges);
        WriteLinks(w, Names.TerritoryChanges, Names.TerritoryId, unit.TerritoryChanges);
        if (unit.PrimarySuccessorId is UnitId primary)
        {
            WriteRequired(w, Names.PrimarySuccessorId, primary.Value);
        }
        w.WriteEndObject();
    }

    private static void WriteLinks(Utf8JsonWriter w, JsonEncodedText name, JsonEncodedText target, ImmutableArray<UnitLink> links)
    {
        if (links.IsDefaultOrEmpty)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var link in links)
        {
            w.WriteStartObject();
            WriteDate(w, Names.From, link.From);
            // As for parentId itself: no target leaves the property out, an empty id (bad data) writes null.
            if (link.Target is UnitId unit)
            {
                WriteRequired(w, target, unit.Value);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ----- Models -----

    private static void WriteModel(Utf8JsonWriter w, EmulationModel model)
    {
        w.WriteStartObject();
        WriteRequired(w, Names.Id, model.Id.Value);
        WriteRequired(w, Names.Name, model.Name);
        WriteRequired(w, Names.OwnerId, model.OwnerId.Value);
        WriteClassifier(w, Names.Kind, model.Kind, ModelKind.BuiltIn);
        if (model.Field is not null)
        {
            w.WritePropertyName(Names.Field);
            WriteFieldValue(w, model.Field);
        }
        if (model.Movement is not null)
        {
            WriteClassifier(w, Names.Movement, model.Movement, Movement.BuiltIn);
        }
        WriteOptional(w, Names.Theme, model.Theme);
        if (model.Period is ReportingPeriod period)
        {
            WritePeriod(w, Names.Period, period);
        }
        w.WriteStartArray(Names.Lifecycle);
        foreach (var e in OrEmpty(model.Lifecycle))
        {
            if (e is null)
            {
                w.WriteNullValue();
                continue;
            }
            w.WriteStartObject();
            WriteEnum(w, Names.Stage, InterchangeCodes.Stages.CodeOf(e.Stage), (int)e.Stage);
            WriteDate(w, Names.Date, e.Date);
            WriteOptional(w, Names.Note, e.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (model.OriginId is ModelId origin)
        {
            WriteRequired(w, Names.OriginId, origin.Value);
        }
        w.WriteBoolean(Names.IsExemplary, model.IsExemplary);
        if (model.CommittedToId is UnitId committedTo)
        {
            WriteRequired(w, Names.CommittedToId, committedTo.Value);
        }
        w.WriteStartArray(Names.Outcomes);
        foreach (var outcome in OrEmpty(model.Outcomes))
        {
            if (outcome is null)
            {
                w.WriteNullValue();
                continue;
            }
            w.WriteStartObject();
            WriteRequired(w, Names.Name, outcome.Name);
            if (outcome.Quantity is decimal quantity)
            {
                w.WriteNumber(Names.Quantity, quantity);
            }
            WriteRequired(w, Names.UnitOfMeasure, outcome.UnitOfMeasure);
            WriteDate(w, Names.Date, outcome.Date);
            WriteOptional(w, Names.MoneyValue, outcome.MoneyValue);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    // ----- Pledges and payments -----

    private static void WritePledge(Utf8JsonWriter w, Pledge pledge)
    {
        w.WriteStartObject();
        WriteRequired(w, Names.Id, pledge.Id.Value);
        w.WritePropertyName(Names.Pledger);
        if (pledge.Pledger is { } pledger)
        {
            w.WriteStartObject();
            WriteEnum(w, Names.Kind, InterchangeCodes.PledgerKinds.CodeOf(pledger.Kind), (int)pledger.Kind);
            WriteRequired(w, Names.UnitId, pledger.UnitId.Value);
            WriteOptional(w, Names.PersonId, pledger.PersonId);
            WriteOptional(w, Names.PersonName, pledger.PersonName);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }
        w.WritePropertyName(Names.Target);
        WriteTargetValue(w, pledge.Target);
        WritePeriod(w, Names.Period, pledge.Period);
        WriteOptional(w, Names.RegisteredOn, pledge.RegisteredOn);
        if (pledge.Schedule is { } schedule)
        {
            w.WriteStartObject(Names.Schedule);
            WriteMoney(w, Names.Amount, schedule.Amount);
            WriteEnum(w, Names.Frequency, InterchangeCodes.Frequencies.CodeOf(schedule.Frequency), (int)schedule.Frequency);
            WriteDate(w, Names.Start, schedule.Start);
            WriteOptional(w, Names.MaximumAmount, schedule.MaximumAmount);
            WriteOptional(w, Names.End, schedule.End);
            w.WriteEndObject();
        }
        if (pledge.Evaluation is { } evaluation)
        {
            w.WriteStartObject(Names.Evaluation);
            WriteDate(w, Names.EvaluatedOn, evaluation.EvaluatedOn);
            if (evaluation.Rating is PerformanceRating rating)
            {
                WriteEnum(w, Names.Rating, InterchangeCodes.Ratings.CodeOf(rating), (int)rating);
            }
            WriteOptional(w, Names.Score, evaluation.Score);
            w.WriteEndObject();
        }
        WriteOptional(w, Names.CancelledOn, pledge.CancelledOn);
        WriteOptional(w, Names.Note, pledge.Note);
        w.WriteEndObject();
    }

    private static void WriteTargetValue(Utf8JsonWriter w, PledgeTarget? target)
    {
        switch (target)
        {
            case ModelPledgeTarget model:
                w.WriteStartObject();
                w.WriteString(Names.Kind, DatasetSchema.Target.ModelCode);
                WriteRequired(w, Names.ModelId, model.ModelId.Value);
                w.WriteEndObject();
                break;
            case CriteriaPledgeTarget criteria:
                w.WriteStartObject();
                w.WriteString(Names.Kind, DatasetSchema.Target.CriteriaCode);
                WriteRequired(w, Names.CriteriaSet, criteria.CriteriaSet);
                w.WriteEndObject();
                break;
            case BeneficiaryPledgeTarget beneficiary:
                w.WriteStartObject();
                w.WriteString(Names.Kind, DatasetSchema.Target.BeneficiaryCode);
                WriteRequired(w, Names.Beneficiary, beneficiary.Beneficiary);
                w.WriteEndObject();
                break;
            case HouseholdsPledgeTarget households:
                w.WriteStartObject();
                w.WriteString(Names.Kind, DatasetSchema.Target.HouseholdsCode);
                WriteOptional(w, Names.PoorHouseholds, households.PoorHouseholds);
                WriteOptional(w, Names.NearPoorHouseholds, households.NearPoorHouseholds);
                w.WriteEndObject();
                break;
            default:
                // Null; the subtypes above are the complete list (the base constructor is not open to other assemblies).
                w.WriteNullValue();
                break;
        }
    }

    private static void WritePayment(Utf8JsonWriter w, PledgePayment payment)
    {
        w.WriteStartObject();
        WriteRequired(w, Names.PledgeId, payment.PledgeId.Value);
        WriteDate(w, Names.Date, payment.Date);
        WriteMoney(w, Names.Amount, payment.Amount);
        WriteOptional(w, Names.Reference, payment.Reference);
        w.WriteEndObject();
    }

    // ----- Funds and their entries -----

    private static void WriteFund(Utf8JsonWriter w, Fund fund)
    {
        w.WriteStartObject();
        WriteRequired(w, Names.Id, fund.Id.Value);
        WriteRequired(w, Names.Name, fund.Name);
        WriteRequired(w, Names.OwnerId, fund.OwnerId.Value);
        WriteOptional(w, Names.Purpose, fund.Purpose);
        if (fund.ModelId is ModelId model)
        {
            WriteRequired(w, Names.ModelId, model.Value);
        }
        WriteOptional(w, Names.InceptionDate, fund.InceptionDate);
        w.WriteEndObject();
    }

    private static void WriteFundEntry(Utf8JsonWriter w, FundEntry entry)
    {
        w.WriteStartObject();
        switch (entry)
        {
            case OpeningBalance opening:
                WriteEntryStart(w, EntryKinds.OpeningBalance, entry);
                WriteMoney(w, Names.Amount, opening.Amount);
                break;
            case Contribution contribution:
                WriteEntryStart(w, EntryKinds.Contribution, entry);
                WriteMoney(w, Names.Amount, contribution.Amount);
                WriteOptional(w, Names.Contributor, contribution.Contributor);
                break;
            case Disbursement disbursement:
                WriteEntryStart(w, EntryKinds.Disbursement, entry);
                WriteMoney(w, Names.Amount, disbursement.Amount);
                WriteOptionalPurpose(w, disbursement.Purpose);
                WriteOptional(w, disbursement.Beneficiaries);
                break;
            case LoanDisbursement loan:
                WriteEntryStart(w, EntryKinds.LoanDisbursement, entry);
                WriteMoney(w, Names.Principal, loan.Principal);
                WriteRequired(w, Names.LoanId, loan.LoanId);
                WriteOptional(w, Names.Borrower, loan.Borrower);
                WriteOptional(w, Names.TermMonths, loan.TermMonths);
                WriteOptionalPurpose(w, loan.Purpose);
                WriteOptional(w, loan.Beneficiaries);
                break;
            case LoanRepayment repayment:
                WriteEntryStart(w, EntryKinds.LoanRepayment, entry);
                WriteMoney(w, Names.Amount, repayment.Amount);
                WriteRequired(w, Names.LoanId, repayment.LoanId);
                break;
            case InKindReceipt receipt:
                WriteEntryStart(w, EntryKinds.InKindReceipt, entry);
                WriteGoods(w, receipt.Goods);
                WriteOptional(w, receipt.Valuation);
                break;
            case InKindDistribution distribution:
                WriteEntryStart(w, EntryKinds.InKindDistribution, entry);
                WriteGoods(w, distribution.Goods);
                WriteOptional(w, distribution.Valuation);
                WriteOptional(w, distribution.Beneficiaries);
                break;
            case BalanceAssertion assertion:
                WriteEntryStart(w, EntryKinds.BalanceAssertion, entry);
                WriteMoney(w, Names.StatedBalance, assertion.StatedBalance);
                WriteEnum(w, Names.At, InterchangeCodes.BalanceTimes.CodeOf(assertion.At), (int)assertion.At);
                break;
            default:
                // Unreachable while FundEntry's subtypes are the complete list; written rather than thrown all the same.
                WriteEntryStart(w, JsonEncodedText.Encode(entry.GetType().Name), entry);
                break;
        }
        if (entry.Covers is ReportingPeriod covers)
        {
            WritePeriod(w, Names.Covers, covers);
        }
        WriteOptional(w, Names.Reference, entry.Reference);
        WriteOptional(w, Names.Note, entry.Note);
        w.WriteEndObject();
    }

    private static void WriteEntryStart(Utf8JsonWriter w, JsonEncodedText kind, FundEntry entry)
    {
        w.WriteString(Names.Kind, kind);
        WriteRequired(w, Names.FundId, entry.FundId.Value);
        WriteDate(w, Names.Date, entry.Date);
    }

    private static void WriteOptionalPurpose(Utf8JsonWriter w, DisbursementPurpose? purpose)
    {
        if (purpose is not null)
        {
            WriteClassifier(w, Names.Purpose, purpose, DisbursementPurpose.BuiltIn);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, Beneficiaries? beneficiaries)
    {
        if (beneficiaries is null)
        {
            return;
        }
        w.WriteStartObject(Names.Beneficiaries);
        WriteEnum(w, Names.Kind, InterchangeCodes.BeneficiaryKinds.CodeOf(beneficiaries.Kind), (int)beneficiaries.Kind);
        WriteOptional(w, Names.Occurrences, beneficiaries.Occurrences);
        WriteOptional(w, Names.Distinct, beneficiaries.Distinct);
        WriteOptional(w, Names.Description, beneficiaries.Description);
        w.WriteEndObject();
    }

    private static void WriteGoods(Utf8JsonWriter w, Goods? goods)
    {
        if (goods is null)
        {
            w.WriteNull(Names.Goods);
            return;
        }
        w.WriteStartObject(Names.Goods);
        WriteRequired(w, Names.Name, goods.Name);
        w.WriteNumber(Names.Quantity, goods.Quantity);
        WriteRequired(w, Names.UnitOfMeasure, goods.UnitOfMeasure);
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, Valuation? valuation)
    {
        if (valuation is null)
        {
            return;
        }
        w.WriteStartObject(Names.Valuation);
        WriteMoney(w, Names.Value, valuation.Value);
        WriteDate(w, Names.ValuedOn, valuation.ValuedOn);
        w.WriteEndObject();
    }

    // ----- Commendations -----

    private static void WriteCommendation(Utf8JsonWriter w, Commendation commendation)
    {
        w.WriteStartObject();
        WriteRequired(w, Names.Id, commendation.Id.Value);
        w.WritePropertyName(Names.Recipient);
        if (commendation.Recipient is { } recipient)
        {
            w.WriteStartObject();
            WriteEnum(w, Names.Kind, InterchangeCodes.RecipientKinds.CodeOf(recipient.Kind), (int)recipient.Kind);
            WriteRequired(w, Names.UnitId, recipient.UnitId.Value);
            WriteOptional(w, Names.Name, recipient.Name);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNullValue();
        }
        if (commendation.Title is { } title)
        {
            w.WritePropertyName(Names.Title);
            if (IsBuiltIn(title, EmulationTitle.BuiltIn, (a, b) => a.Recipients == b.Recipients))
            {
                w.WriteStringValue(title.Code);
            }
            else
            {
                WriteDefinitionStart(w, title);
                WriteEnum(w, Names.Recipients, InterchangeCodes.RecipientKinds.CodeOf(title.Recipients), (int)title.Recipients);
                w.WriteEndObject();
            }
        }
        if (commendation.Form is { } form)
        {
            WriteClassifier(w, Names.Form, form, AwardForm.BuiltIn);
        }
        WriteEnum(w, Names.Level, InterchangeCodes.Levels.CodeOf(commendation.Level), (int)commendation.Level);
        WriteOptional(w, Names.AwardingBody, commendation.AwardingBody);
        if (commendation.AwardedById is UnitId awardedBy)
        {
            WriteRequired(w, Names.AwardedById, awardedBy.Value);
        }
        WriteDate(w, Names.Date, commendation.Date);
        if (commendation.Period is ReportingPeriod period)
        {
            WritePeriod(w, Names.Period, period);
        }
        WriteOptional(w, Names.DecisionNumber, commendation.DecisionNumber);
        if (commendation.ModelId is ModelId model)
        {
            WriteRequired(w, Names.ModelId, model.Value);
        }
        if (commendation.Movement is { } movement)
        {
            WriteClassifier(w, Names.Movement, movement, Movement.BuiltIn);
        }
        w.WriteEndObject();
    }

    // ----- Classifiers -----

    // A classifier identical to a built-in one (code, names and all) is written as its code; any other, including
    // an app's own or a built-in code with other names, as an object that carries what is needed to rebuild it.
    private static void WriteClassifier<T>(Utf8JsonWriter w, JsonEncodedText name, T? classifier, IReadOnlyList<T> builtIn)
        where T : Classifier
    {
        w.WritePropertyName(name);
        if (classifier is null)
        {
            w.WriteNullValue();
        }
        else if (IsBuiltIn(classifier, builtIn, static (_, _) => true))
        {
            w.WriteStringValue(classifier.Code);
        }
        else
        {
            WriteDefinitionStart(w, classifier);
            w.WriteEndObject();
        }
    }

    private static void WriteFieldValue(Utf8JsonWriter w, ModelField field)
    {
        if (IsBuiltIn(field, ModelField.DanVanKheo, static (a, b) => a.Parent is null && b.Parent is null))
        {
            w.WriteStringValue(field.Code);
            return;
        }
        WriteDefinitionStart(w, field);
        if (field.Parent is not null)
        {
            w.WritePropertyName(Names.Parent);
            WriteFieldValue(w, field.Parent);
        }
        w.WriteEndObject();
    }

    private static void WriteDefinitionStart(Utf8JsonWriter w, Classifier classifier)
    {
        w.WriteStartObject();
        w.WriteString(Names.Code, classifier.Code);
        w.WriteStartObject(Names.Name);
        WriteRequired(w, Names.Vi, classifier.Name.Vietnamese);
        WriteRequired(w, Names.En, classifier.Name.English);
        w.WriteEndObject();
    }

    private static bool IsBuiltIn<T>(T classifier, IReadOnlyList<T> builtIn, Func<T, T, bool> restEqual)
        where T : Classifier
    {
        foreach (var known in builtIn)
        {
            if (ReferenceEquals(known, classifier))
            {
                return true;
            }
            if (string.Equals(known.Code, classifier.Code, StringComparison.Ordinal)
                && known.Name == classifier.Name
                && restEqual(known, classifier))
            {
                return true;
            }
        }
        return false;
    }

    // ----- Values -----

    private static void WriteRequired(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteRequiredValue(Utf8JsonWriter w, string? value)
    {
        if (value is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStringValue(value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, int? value)
    {
        if (value is int number)
        {
            w.WriteNumber(name, number);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, Dong? value)
    {
        if (value is Dong amount)
        {
            WriteMoney(w, name, amount);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, LocalDate? value)
    {
        if (value is LocalDate date)
        {
            WriteDate(w, name, date);
        }
    }

    private static void WriteMoney(Utf8JsonWriter w, JsonEncodedText name, Dong amount) => w.WriteNumber(name, amount.Value);

    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, LocalDate date)
    {
        // The format's dates are ISO calendar dates; a date held in another calendar is written as the same day in ISO.
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        w.WriteString(name, DatePattern.Format(iso));
    }

    // The default period is not a period (the factories never make it): it stands for "none given" and is
    // written as null, since its id ("0001") would read back as the whole year 1.
    private static void WritePeriod(Utf8JsonWriter w, JsonEncodedText name, ReportingPeriod period)
    {
        if (period == default)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, period.Id);
        }
    }

    // An enum value outside its declared list can only come from a cast; it is written as its number, which
    // the schema rejects, rather than thrown.
    private static void WriteEnum(Utf8JsonWriter w, JsonEncodedText name, string? code, int value)
    {
        if (code is null)
        {
            w.WriteNumber(name, value);
        }
        else
        {
            w.WriteString(name, code);
        }
    }

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    /// <summary>The values of a fund entry's <c>kind</c>, encoded once since entries are the bulk of a dataset.</summary>
    private static class EntryKinds
    {
        private static JsonEncodedText Of(FundEntryKind kind) => JsonEncodedText.Encode(InterchangeCodes.EntryKinds.CodeOf(kind)!);

        public static readonly JsonEncodedText OpeningBalance = Of(FundEntryKind.OpeningBalance);
        public static readonly JsonEncodedText Contribution = Of(FundEntryKind.Contribution);
        public static readonly JsonEncodedText Disbursement = Of(FundEntryKind.Disbursement);
        public static readonly JsonEncodedText LoanDisbursement = Of(FundEntryKind.LoanDisbursement);
        public static readonly JsonEncodedText LoanRepayment = Of(FundEntryKind.LoanRepayment);
        public static readonly JsonEncodedText InKindReceipt = Of(FundEntryKind.InKindReceipt);
        public static readonly JsonEncodedText InKindDistribution = Of(FundEntryKind.InKindDistribution);
        public static readonly JsonEncodedText BalanceAssertion = Of(FundEntryKind.BalanceAssertion);
    }

    /// <summary>
    /// The property names of the format, encoded once rather than for every item; those of fields come from the
    /// fields' table (<see cref="DatasetSchema"/>), which the reader reads by.
    /// </summary>
    private static class Names
    {
        private static JsonEncodedText Of(RecordSchema schema, int field) => JsonEncodedText.Encode(schema[field].Json);

        public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
        public static readonly JsonEncodedText Units = JsonEncodedText.Encode("units");
        public static readonly JsonEncodedText Models = JsonEncodedText.Encode("models");
        public static readonly JsonEncodedText Pledges = JsonEncodedText.Encode("pledges");
        public static readonly JsonEncodedText Payments = JsonEncodedText.Encode("payments");
        public static readonly JsonEncodedText Funds = JsonEncodedText.Encode("funds");
        public static readonly JsonEncodedText FundEntries = JsonEncodedText.Encode("fundEntries");
        public static readonly JsonEncodedText Commendations = JsonEncodedText.Encode("commendations");

        public static readonly JsonEncodedText Id = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.Id);
        public static readonly JsonEncodedText Name = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.Name);
        public static readonly JsonEncodedText Kind = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.Kind);
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText Vi = JsonEncodedText.Encode("vi");
        public static readonly JsonEncodedText En = JsonEncodedText.Encode("en");
        public static readonly JsonEncodedText Parent = Of(DatasetSchema.FieldExtras.Schema, DatasetSchema.FieldExtras.Parent);
        public static readonly JsonEncodedText Recipients = Of(DatasetSchema.TitleExtras.Schema, DatasetSchema.TitleExtras.Recipients);

        public static readonly JsonEncodedText ParentId = Of(DatasetSchema.UnitLink.ParentChange, DatasetSchema.UnitLink.Target);
        public static readonly JsonEncodedText TerritoryId = Of(DatasetSchema.UnitLink.TerritoryChange, DatasetSchema.UnitLink.Target);
        public static readonly JsonEncodedText ValidFrom = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.ValidFrom);
        public static readonly JsonEncodedText ValidTo = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.ValidTo);
        public static readonly JsonEncodedText Successors = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.Successors);
        public static readonly JsonEncodedText HeadCounts = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.HeadCounts);
        public static readonly JsonEncodedText ParentChanges = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.ParentChanges);
        public static readonly JsonEncodedText TerritoryChanges = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.TerritoryChanges);
        public static readonly JsonEncodedText PrimarySuccessorId = Of(DatasetSchema.Unit.Schema, DatasetSchema.Unit.PrimarySuccessorId);
        public static readonly JsonEncodedText From = Of(DatasetSchema.UnitLink.ParentChange, DatasetSchema.UnitLink.From);
        public static readonly JsonEncodedText AsOf = Of(DatasetSchema.HeadCount.Schema, DatasetSchema.HeadCount.AsOf);
        public static readonly JsonEncodedText Members = Of(DatasetSchema.HeadCount.Schema, DatasetSchema.HeadCount.Members);
        public static readonly JsonEncodedText PartyMembers = Of(DatasetSchema.HeadCount.Schema, DatasetSchema.HeadCount.PartyMembers);
        public static readonly JsonEncodedText Exempt = Of(DatasetSchema.HeadCount.Schema, DatasetSchema.HeadCount.Exempt);
        public static readonly JsonEncodedText Away = Of(DatasetSchema.HeadCount.Schema, DatasetSchema.HeadCount.Away);

        public static readonly JsonEncodedText OwnerId = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.OwnerId);
        public static readonly JsonEncodedText Field = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.Field);
        public static readonly JsonEncodedText Movement = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.Movement);
        public static readonly JsonEncodedText Theme = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.Theme);
        public static readonly JsonEncodedText Period = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.Period);
        public static readonly JsonEncodedText Lifecycle = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.Lifecycle);
        public static readonly JsonEncodedText Stage = Of(DatasetSchema.LifecycleEvent.Schema, DatasetSchema.LifecycleEvent.Stage);
        public static readonly JsonEncodedText Date = Of(DatasetSchema.LifecycleEvent.Schema, DatasetSchema.LifecycleEvent.Date);
        public static readonly JsonEncodedText Note = Of(DatasetSchema.LifecycleEvent.Schema, DatasetSchema.LifecycleEvent.Note);
        public static readonly JsonEncodedText OriginId = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.OriginId);
        public static readonly JsonEncodedText IsExemplary = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.IsExemplary);
        public static readonly JsonEncodedText CommittedToId = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.CommittedToId);
        public static readonly JsonEncodedText Outcomes = Of(DatasetSchema.Model.Schema, DatasetSchema.Model.Outcomes);
        public static readonly JsonEncodedText Quantity = Of(DatasetSchema.Outcome.Schema, DatasetSchema.Outcome.Quantity);
        public static readonly JsonEncodedText UnitOfMeasure = Of(DatasetSchema.Outcome.Schema, DatasetSchema.Outcome.UnitOfMeasure);
        public static readonly JsonEncodedText MoneyValue = Of(DatasetSchema.Outcome.Schema, DatasetSchema.Outcome.MoneyValue);

        public static readonly JsonEncodedText Pledger = Of(DatasetSchema.Pledge.Schema, DatasetSchema.Pledge.Pledger);
        public static readonly JsonEncodedText UnitId = Of(DatasetSchema.Pledger.Schema, DatasetSchema.Pledger.UnitId);
        public static readonly JsonEncodedText PersonId = Of(DatasetSchema.Pledger.Schema, DatasetSchema.Pledger.PersonId);
        public static readonly JsonEncodedText PersonName = Of(DatasetSchema.Pledger.Schema, DatasetSchema.Pledger.PersonName);
        public static readonly JsonEncodedText Target = Of(DatasetSchema.Pledge.Schema, DatasetSchema.Pledge.Target);
        public static readonly JsonEncodedText ModelId = Of(DatasetSchema.Target.Schema, DatasetSchema.Target.ModelId);
        public static readonly JsonEncodedText CriteriaSet = Of(DatasetSchema.Target.Schema, DatasetSchema.Target.CriteriaSet);
        public static readonly JsonEncodedText Beneficiary = Of(DatasetSchema.Target.Schema, DatasetSchema.Target.Beneficiary);
        public static readonly JsonEncodedText PoorHouseholds = Of(DatasetSchema.Target.Schema, DatasetSchema.Target.PoorHouseholds);
        public static readonly JsonEncodedText NearPoorHouseholds = Of(DatasetSchema.Target.Schema, DatasetSchema.Target.NearPoorHouseholds);
        public static readonly JsonEncodedText RegisteredOn = Of(DatasetSchema.Pledge.Schema, DatasetSchema.Pledge.RegisteredOn);
        public static readonly JsonEncodedText Schedule = Of(DatasetSchema.Pledge.Schema, DatasetSchema.Pledge.Schedule);
        public static readonly JsonEncodedText Amount = Of(DatasetSchema.Schedule.Schema, DatasetSchema.Schedule.Amount);
        public static readonly JsonEncodedText Frequency = Of(DatasetSchema.Schedule.Schema, DatasetSchema.Schedule.Frequency);
        public static readonly JsonEncodedText Start = Of(DatasetSchema.Schedule.Schema, DatasetSchema.Schedule.Start);
        public static readonly JsonEncodedText MaximumAmount = Of(DatasetSchema.Schedule.Schema, DatasetSchema.Schedule.MaximumAmount);
        public static readonly JsonEncodedText End = Of(DatasetSchema.Schedule.Schema, DatasetSchema.Schedule.End);
        public static readonly JsonEncodedText Evaluation = Of(DatasetSchema.Pledge.Schema, DatasetSchema.Pledge.Evaluation);
        public static readonly JsonEncodedText EvaluatedOn = Of(DatasetSchema.Evaluation.Schema, DatasetSchema.Evaluation.EvaluatedOn);
        public static readonly JsonEncodedText Rating = Of(DatasetSchema.Evaluation.Schema, DatasetSchema.Evaluation.Rating);
        public static readonly JsonEncodedText Score = Of(DatasetSchema.Evaluation.Schema, DatasetSchema.Evaluation.Score);
        public static readonly JsonEncodedText CancelledOn = Of(DatasetSchema.Pledge.Schema, DatasetSchema.Pledge.CancelledOn);
        public static readonly JsonEncodedText PledgeId = Of(DatasetSchema.Payment.Schema, DatasetSchema.Payment.PledgeId);
        public static readonly JsonEncodedText Reference = Of(DatasetSchema.Payment.Schema, DatasetSchema.Payment.Reference);

        public static readonly JsonEncodedText Purpose = Of(DatasetSchema.Fund.Schema, DatasetSchema.Fund.Purpose);
        public static readonly JsonEncodedText InceptionDate = Of(DatasetSchema.Fund.Schema, DatasetSchema.Fund.InceptionDate);
        public static readonly JsonEncodedText FundId = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.FundId);
        public static readonly JsonEncodedText Covers = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.Covers);
        public static readonly JsonEncodedText Contributor = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.Contributor);
        public static readonly JsonEncodedText Beneficiaries = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.Beneficiaries);
        public static readonly JsonEncodedText Occurrences = Of(DatasetSchema.Beneficiaries.Schema, DatasetSchema.Beneficiaries.Occurrences);
        public static readonly JsonEncodedText Distinct = Of(DatasetSchema.Beneficiaries.Schema, DatasetSchema.Beneficiaries.Distinct);
        public static readonly JsonEncodedText Description = Of(DatasetSchema.Beneficiaries.Schema, DatasetSchema.Beneficiaries.Description);
        public static readonly JsonEncodedText Principal = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.Principal);
        public static readonly JsonEncodedText LoanId = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.LoanId);
        public static readonly JsonEncodedText Borrower = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.Borrower);
        public static readonly JsonEncodedText TermMonths = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.TermMonths);
        public static readonly JsonEncodedText Goods = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.Goods);
        public static readonly JsonEncodedText Valuation = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.Valuation);
        public static readonly JsonEncodedText Value = Of(DatasetSchema.Valuation.Schema, DatasetSchema.Valuation.Value);
        public static readonly JsonEncodedText ValuedOn = Of(DatasetSchema.Valuation.Schema, DatasetSchema.Valuation.ValuedOn);
        public static readonly JsonEncodedText StatedBalance = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.StatedBalance);
        public static readonly JsonEncodedText At = Of(DatasetSchema.FundEntry.Schema, DatasetSchema.FundEntry.At);

        public static readonly JsonEncodedText Recipient = Of(DatasetSchema.Commendation.Schema, DatasetSchema.Commendation.Recipient);
        public static readonly JsonEncodedText Title = Of(DatasetSchema.Commendation.Schema, DatasetSchema.Commendation.Title);
        public static readonly JsonEncodedText Form = Of(DatasetSchema.Commendation.Schema, DatasetSchema.Commendation.Form);
        public static readonly JsonEncodedText Level = Of(DatasetSchema.Commendation.Schema, DatasetSchema.Commendation.Level);
        public static readonly JsonEncodedText AwardingBody = Of(DatasetSchema.Commendation.Schema, DatasetSchema.Commendation.AwardingBody);
        public static readonly JsonEncodedText AwardedById = Of(DatasetSchema.Commendation.Schema, DatasetSchema.Commendation.AwardedById);
        public static readonly JsonEncodedText DecisionNumber = Of(DatasetSchema.Commendation.Schema, DatasetSchema.Commendation.DecisionNumber);
    }
}
