using System.Collections.Immutable;
using System.Diagnostics;
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
/// documentation says and does not change when a C# type does: each record goes through its table of fields
/// (<see cref="DatasetSchema"/>), in the table's order and under the table's names, as the readers do. Items go
/// out one by one and the writer is flushed to the stream about every 64 KB, so a national dataset is never held
/// as text in memory; a reader can stream it back in the same order (classifier definitions travel with the item
/// that uses them, and fund entries, the bulk, come last but one, each a small object that names its fund).
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
/// stream's own failures, and an <see cref="UnreachableException"/> for a field of a table that the writer has no
/// case for: a mistake in the writer, not in the data, found by the first record of that table written (and by
/// the tests, which write every field of every table).
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

    // Each writer goes through its record's fields in the order of the table (DatasetSchema), one case a field, and
    // writes each under the table's name for it, so that the properties follow the table. A field added to a table
    // without a case here is a mistake in this file: the default case throws on the first such record written.

    // ----- Units -----

    private static void WriteUnit(Utf8JsonWriter w, Unit unit)
    {
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Unit.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Unit.Id: WriteRequired(w, name, unit.Id.Value); break;
                case DatasetSchema.Unit.Name: WriteRequired(w, name, unit.Name); break;
                case DatasetSchema.Unit.Kind: WriteClassifier(w, name, unit.Kind, UnitKind.BuiltIn); break;
                case DatasetSchema.Unit.ParentId: WriteOptional(w, name, unit.ParentId); break;
                case DatasetSchema.Unit.TerritoryId: WriteOptional(w, name, unit.TerritoryId); break;
                case DatasetSchema.Unit.ValidFrom: WriteOptional(w, name, unit.ValidFrom); break;
                case DatasetSchema.Unit.ValidTo: WriteOptional(w, name, unit.ValidTo); break;
                case DatasetSchema.Unit.Successors:
                    w.WriteStartArray(name);
                    foreach (var successor in OrEmpty(unit.Successors))
                    {
                        WriteRequiredValue(w, successor.Value);
                    }
                    w.WriteEndArray();
                    break;
                case DatasetSchema.Unit.HeadCounts:
                    w.WriteStartArray(name);
                    foreach (var count in OrEmpty(unit.HeadCounts))
                    {
                        WriteHeadCount(w, count);
                    }
                    w.WriteEndArray();
                    break;
                // Written only when the unit has them, so that a dataset without dated links reads as it always has.
                case DatasetSchema.Unit.ParentChanges: WriteLinks(w, name, DatasetSchema.UnitLink.ParentChange, unit.ParentChanges); break;
                case DatasetSchema.Unit.TerritoryChanges: WriteLinks(w, name, DatasetSchema.UnitLink.TerritoryChange, unit.TerritoryChanges); break;
                case DatasetSchema.Unit.PrimarySuccessorId: WriteOptional(w, name, unit.PrimarySuccessorId); break;
                default: throw Unwritten(DatasetSchema.Unit.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    private static void WriteHeadCount(Utf8JsonWriter w, HeadCount? count)
    {
        if (count is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        foreach (var field in DatasetSchema.HeadCount.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.HeadCount.AsOf: WriteDate(w, name, count.AsOf); break;
                case DatasetSchema.HeadCount.Members: WriteOptional(w, name, count.Members); break;
                case DatasetSchema.HeadCount.PartyMembers: WriteOptional(w, name, count.PartyMembers); break;
                case DatasetSchema.HeadCount.Exempt: WriteOptional(w, name, count.Exempt); break;
                case DatasetSchema.HeadCount.Away: WriteOptional(w, name, count.Away); break;
                default: throw Unwritten(DatasetSchema.HeadCount.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    // A parent change and a territory change have the same fields; their tables differ in the name of the target.
    private static void WriteLinks(Utf8JsonWriter w, JsonEncodedText name, RecordSchema schema, ImmutableArray<UnitLink> links)
    {
        if (links.IsDefaultOrEmpty)
        {
            return;
        }
        w.WriteStartArray(name);
        foreach (var link in links)
        {
            w.WriteStartObject();
            foreach (var field in schema.Fields)
            {
                switch (field.Index)
                {
                    case DatasetSchema.UnitLink.From: WriteDate(w, field.Encoded, link.From); break;
                    // As for parentId itself: no target leaves the property out, an empty id (bad data) writes null.
                    case DatasetSchema.UnitLink.Target: WriteOptional(w, field.Encoded, link.Target); break;
                    default: throw Unwritten(schema, field);
                }
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    // ----- Models -----

    private static void WriteModel(Utf8JsonWriter w, EmulationModel model)
    {
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Model.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Model.Id: WriteRequired(w, name, model.Id.Value); break;
                case DatasetSchema.Model.Name: WriteRequired(w, name, model.Name); break;
                case DatasetSchema.Model.OwnerId: WriteRequired(w, name, model.OwnerId.Value); break;
                case DatasetSchema.Model.Kind: WriteClassifier(w, name, model.Kind, ModelKind.BuiltIn); break;
                case DatasetSchema.Model.Field:
                    if (model.Field is not null)
                    {
                        w.WritePropertyName(name);
                        WriteFieldValue(w, model.Field);
                    }
                    break;
                case DatasetSchema.Model.Movement: WriteOptionalClassifier(w, name, model.Movement, Movement.BuiltIn); break;
                case DatasetSchema.Model.Theme: WriteOptional(w, name, model.Theme); break;
                case DatasetSchema.Model.Period: WriteOptional(w, name, model.Period); break;
                case DatasetSchema.Model.Lifecycle:
                    w.WriteStartArray(name);
                    foreach (var step in OrEmpty(model.Lifecycle))
                    {
                        WriteLifecycleEvent(w, step);
                    }
                    w.WriteEndArray();
                    break;
                case DatasetSchema.Model.OriginId: WriteOptional(w, name, model.OriginId); break;
                case DatasetSchema.Model.IsExemplary: w.WriteBoolean(name, model.IsExemplary); break;
                case DatasetSchema.Model.CommittedToId: WriteOptional(w, name, model.CommittedToId); break;
                case DatasetSchema.Model.Outcomes:
                    w.WriteStartArray(name);
                    foreach (var outcome in OrEmpty(model.Outcomes))
                    {
                        WriteOutcome(w, outcome);
                    }
                    w.WriteEndArray();
                    break;
                default: throw Unwritten(DatasetSchema.Model.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    private static void WriteLifecycleEvent(Utf8JsonWriter w, LifecycleEvent? step)
    {
        if (step is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        foreach (var field in DatasetSchema.LifecycleEvent.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.LifecycleEvent.Stage: WriteEnum(w, name, InterchangeCodes.Stages.CodeOf(step.Stage), (int)step.Stage); break;
                case DatasetSchema.LifecycleEvent.Date: WriteDate(w, name, step.Date); break;
                case DatasetSchema.LifecycleEvent.Note: WriteOptional(w, name, step.Note); break;
                default: throw Unwritten(DatasetSchema.LifecycleEvent.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    private static void WriteOutcome(Utf8JsonWriter w, OutcomeIndicator? outcome)
    {
        if (outcome is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Outcome.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Outcome.Name: WriteRequired(w, name, outcome.Name); break;
                case DatasetSchema.Outcome.Quantity: WriteOptional(w, name, outcome.Quantity); break;
                case DatasetSchema.Outcome.UnitOfMeasure: WriteRequired(w, name, outcome.UnitOfMeasure); break;
                case DatasetSchema.Outcome.Date: WriteDate(w, name, outcome.Date); break;
                case DatasetSchema.Outcome.MoneyValue: WriteOptional(w, name, outcome.MoneyValue); break;
                default: throw Unwritten(DatasetSchema.Outcome.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    // ----- Pledges and payments -----

    private static void WritePledge(Utf8JsonWriter w, Pledge pledge)
    {
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Pledge.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Pledge.Id: WriteRequired(w, name, pledge.Id.Value); break;
                case DatasetSchema.Pledge.Pledger:
                    w.WritePropertyName(name);
                    WritePledgerValue(w, pledge.Pledger);
                    break;
                case DatasetSchema.Pledge.Target:
                    w.WritePropertyName(name);
                    WriteTargetValue(w, pledge.Target);
                    break;
                case DatasetSchema.Pledge.Period: WritePeriod(w, name, pledge.Period); break;
                case DatasetSchema.Pledge.RegisteredOn: WriteOptional(w, name, pledge.RegisteredOn); break;
                case DatasetSchema.Pledge.Schedule: WriteOptional(w, name, pledge.Schedule); break;
                case DatasetSchema.Pledge.Evaluation: WriteOptional(w, name, pledge.Evaluation); break;
                case DatasetSchema.Pledge.CancelledOn: WriteOptional(w, name, pledge.CancelledOn); break;
                case DatasetSchema.Pledge.Note: WriteOptional(w, name, pledge.Note); break;
                default: throw Unwritten(DatasetSchema.Pledge.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    private static void WritePledgerValue(Utf8JsonWriter w, Pledger? pledger)
    {
        if (pledger is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Pledger.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Pledger.Kind: WriteEnum(w, name, InterchangeCodes.PledgerKinds.CodeOf(pledger.Kind), (int)pledger.Kind); break;
                case DatasetSchema.Pledger.UnitId: WriteRequired(w, name, pledger.UnitId.Value); break;
                case DatasetSchema.Pledger.PersonId: WriteOptional(w, name, pledger.PersonId); break;
                case DatasetSchema.Pledger.PersonName: WriteOptional(w, name, pledger.PersonName); break;
                default: throw Unwritten(DatasetSchema.Pledger.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    // Each kind of target has the fields the table gives it (DatasetSchema.Target.Kinds); the other kinds' are absent.
    private static void WriteTargetValue(Utf8JsonWriter w, PledgeTarget? target)
    {
        // Null otherwise; the subtypes are the complete list (the base constructor is not open to other assemblies).
        var kind = target switch
        {
            ModelPledgeTarget => 0,
            CriteriaPledgeTarget => 1,
            BeneficiaryPledgeTarget => 2,
            HouseholdsPledgeTarget => 3,
            _ => -1,
        };
        if (kind < 0)
        {
            w.WriteNullValue();
            return;
        }
        var has = DatasetSchema.Target.Common | DatasetSchema.Target.Kinds[kind];
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Target.Schema.Fields)
        {
            if ((has & (1UL << field.Index)) == 0)
            {
                continue;
            }
            var name = field.Encoded;
            switch (field.Index, target)
            {
                case (DatasetSchema.Target.Kind, _): w.WriteString(name, DatasetSchema.Target.Codes[kind]); break;
                case (DatasetSchema.Target.ModelId, ModelPledgeTarget model): WriteRequired(w, name, model.ModelId.Value); break;
                case (DatasetSchema.Target.CriteriaSet, CriteriaPledgeTarget criteria): WriteRequired(w, name, criteria.CriteriaSet); break;
                case (DatasetSchema.Target.Beneficiary, BeneficiaryPledgeTarget beneficiary): WriteRequired(w, name, beneficiary.Beneficiary); break;
                case (DatasetSchema.Target.PoorHouseholds, HouseholdsPledgeTarget households): WriteOptional(w, name, households.PoorHouseholds); break;
                case (DatasetSchema.Target.NearPoorHouseholds, HouseholdsPledgeTarget households): WriteOptional(w, name, households.NearPoorHouseholds); break;
                default: throw Unwritten(DatasetSchema.Target.Schema, field, DatasetSchema.Target.Codes[kind]);
            }
        }
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, MoneySchedule? schedule)
    {
        if (schedule is null)
        {
            return;
        }
        w.WriteStartObject(name);
        foreach (var field in DatasetSchema.Schedule.Schema.Fields)
        {
            var property = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Schedule.Amount: WriteMoney(w, property, schedule.Amount); break;
                case DatasetSchema.Schedule.Frequency:
                    WriteEnum(w, property, InterchangeCodes.Frequencies.CodeOf(schedule.Frequency), (int)schedule.Frequency);
                    break;
                case DatasetSchema.Schedule.Start: WriteDate(w, property, schedule.Start); break;
                case DatasetSchema.Schedule.MaximumAmount: WriteOptional(w, property, schedule.MaximumAmount); break;
                case DatasetSchema.Schedule.End: WriteOptional(w, property, schedule.End); break;
                default: throw Unwritten(DatasetSchema.Schedule.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, PledgeEvaluation? evaluation)
    {
        if (evaluation is null)
        {
            return;
        }
        w.WriteStartObject(name);
        foreach (var field in DatasetSchema.Evaluation.Schema.Fields)
        {
            var property = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Evaluation.EvaluatedOn: WriteDate(w, property, evaluation.EvaluatedOn); break;
                case DatasetSchema.Evaluation.Rating:
                    if (evaluation.Rating is PerformanceRating rating)
                    {
                        WriteEnum(w, property, InterchangeCodes.Ratings.CodeOf(rating), (int)rating);
                    }
                    break;
                case DatasetSchema.Evaluation.Score: WriteOptional(w, property, evaluation.Score); break;
                default: throw Unwritten(DatasetSchema.Evaluation.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    private static void WritePayment(Utf8JsonWriter w, PledgePayment payment)
    {
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Payment.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Payment.PledgeId: WriteRequired(w, name, payment.PledgeId.Value); break;
                case DatasetSchema.Payment.Date: WriteDate(w, name, payment.Date); break;
                case DatasetSchema.Payment.Amount: WriteMoney(w, name, payment.Amount); break;
                case DatasetSchema.Payment.Reference: WriteOptional(w, name, payment.Reference); break;
                default: throw Unwritten(DatasetSchema.Payment.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    // ----- Funds and their entries -----

    private static void WriteFund(Utf8JsonWriter w, Fund fund)
    {
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Fund.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Fund.Id: WriteRequired(w, name, fund.Id.Value); break;
                case DatasetSchema.Fund.Name: WriteRequired(w, name, fund.Name); break;
                case DatasetSchema.Fund.OwnerId: WriteRequired(w, name, fund.OwnerId.Value); break;
                case DatasetSchema.Fund.Purpose: WriteOptional(w, name, fund.Purpose); break;
                case DatasetSchema.Fund.ModelId: WriteOptional(w, name, fund.ModelId); break;
                case DatasetSchema.Fund.InceptionDate: WriteOptional(w, name, fund.InceptionDate); break;
                default: throw Unwritten(DatasetSchema.Fund.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    // Each kind of entry has the fields every entry has and those the table gives its kind (DatasetSchema.FundEntry.Common
    // and Kinds); the other kinds' are absent. A field of the kind without a case for its type throws, as above.
    private static void WriteFundEntry(Utf8JsonWriter w, FundEntry entry)
    {
        // The kind is one of the list: FundEntry's subtypes are sealed and its constructor is not open to other assemblies.
        var kind = entry.Kind;
        var has = DatasetSchema.FundEntry.Common | DatasetSchema.FundEntry.Kinds[(int)kind].Has;
        w.WriteStartObject();
        foreach (var field in DatasetSchema.FundEntry.Schema.Fields)
        {
            if ((has & (1UL << field.Index)) == 0)
            {
                continue;
            }
            var name = field.Encoded;
            switch (field.Index, entry)
            {
                case (DatasetSchema.FundEntry.Kind, _): w.WriteString(name, EntryKindCodes[(int)kind]); break;
                case (DatasetSchema.FundEntry.FundId, _): WriteRequired(w, name, entry.FundId.Value); break;
                case (DatasetSchema.FundEntry.Date, _): WriteDate(w, name, entry.Date); break;
                case (DatasetSchema.FundEntry.Amount, OpeningBalance opening): WriteMoney(w, name, opening.Amount); break;
                case (DatasetSchema.FundEntry.Amount, Contribution contribution): WriteMoney(w, name, contribution.Amount); break;
                case (DatasetSchema.FundEntry.Amount, Disbursement disbursement): WriteMoney(w, name, disbursement.Amount); break;
                case (DatasetSchema.FundEntry.Amount, LoanRepayment repayment): WriteMoney(w, name, repayment.Amount); break;
                case (DatasetSchema.FundEntry.Contributor, Contribution contribution): WriteOptional(w, name, contribution.Contributor); break;
                case (DatasetSchema.FundEntry.Principal, LoanDisbursement loan): WriteMoney(w, name, loan.Principal); break;
                case (DatasetSchema.FundEntry.LoanId, LoanDisbursement loan): WriteRequired(w, name, loan.LoanId); break;
                case (DatasetSchema.FundEntry.LoanId, LoanRepayment repayment): WriteRequired(w, name, repayment.LoanId); break;
                case (DatasetSchema.FundEntry.Borrower, LoanDisbursement loan): WriteOptional(w, name, loan.Borrower); break;
                case (DatasetSchema.FundEntry.TermMonths, LoanDisbursement loan): WriteOptional(w, name, loan.TermMonths); break;
                case (DatasetSchema.FundEntry.Purpose, Disbursement disbursement):
                    WriteOptionalClassifier(w, name, disbursement.Purpose, DisbursementPurpose.BuiltIn);
                    break;
                case (DatasetSchema.FundEntry.Purpose, LoanDisbursement loan): WriteOptionalClassifier(w, name, loan.Purpose, DisbursementPurpose.BuiltIn); break;
                case (DatasetSchema.FundEntry.Beneficiaries, Disbursement disbursement): WriteOptional(w, name, disbursement.Beneficiaries); break;
                case (DatasetSchema.FundEntry.Beneficiaries, LoanDisbursement loan): WriteOptional(w, name, loan.Beneficiaries); break;
                case (DatasetSchema.FundEntry.Beneficiaries, InKindDistribution distribution): WriteOptional(w, name, distribution.Beneficiaries); break;
                case (DatasetSchema.FundEntry.Goods, InKindReceipt receipt): WriteGoods(w, name, receipt.Goods); break;
                case (DatasetSchema.FundEntry.Goods, InKindDistribution distribution): WriteGoods(w, name, distribution.Goods); break;
                case (DatasetSchema.FundEntry.Valuation, InKindReceipt receipt): WriteOptional(w, name, receipt.Valuation); break;
                case (DatasetSchema.FundEntry.Valuation, InKindDistribution distribution): WriteOptional(w, name, distribution.Valuation); break;
                case (DatasetSchema.FundEntry.StatedBalance, BalanceAssertion assertion): WriteMoney(w, name, assertion.StatedBalance); break;
                case (DatasetSchema.FundEntry.At, BalanceAssertion assertion):
                    WriteEnum(w, name, InterchangeCodes.BalanceTimes.CodeOf(assertion.At), (int)assertion.At);
                    break;
                case (DatasetSchema.FundEntry.Covers, _): WriteOptional(w, name, entry.Covers); break;
                case (DatasetSchema.FundEntry.Reference, _): WriteOptional(w, name, entry.Reference); break;
                case (DatasetSchema.FundEntry.Note, _): WriteOptional(w, name, entry.Note); break;
                default: throw Unwritten(DatasetSchema.FundEntry.Schema, field, InterchangeCodes.EntryKinds.CodeOf(kind));
            }
        }
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, Beneficiaries? beneficiaries)
    {
        if (beneficiaries is null)
        {
            return;
        }
        w.WriteStartObject(name);
        foreach (var field in DatasetSchema.Beneficiaries.Schema.Fields)
        {
            var property = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Beneficiaries.Kind:
                    WriteEnum(w, property, InterchangeCodes.BeneficiaryKinds.CodeOf(beneficiaries.Kind), (int)beneficiaries.Kind);
                    break;
                case DatasetSchema.Beneficiaries.Occurrences: WriteOptional(w, property, beneficiaries.Occurrences); break;
                case DatasetSchema.Beneficiaries.Distinct: WriteOptional(w, property, beneficiaries.Distinct); break;
                case DatasetSchema.Beneficiaries.Description: WriteOptional(w, property, beneficiaries.Description); break;
                default: throw Unwritten(DatasetSchema.Beneficiaries.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    // Goods are required: none (bad data) is written as null.
    private static void WriteGoods(Utf8JsonWriter w, JsonEncodedText name, Goods? goods)
    {
        if (goods is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        foreach (var field in DatasetSchema.Goods.Schema.Fields)
        {
            var property = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Goods.Name: WriteRequired(w, property, goods.Name); break;
                case DatasetSchema.Goods.Quantity: w.WriteNumber(property, goods.Quantity); break;
                case DatasetSchema.Goods.UnitOfMeasure: WriteRequired(w, property, goods.UnitOfMeasure); break;
                default: throw Unwritten(DatasetSchema.Goods.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, Valuation? valuation)
    {
        if (valuation is null)
        {
            return;
        }
        w.WriteStartObject(name);
        foreach (var field in DatasetSchema.Valuation.Schema.Fields)
        {
            var property = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Valuation.Value: WriteMoney(w, property, valuation.Value); break;
                case DatasetSchema.Valuation.ValuedOn: WriteDate(w, property, valuation.ValuedOn); break;
                default: throw Unwritten(DatasetSchema.Valuation.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    // ----- Commendations -----

    private static void WriteCommendation(Utf8JsonWriter w, Commendation commendation)
    {
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Commendation.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Commendation.Id: WriteRequired(w, name, commendation.Id.Value); break;
                case DatasetSchema.Commendation.Recipient:
                    w.WritePropertyName(name);
                    WriteRecipientValue(w, commendation.Recipient);
                    break;
                case DatasetSchema.Commendation.Title:
                    if (commendation.Title is { } title)
                    {
                        w.WritePropertyName(name);
                        WriteTitleValue(w, title);
                    }
                    break;
                case DatasetSchema.Commendation.Form: WriteOptionalClassifier(w, name, commendation.Form, AwardForm.BuiltIn); break;
                case DatasetSchema.Commendation.Level:
                    WriteEnum(w, name, InterchangeCodes.Levels.CodeOf(commendation.Level), (int)commendation.Level);
                    break;
                case DatasetSchema.Commendation.AwardingBody: WriteOptional(w, name, commendation.AwardingBody); break;
                case DatasetSchema.Commendation.AwardedById: WriteOptional(w, name, commendation.AwardedById); break;
                case DatasetSchema.Commendation.Date: WriteDate(w, name, commendation.Date); break;
                case DatasetSchema.Commendation.Period: WriteOptional(w, name, commendation.Period); break;
                case DatasetSchema.Commendation.DecisionNumber: WriteOptional(w, name, commendation.DecisionNumber); break;
                case DatasetSchema.Commendation.ModelId: WriteOptional(w, name, commendation.ModelId); break;
                case DatasetSchema.Commendation.Movement: WriteOptionalClassifier(w, name, commendation.Movement, Movement.BuiltIn); break;
                default: throw Unwritten(DatasetSchema.Commendation.Schema, field);
            }
        }
        w.WriteEndObject();
    }

    // The same shape as a pledger (a kind, a unit, a name), kept apart: the two tables are free to differ.
    private static void WriteRecipientValue(Utf8JsonWriter w, Recipient? recipient)
    {
        if (recipient is null)
        {
            w.WriteNullValue();
            return;
        }
        w.WriteStartObject();
        foreach (var field in DatasetSchema.Recipient.Schema.Fields)
        {
            var name = field.Encoded;
            switch (field.Index)
            {
                case DatasetSchema.Recipient.Kind: WriteEnum(w, name, InterchangeCodes.RecipientKinds.CodeOf(recipient.Kind), (int)recipient.Kind); break;
                case DatasetSchema.Recipient.UnitId: WriteRequired(w, name, recipient.UnitId.Value); break;
                case DatasetSchema.Recipient.Name: WriteOptional(w, name, recipient.Name); break;
                default: throw Unwritten(DatasetSchema.Recipient.Schema, field);
            }
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

    private static void WriteOptionalClassifier<T>(Utf8JsonWriter w, JsonEncodedText name, T? classifier, IReadOnlyList<T> builtIn)
        where T : Classifier
    {
        if (classifier is not null)
        {
            WriteClassifier(w, name, classifier, builtIn);
        }
    }

    // A field's definition has, after its code and names, the fields of its table (its parent).
    private static void WriteFieldValue(Utf8JsonWriter w, ModelField field)
    {
        if (IsBuiltIn(field, ModelField.DanVanKheo, static (a, b) => a.Parent is null && b.Parent is null))
        {
            w.WriteStringValue(field.Code);
            return;
        }
        WriteDefinitionStart(w, field);
        foreach (var extra in DatasetSchema.FieldExtras.Schema.Fields)
        {
            switch (extra.Index)
            {
                case DatasetSchema.FieldExtras.Parent:
                    if (field.Parent is not null)
                    {
                        w.WritePropertyName(extra.Encoded);
                        WriteFieldValue(w, field.Parent);
                    }
                    break;
                default: throw Unwritten(DatasetSchema.FieldExtras.Schema, extra);
            }
        }
        w.WriteEndObject();
    }

    // A title's definition has, after its code and names, the fields of its table (whom it is for).
    private static void WriteTitleValue(Utf8JsonWriter w, EmulationTitle title)
    {
        if (IsBuiltIn(title, EmulationTitle.BuiltIn, static (a, b) => a.Recipients == b.Recipients))
        {
            w.WriteStringValue(title.Code);
            return;
        }
        WriteDefinitionStart(w, title);
        foreach (var extra in DatasetSchema.TitleExtras.Schema.Fields)
        {
            switch (extra.Index)
            {
                case DatasetSchema.TitleExtras.Recipients:
                    WriteEnum(w, extra.Encoded, InterchangeCodes.RecipientKinds.CodeOf(title.Recipients), (int)title.Recipients);
                    break;
                default: throw Unwritten(DatasetSchema.TitleExtras.Schema, extra);
            }
        }
        w.WriteEndObject();
    }

    // The code and names of a classifier: its own shape, the same for every classifier, not a record's table.
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

    // No id leaves the property out; an id that is there but empty (bad data) is written as null.
    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, UnitId? value)
    {
        if (value is UnitId id)
        {
            WriteRequired(w, name, id.Value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, ModelId? value)
    {
        if (value is ModelId id)
        {
            WriteRequired(w, name, id.Value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, int? value)
    {
        if (value is int number)
        {
            w.WriteNumber(name, number);
        }
    }

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, decimal? value)
    {
        if (value is decimal number)
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

    private static void WriteOptional(Utf8JsonWriter w, JsonEncodedText name, ReportingPeriod? value)
    {
        if (value is ReportingPeriod period)
        {
            WritePeriod(w, name, period);
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

    // A field of a table that its writer above has no case for: a mistake in this file, not in the data.
    private static UnreachableException Unwritten(RecordSchema schema, FieldSpec field, string? kind = null)
        => new(kind is null
            ? $"The dataset JSON writer has no case for the field '{field.Json}' of the {schema.Record.English} table."
            : $"The dataset JSON writer has no case for the field '{field.Json}' of the {schema.Record.English} table (kind '{kind}').");

    /// <summary>
    /// The values of a fund entry's <c>kind</c> by <see cref="FundEntryKind"/>, encoded once since entries are the bulk
    /// of a dataset; the kinds are numbered from 0 in the order of <see cref="DatasetSchema.FundEntry.Kinds"/>.
    /// </summary>
    private static readonly JsonEncodedText[] EntryKindCodes =
        [.. Enum.GetValues<FundEntryKind>().Select(kind => JsonEncodedText.Encode(InterchangeCodes.EntryKinds.CodeOf(kind)!))];

    /// <summary>
    /// The property names of the format that are not fields of a record's table (<see cref="DatasetSchema"/>), whose
    /// names the writer takes from the table: the document's own and a classifier definition's, encoded once.
    /// </summary>
    private static class Names
    {
        public static readonly JsonEncodedText Format = JsonEncodedText.Encode("format");
        public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
        public static readonly JsonEncodedText Units = JsonEncodedText.Encode("units");
        public static readonly JsonEncodedText Models = JsonEncodedText.Encode("models");
        public static readonly JsonEncodedText Pledges = JsonEncodedText.Encode("pledges");
        public static readonly JsonEncodedText Payments = JsonEncodedText.Encode("payments");
        public static readonly JsonEncodedText Funds = JsonEncodedText.Encode("funds");
        public static readonly JsonEncodedText FundEntries = JsonEncodedText.Encode("fundEntries");
        public static readonly JsonEncodedText Commendations = JsonEncodedText.Encode("commendations");

        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Vi = JsonEncodedText.Encode("vi");
        public static readonly JsonEncodedText En = JsonEncodedText.Encode("en");
    }
}
