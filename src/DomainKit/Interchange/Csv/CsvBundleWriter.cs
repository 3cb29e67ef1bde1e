using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
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
            return dataset.Models.SelectMany(m => OrEmpty(m.Lifecycle).Select(e => (Action<CsvWriter>)(w =>
            {
                w.Text(m.Id.Value);
                // A null step (bad data) is written as its model's id alone, which reads back as a missing stage.
                w.Code(e is null ? null : InterchangeCodes.Stages.CodeOf(e.Stage) ?? ((int)e.Stage).ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.Date(e?.Date);
                w.Text(e?.Note);
            })));
        }
        if (table == CsvTables.ModelOutcomes.Table)
        {
            return dataset.Models.SelectMany(m => OrEmpty(m.Outcomes).Select(o => (Action<CsvWriter>)(w =>
            {
                w.Text(m.Id.Value);
                w.Text(o?.Name);
                w.Quantity(o?.Quantity);
                w.Text(o?.UnitOfMeasure);
                w.Date(o?.Date);
                w.Money(o?.MoneyValue);
            })));
        }
        if (table == CsvTables.Pledges.Table)
        {
            return dataset.Pledges.Select(p => (Action<CsvWriter>)(w => WritePledge(w, p)));
        }
        if (table == CsvTables.Payments.Table)
        {
            return dataset.Payments.Select(p => (Action<CsvWriter>)(w =>
            {
                w.Text(p.PledgeId.Value);
                w.Date(p.Date);
                w.Money(p.Amount);
                w.Text(p.Reference);
            }));
        }
        if (table == CsvTables.Funds.Table)
        {
            return dataset.Funds.Select(f => (Action<CsvWriter>)(w =>
            {
                w.Text(f.Id.Value);
                w.Text(f.Name);
                w.Text(f.OwnerId.Value);
                w.Text(f.Purpose);
                w.Text(f.ModelId?.Value);
                w.Date(f.InceptionDate);
            }));
        }
        if (table == CsvTables.FundEntries.Table)
        {
            return dataset.FundEntries.Select(e => (Action<CsvWriter>)(w => WriteEntry(w, e)));
        }
        return dataset.Commendations.Select(c => (Action<CsvWriter>)(w => WriteCommendation(w, c)));
    }

    private static void WriteUnit(CsvWriter w, Unit unit)
    {
        w.Text(unit.Id.Value);
        w.Text(unit.Name);
        w.Classifier(unit.Kind, IsBuiltIn(unit.Kind, UnitKind.BuiltIn));
        w.Text(unit.ParentId?.Value);
        w.Text(unit.TerritoryId?.Value);
        w.Date(unit.ValidFrom);
        w.Date(unit.ValidTo);
        w.Text(unit.PrimarySuccessorId?.Value);
    }

    private static void WriteLink(CsvWriter w, UnitId unit, UnitLink link)
    {
        w.Text(unit.Value);
        w.Date(link.From);
        w.Text(link.Target?.Value);
    }

    private static void WriteHeadCount(CsvWriter w, UnitId unit, HeadCount? count)
    {
        w.Text(unit.Value);
        w.Date(count?.AsOf);
        w.Count(count?.Members);
        w.Count(count?.PartyMembers);
        w.Count(count?.Exempt);
        w.Count(count?.Away);
    }

    private static void WriteModel(CsvWriter w, EmulationModel model)
    {
        w.Text(model.Id.Value);
        w.Text(model.Name);
        w.Text(model.OwnerId.Value);
        w.Classifier(model.Kind, IsBuiltIn(model.Kind, ModelKind.BuiltIn));
        var field = model.Field;
        var builtInField = field is not null && field.Parent is null && IsBuiltIn(field, ModelField.DanVanKheo);
        w.Classifier(field, builtInField);
        w.Text(builtInField ? null : field?.Parent?.Code);
        w.Classifier(model.Movement, IsBuiltIn(model.Movement, Movement.BuiltIn));
        w.Text(model.Theme);
        w.Period(model.Period);
        w.Text(model.OriginId?.Value);
        w.Boolean(model.IsExemplary);
        w.Text(model.CommittedToId?.Value);
    }

    private static void WritePledge(CsvWriter w, Pledge pledge)
    {
        w.Text(pledge.Id.Value);
        var pledger = pledge.Pledger;
        w.Code(pledger is null ? null : InterchangeCodes.PledgerKinds.CodeOf(pledger.Kind) ?? Number((int)pledger.Kind));
        w.Text(pledger?.UnitId.Value);
        w.Text(pledger?.PersonId);
        w.Text(pledger?.PersonName);
        switch (pledge.Target)
        {
            case ModelPledgeTarget model:
                w.Code("model");
                w.Text(model.ModelId.Value);
                w.Empty();
                w.Empty();
                w.Empty();
                w.Empty();
                break;
            case CriteriaPledgeTarget criteria:
                w.Code("criteria");
                w.Empty();
                w.Text(criteria.CriteriaSet);
                w.Empty();
                w.Empty();
                w.Empty();
                break;
            case BeneficiaryPledgeTarget beneficiary:
                w.Code("beneficiary");
                w.Empty();
                w.Empty();
                w.Text(beneficiary.Beneficiary);
                w.Empty();
                w.Empty();
                break;
            case HouseholdsPledgeTarget households:
                w.Code("households");
                w.Empty();
                w.Empty();
                w.Empty();
                w.Count(households.PoorHouseholds);
                w.Count(households.NearPoorHouseholds);
                break;
            default:
                for (var i = 0; i < 6; i++)
                {
                    w.Empty();
                }
                break;
        }
        w.Period(pledge.Period);
        w.Date(pledge.RegisteredOn);
        var schedule = pledge.Schedule;
        w.Money(schedule?.Amount);
        w.Code(schedule is null ? null : InterchangeCodes.Frequencies.CodeOf(schedule.Frequency) ?? Number((int)schedule.Frequency));
        w.Date(schedule?.Start);
        w.Money(schedule?.MaximumAmount);
        w.Date(schedule?.End);
        var evaluation = pledge.Evaluation;
        w.Date(evaluation?.EvaluatedOn);
        w.Code(evaluation?.Rating is PerformanceRating rating ? InterchangeCodes.Ratings.CodeOf(rating) ?? Number((int)rating) : null);
        w.Count(evaluation?.Score);
        w.Date(pledge.CancelledOn);
        w.Text(pledge.Note);
    }

    private static void WriteEntry(CsvWriter w, FundEntry entry)
    {
        w.Code(InterchangeCodes.EntryKinds.CodeOf(entry.Kind) ?? entry.GetType().Name);
        w.Text(entry.FundId.Value);
        w.Date(entry.Date);
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
        w.Money(row.amount);
        w.Text(row.contributor);
        w.Money(row.principal);
        w.Text(row.loanId);
        w.Text(row.borrower);
        w.Count(row.term);
        w.Classifier(row.purpose, IsBuiltIn(row.purpose, DisbursementPurpose.BuiltIn));
        var b = row.beneficiaries;
        w.Code(b is null ? null : InterchangeCodes.BeneficiaryKinds.CodeOf(b.Kind) ?? Number((int)b.Kind));
        w.Count(b?.Occurrences);
        w.Count(b?.Distinct);
        w.Text(b?.Description);
        w.Text(row.goods?.Name);
        w.Quantity(row.goods?.Quantity);
        w.Text(row.goods?.UnitOfMeasure);
        w.Money(row.valuation?.Value);
        w.Date(row.valuation?.ValuedOn);
        w.Money(row.stated);
        w.Code(row.at is BalanceTime time ? InterchangeCodes.BalanceTimes.CodeOf(time) ?? Number((int)time) : null);
        w.Period(entry.Covers);
        w.Text(entry.Reference);
        w.Text(entry.Note);
    }

    private static void WriteCommendation(CsvWriter w, Commendation commendation)
    {
        w.Text(commendation.Id.Value);
        var recipient = commendation.Recipient;
        w.Code(recipient is null ? null : InterchangeCodes.RecipientKinds.CodeOf(recipient.Kind) ?? Number((int)recipient.Kind));
        w.Text(recipient?.UnitId.Value);
        w.Text(recipient?.Name);
        var title = commendation.Title;
        var builtInTitle = title is not null && EmulationTitle.BuiltIn.Any(t => ReferenceEquals(t, title)
            || (string.Equals(t.Code, title.Code, StringComparison.Ordinal) && t.Name == title.Name && t.Recipients == title.Recipients));
        w.Classifier(title, builtInTitle);
        w.Code(title is null || builtInTitle ? null : InterchangeCodes.RecipientKinds.CodeOf(title.Recipients) ?? Number((int)title.Recipients));
        w.Classifier(commendation.Form, IsBuiltIn(commendation.Form, AwardForm.BuiltIn));
        w.Code(InterchangeCodes.Levels.CodeOf(commendation.Level) ?? Number((int)commendation.Level));
        w.Text(commendation.AwardingBody);
        w.Text(commendation.AwardedById?.Value);
        w.Date(commendation.Date);
        w.Period(commendation.Period);
        w.Text(commendation.DecisionNumber);
        w.Text(commendation.ModelId?.Value);
        w.Classifier(commendation.Movement, IsBuiltIn(commendation.Movement, Movement.BuiltIn));
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
