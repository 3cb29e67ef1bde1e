using System.Collections.Immutable;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Interchange.Schema;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// Writes a <see cref="Dataset"/> as the CSV bundle of docs/format.md: every file of <see cref="CsvTables.All"/>, each
/// with its header even when it has no rows. Like the JSON writer it never validates: bad data is written as it is.
/// </summary>
internal static class CsvBundleWriter
{
    private const int CancellationInterval = 4_096;

    public static async Task WriteFolderAsync(Dataset dataset, string folder, CsvOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(folder);
        foreach (var table in CsvTables.All)
        {
            // Each file is written under a new name of its own (CreateNew fails rather than follow a link planted there)
            // and then renamed over the bundle's name, which replaces a link found there instead of writing through it
            // to its target. A failed write leaves the file that was there before.
            var path = Path.Combine(folder, table.FileName);
            var temporary = Path.Combine(folder, $".{table.FileName}.{Guid.NewGuid():N}.tmp");
            try
            {
                var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
                await WriteTableAsync(dataset, table, stream, options, cancellationToken).ConfigureAwait(false);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }
        }
    }

    public static async Task WriteZipAsync(Dataset dataset, Stream destination, CsvOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // ZipArchive writes its directory synchronously; the zip is made in a temporary file and copied to the
        // destination asynchronously, so that a destination refusing synchronous writes (a web response) works.
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await using (temp.ConfigureAwait(false))
        {
            using (var zip = new ZipArchive(temp, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var table in CsvTables.All)
                {
                    var entry = zip.CreateEntry(table.FileName, CompressionLevel.Optimal);
                    await WriteTableAsync(dataset, table, entry.Open(), options, cancellationToken).ConfigureAwait(false);
                }
            }
            temp.Position = 0;
            await temp.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task WriteTableAsync(Dataset dataset, CsvTable table, Stream stream, CsvOptions options, CancellationToken cancellationToken)
    {
        var text = new StreamWriter(stream, new UTF8Encoding(options.ByteOrderMark), 1 << 16, leaveOpen: false);
        await using (text.ConfigureAwait(false))
        {
            var writer = new CsvWriter(text, options.Delimiter, CsvQuoting.Exact, options.Culture);
            await writer.RowAsync(table.Columns.Select(c => c.Header(options.Culture)), cancellationToken).ConfigureAwait(false);
            var rows = 0;
            foreach (var write in Rows(dataset, table))
            {
                if (++rows % CancellationInterval == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                write(writer);
                // Each row is written field by field in the order of the table; a field the writer left out or added
                // would shift every cell after it, so it is a mistake in the code, not in the data.
                if (writer.CellsInRow != table.Columns.Count)
                {
                    throw new InvalidOperationException($"A row of {table.FileName} has {writer.CellsInRow} cells for {table.Columns.Count} columns.");
                }
                await writer.EndRowAsync(cancellationToken).ConfigureAwait(false);
            }
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Each row as an action on the writer, so that one loop writes every file with the same flushing and cancellation.
    private static IEnumerable<Action<CsvWriter>> Rows(Dataset dataset, CsvTable table)
    {
        if (table == CsvTables.Units.Table)
        {
            return dataset.Units.Select(u => (Action<CsvWriter>)(w => WriteUnit(w, u)));
        }
        if (table == CsvTables.UnitSuccessors.Table)
        {
            return dataset.Units.SelectMany(u => OrEmpty(u.Successors).Select(s => (Action<CsvWriter>)(w =>
            {
                w.Text(u.Id.Value);
                w.Text(s.Value);
            })));
        }
        if (table == CsvTables.UnitParentChanges.Table)
        {
            return dataset.Units.SelectMany(u => OrEmpty(u.ParentChanges).Select(c => (Action<CsvWriter>)(w => WriteLink(w, u.Id, c))));
        }
        if (table == CsvTables.UnitTerritoryChanges.Table)
        {
            return dataset.Units.SelectMany(u => OrEmpty(u.TerritoryChanges).Select(c => (Action<CsvWriter>)(w => WriteLink(w, u.Id, c))));
        }
        if (table == CsvTables.UnitHeadCounts.Table)
        {
            return dataset.Units.SelectMany(u => OrEmpty(u.HeadCounts).Select(c => (Action<CsvWriter>)(w => WriteHeadCount(w, u.Id, c))));
        }
        if (table == CsvTables.Models.Table)
        {
            return dataset.Models.Select(m => (Action<CsvWriter>)(w => WriteModel(w, m)));
        }
        if (table == CsvTables.ModelLifecycle.Table)
        {
            return dataset.Models.SelectMany(m => OrEmpty(m.Lifecycle).Select(e => (Action<CsvWriter>)(w => WriteLifecycleEvent(w, m.Id, e))));
        }
        if (table == CsvTables.ModelOutcomes.Table)
        {
            return dataset.Models.SelectMany(m => OrEmpty(m.Outcomes).Select(o => (Action<CsvWriter>)(w => WriteOutcome(w, m.Id, o))));
        }
        if (table == CsvTables.Pledges.Table)
        {
            return dataset.Pledges.Select(p => (Action<CsvWriter>)(w => WritePledge(w, p)));
        }
        if (table == CsvTables.Payments.Table)
        {
            return dataset.Payments.Select(p => (Action<CsvWriter>)(w => WritePayment(w, p)));
        }
        if (table == CsvTables.Funds.Table)
        {
            return dataset.Funds.Select(f => (Action<CsvWriter>)(w => WriteFund(w, f)));
        }
        if (table == CsvTables.FundEntries.Table)
        {
            return dataset.FundEntries.Select(e => (Action<CsvWriter>)(w => WriteEntry(w, e)));
        }
        return dataset.Commendations.Select(c => (Action<CsvWriter>)(w => WriteCommendation(w, c)));
    }

    // Each writer goes through its record's fields in the order of the table (DatasetSchema), one case a field, so that
    // the columns follow the table; arrays are files of their own and have no case here.

    // A field with no case: an array, written as a file of its own, or a field added to a table and not to its writer.
    private static void NotWritten(FieldSpec field)
    {
        if (field.InRow)
        {
            throw new UnreachableException($"The CSV bundle writer has no case for the field '{field.Json}' of its table.");
        }
    }

    private static void WriteUnit(CsvWriter w, Unit unit)
    {
        foreach (var field in DatasetSchema.Unit.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Unit.Id: w.Text(unit.Id.Value); break;
                case DatasetSchema.Unit.Name: w.Text(unit.Name); break;
                case DatasetSchema.Unit.Kind: w.Classifier(unit.Kind, IsBuiltIn(unit.Kind, UnitKind.BuiltIn)); break;
                case DatasetSchema.Unit.ParentId: w.Text(unit.ParentId?.Value); break;
                case DatasetSchema.Unit.TerritoryId: w.Text(unit.TerritoryId?.Value); break;
                case DatasetSchema.Unit.ValidFrom: w.Date(unit.ValidFrom); break;
                case DatasetSchema.Unit.ValidTo: w.Date(unit.ValidTo); break;
                case DatasetSchema.Unit.PrimarySuccessorId: w.Text(unit.PrimarySuccessorId?.Value); break;
                default: NotWritten(field); break;
            }
        }
    }

    // A parent change and a territory change have the same fields.
    private static void WriteLink(CsvWriter w, UnitId unit, UnitLink link)
    {
        w.Text(unit.Value);
        foreach (var field in DatasetSchema.UnitLink.ParentChange.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.UnitLink.From: w.Date(link.From); break;
                case DatasetSchema.UnitLink.Target: w.Text(link.Target?.Value); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteHeadCount(CsvWriter w, UnitId unit, HeadCount? count)
    {
        w.Text(unit.Value);
        foreach (var field in DatasetSchema.HeadCount.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.HeadCount.AsOf: w.Date(count?.AsOf); break;
                case DatasetSchema.HeadCount.Members: w.Count(count?.Members); break;
                case DatasetSchema.HeadCount.PartyMembers: w.Count(count?.PartyMembers); break;
                case DatasetSchema.HeadCount.Exempt: w.Count(count?.Exempt); break;
                case DatasetSchema.HeadCount.Away: w.Count(count?.Away); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteModel(CsvWriter w, EmulationModel model)
    {
        foreach (var field in DatasetSchema.Model.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Model.Id: w.Text(model.Id.Value); break;
                case DatasetSchema.Model.Name: w.Text(model.Name); break;
                case DatasetSchema.Model.OwnerId: w.Text(model.OwnerId.Value); break;
                case DatasetSchema.Model.Kind: w.Classifier(model.Kind, IsBuiltIn(model.Kind, ModelKind.BuiltIn)); break;
                case DatasetSchema.Model.Field:
                    var value = model.Field;
                    var builtIn = value is not null && value.Parent is null && IsBuiltIn(value, ModelField.DanVanKheo);
                    w.Classifier(value, builtIn);
                    w.Text(builtIn ? null : value?.Parent?.Code);
                    break;
                case DatasetSchema.Model.Movement: w.Classifier(model.Movement, IsBuiltIn(model.Movement, Movement.BuiltIn)); break;
                case DatasetSchema.Model.Theme: w.Text(model.Theme); break;
                case DatasetSchema.Model.Period: w.Period(model.Period); break;
                case DatasetSchema.Model.OriginId: w.Text(model.OriginId?.Value); break;
                case DatasetSchema.Model.IsExemplary: w.Boolean(model.IsExemplary); break;
                case DatasetSchema.Model.CommittedToId: w.Text(model.CommittedToId?.Value); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteLifecycleEvent(CsvWriter w, ModelId model, LifecycleEvent? step)
    {
        w.Text(model.Value);
        foreach (var field in DatasetSchema.LifecycleEvent.Schema.Fields)
        {
            switch (field.Index)
            {
                // A null step (bad data) is written as its model's id alone, which reads back as a missing stage.
                case DatasetSchema.LifecycleEvent.Stage: w.Code(step is null ? null : InterchangeCodes.Stages.CodeOf(step.Stage) ?? Number((int)step.Stage)); break;
                case DatasetSchema.LifecycleEvent.Date: w.Date(step?.Date); break;
                case DatasetSchema.LifecycleEvent.Note: w.Text(step?.Note); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteOutcome(CsvWriter w, ModelId model, OutcomeIndicator? outcome)
    {
        w.Text(model.Value);
        foreach (var field in DatasetSchema.Outcome.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Outcome.Name: w.Text(outcome?.Name); break;
                case DatasetSchema.Outcome.Quantity: w.Quantity(outcome?.Quantity); break;
                case DatasetSchema.Outcome.UnitOfMeasure: w.Text(outcome?.UnitOfMeasure); break;
                case DatasetSchema.Outcome.Date: w.Date(outcome?.Date); break;
                case DatasetSchema.Outcome.MoneyValue: w.Money(outcome?.MoneyValue); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WritePledge(CsvWriter w, Pledge pledge)
    {
        foreach (var field in DatasetSchema.Pledge.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Pledge.Id: w.Text(pledge.Id.Value); break;
                case DatasetSchema.Pledge.Pledger: WritePledger(w, pledge.Pledger); break;
                case DatasetSchema.Pledge.Target: WriteTarget(w, pledge.Target); break;
                case DatasetSchema.Pledge.Period: w.Period(pledge.Period); break;
                case DatasetSchema.Pledge.RegisteredOn: w.Date(pledge.RegisteredOn); break;
                case DatasetSchema.Pledge.Schedule: WriteSchedule(w, pledge.Schedule); break;
                case DatasetSchema.Pledge.Evaluation: WriteEvaluation(w, pledge.Evaluation); break;
                case DatasetSchema.Pledge.CancelledOn: w.Date(pledge.CancelledOn); break;
                case DatasetSchema.Pledge.Note: w.Text(pledge.Note); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WritePledger(CsvWriter w, Pledger? pledger)
    {
        foreach (var field in DatasetSchema.Pledger.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Pledger.Kind: w.Code(pledger is null ? null : InterchangeCodes.PledgerKinds.CodeOf(pledger.Kind) ?? Number((int)pledger.Kind)); break;
                case DatasetSchema.Pledger.UnitId: w.Text(pledger?.UnitId.Value); break;
                case DatasetSchema.Pledger.PersonId: w.Text(pledger?.PersonId); break;
                case DatasetSchema.Pledger.PersonName: w.Text(pledger?.PersonName); break;
                default: NotWritten(field); break;
            }
        }
    }

    // Each kind of target has its own fields; those of the other kinds are empty.
    private static void WriteTarget(CsvWriter w, PledgeTarget? target)
    {
        foreach (var field in DatasetSchema.Target.Schema.Fields)
        {
            switch (field.Index, target)
            {
                case (DatasetSchema.Target.Kind, ModelPledgeTarget): w.Code(DatasetSchema.Target.ModelCode); break;
                case (DatasetSchema.Target.Kind, CriteriaPledgeTarget): w.Code(DatasetSchema.Target.CriteriaCode); break;
                case (DatasetSchema.Target.Kind, BeneficiaryPledgeTarget): w.Code(DatasetSchema.Target.BeneficiaryCode); break;
                case (DatasetSchema.Target.Kind, HouseholdsPledgeTarget): w.Code(DatasetSchema.Target.HouseholdsCode); break;
                case (DatasetSchema.Target.ModelId, ModelPledgeTarget model): w.Text(model.ModelId.Value); break;
                case (DatasetSchema.Target.CriteriaSet, CriteriaPledgeTarget criteria): w.Text(criteria.CriteriaSet); break;
                case (DatasetSchema.Target.Beneficiary, BeneficiaryPledgeTarget beneficiary): w.Text(beneficiary.Beneficiary); break;
                case (DatasetSchema.Target.PoorHouseholds, HouseholdsPledgeTarget households): w.Count(households.PoorHouseholds); break;
                case (DatasetSchema.Target.NearPoorHouseholds, HouseholdsPledgeTarget households): w.Count(households.NearPoorHouseholds); break;
                default: w.Empty(); break;
            }
        }
    }

    private static void WriteSchedule(CsvWriter w, MoneySchedule? schedule)
    {
        foreach (var field in DatasetSchema.Schedule.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Schedule.Amount: w.Money(schedule?.Amount); break;
                case DatasetSchema.Schedule.Frequency: w.Code(schedule is null ? null : InterchangeCodes.Frequencies.CodeOf(schedule.Frequency) ?? Number((int)schedule.Frequency)); break;
                case DatasetSchema.Schedule.Start: w.Date(schedule?.Start); break;
                case DatasetSchema.Schedule.MaximumAmount: w.Money(schedule?.MaximumAmount); break;
                case DatasetSchema.Schedule.End: w.Date(schedule?.End); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteEvaluation(CsvWriter w, PledgeEvaluation? evaluation)
    {
        foreach (var field in DatasetSchema.Evaluation.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Evaluation.EvaluatedOn: w.Date(evaluation?.EvaluatedOn); break;
                case DatasetSchema.Evaluation.Rating: w.Code(evaluation?.Rating is PerformanceRating rating ? InterchangeCodes.Ratings.CodeOf(rating) ?? Number((int)rating) : null); break;
                case DatasetSchema.Evaluation.Score: w.Count(evaluation?.Score); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WritePayment(CsvWriter w, PledgePayment payment)
    {
        foreach (var field in DatasetSchema.Payment.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Payment.PledgeId: w.Text(payment.PledgeId.Value); break;
                case DatasetSchema.Payment.Date: w.Date(payment.Date); break;
                case DatasetSchema.Payment.Amount: w.Money(payment.Amount); break;
                case DatasetSchema.Payment.Reference: w.Text(payment.Reference); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteFund(CsvWriter w, Fund fund)
    {
        foreach (var field in DatasetSchema.Fund.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Fund.Id: w.Text(fund.Id.Value); break;
                case DatasetSchema.Fund.Name: w.Text(fund.Name); break;
                case DatasetSchema.Fund.OwnerId: w.Text(fund.OwnerId.Value); break;
                case DatasetSchema.Fund.Purpose: w.Text(fund.Purpose); break;
                case DatasetSchema.Fund.ModelId: w.Text(fund.ModelId?.Value); break;
                case DatasetSchema.Fund.InceptionDate: w.Date(fund.InceptionDate); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteEntry(CsvWriter w, FundEntry entry)
    {
        // The fields of each kind of entry; those of the other kinds are empty.
        (Dong? amount, string? contributor, Dong? principal, string? loanId, string? borrower, int? term, DisbursementPurpose? purpose,
            Beneficiaries? beneficiaries, Goods? goods, Valuation? valuation, Dong? stated, BalanceTime? at) row = entry switch
        {
            OpeningBalance e => (e.Amount, null, null, null, null, null, null, null, null, null, null, null),
            Contribution e => (e.Amount, e.Contributor, null, null, null, null, null, null, null, null, null, null),
            Disbursement e => (e.Amount, null, null, null, null, null, e.Purpose, e.Beneficiaries, null, null, null, null),
            LoanDisbursement e => (null, null, e.Principal, e.LoanId, e.Borrower, e.TermMonths, e.Purpose, e.Beneficiaries, null, null, null, null),
            LoanRepayment e => (e.Amount, null, null, e.LoanId, null, null, null, null, null, null, null, null),
            InKindReceipt e => (null, null, null, null, null, null, null, null, e.Goods, e.Valuation, null, null),
            InKindDistribution e => (null, null, null, null, null, null, null, e.Beneficiaries, e.Goods, e.Valuation, null, null),
            BalanceAssertion e => (null, null, null, null, null, null, null, null, null, null, e.StatedBalance, e.At),
            _ => default,
        };
        foreach (var field in DatasetSchema.FundEntry.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.FundEntry.Kind: w.Code(InterchangeCodes.EntryKinds.CodeOf(entry.Kind) ?? entry.GetType().Name); break;
                case DatasetSchema.FundEntry.FundId: w.Text(entry.FundId.Value); break;
                case DatasetSchema.FundEntry.Date: w.Date(entry.Date); break;
                case DatasetSchema.FundEntry.Amount: w.Money(row.amount); break;
                case DatasetSchema.FundEntry.Contributor: w.Text(row.contributor); break;
                case DatasetSchema.FundEntry.Principal: w.Money(row.principal); break;
                case DatasetSchema.FundEntry.LoanId: w.Text(row.loanId); break;
                case DatasetSchema.FundEntry.Borrower: w.Text(row.borrower); break;
                case DatasetSchema.FundEntry.TermMonths: w.Count(row.term); break;
                case DatasetSchema.FundEntry.Purpose: w.Classifier(row.purpose, IsBuiltIn(row.purpose, DisbursementPurpose.BuiltIn)); break;
                case DatasetSchema.FundEntry.Beneficiaries: WriteBeneficiaries(w, row.beneficiaries); break;
                case DatasetSchema.FundEntry.Goods: WriteGoods(w, row.goods); break;
                case DatasetSchema.FundEntry.Valuation: WriteValuation(w, row.valuation); break;
                case DatasetSchema.FundEntry.StatedBalance: w.Money(row.stated); break;
                case DatasetSchema.FundEntry.At: w.Code(row.at is BalanceTime time ? InterchangeCodes.BalanceTimes.CodeOf(time) ?? Number((int)time) : null); break;
                case DatasetSchema.FundEntry.Covers: w.Period(entry.Covers); break;
                case DatasetSchema.FundEntry.Reference: w.Text(entry.Reference); break;
                case DatasetSchema.FundEntry.Note: w.Text(entry.Note); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteBeneficiaries(CsvWriter w, Beneficiaries? beneficiaries)
    {
        foreach (var field in DatasetSchema.Beneficiaries.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Beneficiaries.Kind:
                    w.Code(beneficiaries is null ? null : InterchangeCodes.BeneficiaryKinds.CodeOf(beneficiaries.Kind) ?? Number((int)beneficiaries.Kind));
                    break;
                case DatasetSchema.Beneficiaries.Occurrences: w.Count(beneficiaries?.Occurrences); break;
                case DatasetSchema.Beneficiaries.Distinct: w.Count(beneficiaries?.Distinct); break;
                case DatasetSchema.Beneficiaries.Description: w.Text(beneficiaries?.Description); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteGoods(CsvWriter w, Goods? goods)
    {
        foreach (var field in DatasetSchema.Goods.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Goods.Name: w.Text(goods?.Name); break;
                case DatasetSchema.Goods.Quantity: w.Quantity(goods?.Quantity); break;
                case DatasetSchema.Goods.UnitOfMeasure: w.Text(goods?.UnitOfMeasure); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteValuation(CsvWriter w, Valuation? valuation)
    {
        foreach (var field in DatasetSchema.Valuation.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Valuation.Value: w.Money(valuation?.Value); break;
                case DatasetSchema.Valuation.ValuedOn: w.Date(valuation?.ValuedOn); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteCommendation(CsvWriter w, Commendation commendation)
    {
        foreach (var field in DatasetSchema.Commendation.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Commendation.Id: w.Text(commendation.Id.Value); break;
                case DatasetSchema.Commendation.Recipient: WriteRecipient(w, commendation.Recipient); break;
                case DatasetSchema.Commendation.Title:
                    var title = commendation.Title;
                    var builtIn = title is not null && EmulationTitle.BuiltIn.Any(t => ReferenceEquals(t, title)
                        || (string.Equals(t.Code, title.Code, StringComparison.Ordinal) && t.Name == title.Name && t.Recipients == title.Recipients));
                    w.Classifier(title, builtIn);
                    w.Code(title is null || builtIn ? null : InterchangeCodes.RecipientKinds.CodeOf(title.Recipients) ?? Number((int)title.Recipients));
                    break;
                case DatasetSchema.Commendation.Form: w.Classifier(commendation.Form, IsBuiltIn(commendation.Form, AwardForm.BuiltIn)); break;
                case DatasetSchema.Commendation.Level: w.Code(InterchangeCodes.Levels.CodeOf(commendation.Level) ?? Number((int)commendation.Level)); break;
                case DatasetSchema.Commendation.AwardingBody: w.Text(commendation.AwardingBody); break;
                case DatasetSchema.Commendation.AwardedById: w.Text(commendation.AwardedById?.Value); break;
                case DatasetSchema.Commendation.Date: w.Date(commendation.Date); break;
                case DatasetSchema.Commendation.Period: w.Period(commendation.Period); break;
                case DatasetSchema.Commendation.DecisionNumber: w.Text(commendation.DecisionNumber); break;
                case DatasetSchema.Commendation.ModelId: w.Text(commendation.ModelId?.Value); break;
                case DatasetSchema.Commendation.Movement: w.Classifier(commendation.Movement, IsBuiltIn(commendation.Movement, Movement.BuiltIn)); break;
                default: NotWritten(field); break;
            }
        }
    }

    private static void WriteRecipient(CsvWriter w, Recipient? recipient)
    {
        foreach (var field in DatasetSchema.Recipient.Schema.Fields)
        {
            switch (field.Index)
            {
                case DatasetSchema.Recipient.Kind: w.Code(recipient is null ? null : InterchangeCodes.RecipientKinds.CodeOf(recipient.Kind) ?? Number((int)recipient.Kind)); break;
                case DatasetSchema.Recipient.UnitId: w.Text(recipient?.UnitId.Value); break;
                case DatasetSchema.Recipient.Name: w.Text(recipient?.Name); break;
                default: NotWritten(field); break;
            }
        }
    }

    // As in the JSON format: a classifier identical to a built-in one (code and names) is written as its code alone.
    private static bool IsBuiltIn<T>(T? classifier, IReadOnlyList<T> builtIn)
        where T : Classifier
        => classifier is not null && builtIn.Any(known => ReferenceEquals(known, classifier)
            || (string.Equals(known.Code, classifier.Code, StringComparison.Ordinal) && known.Name == classifier.Name));

    // An enum value outside its declared list (only through a cast) is written as its number, which reads back as an invalid value.
    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
