using DomainKit.Interchange.Schema;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// The files of the CSV bundle and their columns, made from the records' fields (<see cref="DatasetSchema"/>): a
/// record's row holds its fields in their order, an object's fields as <c>object.field</c> columns, a classifier as
/// three columns (code, Vietnamese name, English name) and its extra ones, and an array is a file of its own, keyed
/// by its record's id. The English header of a column is the path of the JSON property it holds
/// (<c>schedule.amount</c>). The readers find a column by its field's constants, never by counting.
/// </summary>
internal static class CsvTables
{
    /// <summary>Every file, in the order written and read: parents before the files keyed by their ids.</summary>
    public static IReadOnlyList<CsvTable> All => [Units.Table, UnitSuccessors.Table, UnitParentChanges.Table, UnitTerritoryChanges.Table, UnitHeadCounts.Table, Models.Table, ModelLifecycle.Table, ModelOutcomes.Table, Pledges.Table, Payments.Table, Funds.Table, FundEntries.Table, Commendations.Table];

    private static readonly CsvColumn UnitKey = new("unitId", "Mã đơn vị") { Path = [CsvColumn.Key] };
    private static readonly CsvColumn ModelKey = new("modelId", "Mã mô hình") { Path = [CsvColumn.Key] };

    /// <summary>The file of <paramref name="schema"/>'s records, after the column of the key that ties each row to its parent record.</summary>
    private static CsvTable Of(string fileName, RecordSchema schema, CsvColumn? key = null)
        => new(fileName, schema.Record, key is null ? [.. Columns(schema, string.Empty, [])] : [key, .. Columns(schema, string.Empty, [])]);

    private static IEnumerable<CsvColumn> Columns(RecordSchema schema, string prefix, int[] path)
    {
        foreach (var field in schema.Fields)
        {
            if (!field.InRow)
            {
                continue;
            }
            var english = prefix + field.Json;
            int[] at = [.. path, field.Index];
            switch (field.Kind)
            {
                case FieldKind.Object:
                    foreach (var column in Columns(field.Nested!, english + ".", at))
                    {
                        yield return column;
                    }
                    break;
                case FieldKind.Classifier:
                    // The names are written only when the classifier is not the built-in value of its code.
                    var name = field.Vietnamese.ToLowerInvariant();
                    yield return new CsvColumn(english, field.Vietnamese) { Path = at };
                    yield return new CsvColumn(english + ".name.vi", "Tên " + name + " (tiếng Việt)") { Path = [.. at, CsvColumn.VietnameseName] };
                    yield return new CsvColumn(english + ".name.en", "Tên " + name + " (tiếng Anh)") { Path = [.. at, CsvColumn.EnglishName] };
                    if (field.Nested is { } extras)
                    {
                        foreach (var column in Columns(extras, english + ".", at))
                        {
                            yield return column;
                        }
                    }
                    break;
                default:
                    yield return new CsvColumn(english, field.Vietnamese) { Path = at };
                    break;
            }
        }
    }

    public static class Units
    {
        public static readonly CsvTable Table = Of("units.csv", DatasetSchema.Unit.Schema);

        public static readonly int Id = Table.ColumnOf(DatasetSchema.Unit.Id), Name = Table.ColumnOf(DatasetSchema.Unit.Name),
            Kind = Table.ColumnOf(DatasetSchema.Unit.Kind), ParentId = Table.ColumnOf(DatasetSchema.Unit.ParentId),
            TerritoryId = Table.ColumnOf(DatasetSchema.Unit.TerritoryId), ValidFrom = Table.ColumnOf(DatasetSchema.Unit.ValidFrom),
            ValidTo = Table.ColumnOf(DatasetSchema.Unit.ValidTo), PrimarySuccessorId = Table.ColumnOf(DatasetSchema.Unit.PrimarySuccessorId);
    }

    public static class UnitSuccessors
    {
        public static readonly CsvTable Table = Of("unit-successors.csv", DatasetSchema.UnitSuccessor.Schema, UnitKey);

        public static readonly int UnitId = Table.ColumnOf(CsvColumn.Key), SuccessorId = Table.ColumnOf(DatasetSchema.UnitSuccessor.SuccessorId);
    }

    public static class UnitParentChanges
    {
        public static readonly CsvTable Table = Of("unit-parent-changes.csv", DatasetSchema.UnitLink.ParentChange, UnitKey);

        public static readonly int UnitId = Table.ColumnOf(CsvColumn.Key), From = Table.ColumnOf(DatasetSchema.UnitLink.From),
            ParentId = Table.ColumnOf(DatasetSchema.UnitLink.Target);
    }

    public static class UnitTerritoryChanges
    {
        public static readonly CsvTable Table = Of("unit-territory-changes.csv", DatasetSchema.UnitLink.TerritoryChange, UnitKey);

        public static readonly int UnitId = Table.ColumnOf(CsvColumn.Key), From = Table.ColumnOf(DatasetSchema.UnitLink.From),
            TerritoryId = Table.ColumnOf(DatasetSchema.UnitLink.Target);
    }

    public static class UnitHeadCounts
    {
        public static readonly CsvTable Table = Of("unit-head-counts.csv", DatasetSchema.HeadCount.Schema, UnitKey);

        public static readonly int UnitId = Table.ColumnOf(CsvColumn.Key), AsOf = Table.ColumnOf(DatasetSchema.HeadCount.AsOf),
            Members = Table.ColumnOf(DatasetSchema.HeadCount.Members), PartyMembers = Table.ColumnOf(DatasetSchema.HeadCount.PartyMembers),
            Exempt = Table.ColumnOf(DatasetSchema.HeadCount.Exempt), Away = Table.ColumnOf(DatasetSchema.HeadCount.Away);
    }

    public static class Models
    {
        public static readonly CsvTable Table = Of("models.csv", DatasetSchema.Model.Schema);

        public static readonly int Id = Table.ColumnOf(DatasetSchema.Model.Id), Name = Table.ColumnOf(DatasetSchema.Model.Name),
            OwnerId = Table.ColumnOf(DatasetSchema.Model.OwnerId), Kind = Table.ColumnOf(DatasetSchema.Model.Kind),
            Field = Table.ColumnOf(DatasetSchema.Model.Field), FieldParent = Table.ColumnOf(DatasetSchema.Model.Field, DatasetSchema.FieldExtras.Parent),
            Movement = Table.ColumnOf(DatasetSchema.Model.Movement), Theme = Table.ColumnOf(DatasetSchema.Model.Theme),
            Period = Table.ColumnOf(DatasetSchema.Model.Period), OriginId = Table.ColumnOf(DatasetSchema.Model.OriginId),
            IsExemplary = Table.ColumnOf(DatasetSchema.Model.IsExemplary), CommittedToId = Table.ColumnOf(DatasetSchema.Model.CommittedToId);
    }

    public static class ModelLifecycle
    {
        public static readonly CsvTable Table = Of("model-lifecycle.csv", DatasetSchema.LifecycleEvent.Schema, ModelKey);

        public static readonly int ModelId = Table.ColumnOf(CsvColumn.Key), Stage = Table.ColumnOf(DatasetSchema.LifecycleEvent.Stage),
            Date = Table.ColumnOf(DatasetSchema.LifecycleEvent.Date), Note = Table.ColumnOf(DatasetSchema.LifecycleEvent.Note);
    }

    public static class ModelOutcomes
    {
        public static readonly CsvTable Table = Of("model-outcomes.csv", DatasetSchema.Outcome.Schema, ModelKey);

        public static readonly int ModelId = Table.ColumnOf(CsvColumn.Key), Name = Table.ColumnOf(DatasetSchema.Outcome.Name),
            Quantity = Table.ColumnOf(DatasetSchema.Outcome.Quantity), UnitOfMeasure = Table.ColumnOf(DatasetSchema.Outcome.UnitOfMeasure),
            Date = Table.ColumnOf(DatasetSchema.Outcome.Date), MoneyValue = Table.ColumnOf(DatasetSchema.Outcome.MoneyValue);
    }

    public static class Pledges
    {
        public static readonly CsvTable Table = Of("pledges.csv", DatasetSchema.Pledge.Schema);

        private const int Pledger = DatasetSchema.Pledge.Pledger, Target = DatasetSchema.Pledge.Target, Schedule = DatasetSchema.Pledge.Schedule,
            Evaluation = DatasetSchema.Pledge.Evaluation;

        public static readonly int Id = Table.ColumnOf(DatasetSchema.Pledge.Id),
            PledgerKind = Table.ColumnOf(Pledger, DatasetSchema.Pledger.Kind), PledgerUnitId = Table.ColumnOf(Pledger, DatasetSchema.Pledger.UnitId),
            PersonId = Table.ColumnOf(Pledger, DatasetSchema.Pledger.PersonId), PersonName = Table.ColumnOf(Pledger, DatasetSchema.Pledger.PersonName),
            TargetKind = Table.ColumnOf(Target, DatasetSchema.Target.Kind), TargetModelId = Table.ColumnOf(Target, DatasetSchema.Target.ModelId),
            CriteriaSet = Table.ColumnOf(Target, DatasetSchema.Target.CriteriaSet), Beneficiary = Table.ColumnOf(Target, DatasetSchema.Target.Beneficiary),
            PoorHouseholds = Table.ColumnOf(Target, DatasetSchema.Target.PoorHouseholds),
            NearPoorHouseholds = Table.ColumnOf(Target, DatasetSchema.Target.NearPoorHouseholds),
            Period = Table.ColumnOf(DatasetSchema.Pledge.Period), RegisteredOn = Table.ColumnOf(DatasetSchema.Pledge.RegisteredOn),
            ScheduleAmount = Table.ColumnOf(Schedule, DatasetSchema.Schedule.Amount), ScheduleFrequency = Table.ColumnOf(Schedule, DatasetSchema.Schedule.Frequency),
            ScheduleStart = Table.ColumnOf(Schedule, DatasetSchema.Schedule.Start),
            ScheduleMaximumAmount = Table.ColumnOf(Schedule, DatasetSchema.Schedule.MaximumAmount), ScheduleEnd = Table.ColumnOf(Schedule, DatasetSchema.Schedule.End),
            EvaluatedOn = Table.ColumnOf(Evaluation, DatasetSchema.Evaluation.EvaluatedOn), Rating = Table.ColumnOf(Evaluation, DatasetSchema.Evaluation.Rating),
            Score = Table.ColumnOf(Evaluation, DatasetSchema.Evaluation.Score), CancelledOn = Table.ColumnOf(DatasetSchema.Pledge.CancelledOn),
            Note = Table.ColumnOf(DatasetSchema.Pledge.Note);
    }

    public static class Payments
    {
        public static readonly CsvTable Table = Of("payments.csv", DatasetSchema.Payment.Schema);

        public static readonly int PledgeId = Table.ColumnOf(DatasetSchema.Payment.PledgeId), Date = Table.ColumnOf(DatasetSchema.Payment.Date),
            Amount = Table.ColumnOf(DatasetSchema.Payment.Amount), Reference = Table.ColumnOf(DatasetSchema.Payment.Reference);
    }

    public static class Funds
    {
        public static readonly CsvTable Table = Of("funds.csv", DatasetSchema.Fund.Schema);

        public static readonly int Id = Table.ColumnOf(DatasetSchema.Fund.Id), Name = Table.ColumnOf(DatasetSchema.Fund.Name),
            OwnerId = Table.ColumnOf(DatasetSchema.Fund.OwnerId), Purpose = Table.ColumnOf(DatasetSchema.Fund.Purpose),
            ModelId = Table.ColumnOf(DatasetSchema.Fund.ModelId), InceptionDate = Table.ColumnOf(DatasetSchema.Fund.InceptionDate);
    }

    public static class FundEntries
    {
        public static readonly CsvTable Table = Of("fund-entries.csv", DatasetSchema.FundEntry.Schema);

        private const int Beneficiaries = DatasetSchema.FundEntry.Beneficiaries, Goods = DatasetSchema.FundEntry.Goods,
            Valuation = DatasetSchema.FundEntry.Valuation;

        public static readonly int Kind = Table.ColumnOf(DatasetSchema.FundEntry.Kind), FundId = Table.ColumnOf(DatasetSchema.FundEntry.FundId),
            Date = Table.ColumnOf(DatasetSchema.FundEntry.Date), Amount = Table.ColumnOf(DatasetSchema.FundEntry.Amount),
            Contributor = Table.ColumnOf(DatasetSchema.FundEntry.Contributor), Principal = Table.ColumnOf(DatasetSchema.FundEntry.Principal),
            LoanId = Table.ColumnOf(DatasetSchema.FundEntry.LoanId), Borrower = Table.ColumnOf(DatasetSchema.FundEntry.Borrower),
            TermMonths = Table.ColumnOf(DatasetSchema.FundEntry.TermMonths), Purpose = Table.ColumnOf(DatasetSchema.FundEntry.Purpose),
            BeneficiaryKind = Table.ColumnOf(Beneficiaries, DatasetSchema.Beneficiaries.Kind),
            Occurrences = Table.ColumnOf(Beneficiaries, DatasetSchema.Beneficiaries.Occurrences),
            Distinct = Table.ColumnOf(Beneficiaries, DatasetSchema.Beneficiaries.Distinct),
            Description = Table.ColumnOf(Beneficiaries, DatasetSchema.Beneficiaries.Description),
            GoodsName = Table.ColumnOf(Goods, DatasetSchema.Goods.Name), GoodsQuantity = Table.ColumnOf(Goods, DatasetSchema.Goods.Quantity),
            GoodsUnit = Table.ColumnOf(Goods, DatasetSchema.Goods.UnitOfMeasure),
            ValuationValue = Table.ColumnOf(Valuation, DatasetSchema.Valuation.Value), ValuedOn = Table.ColumnOf(Valuation, DatasetSchema.Valuation.ValuedOn),
            StatedBalance = Table.ColumnOf(DatasetSchema.FundEntry.StatedBalance), At = Table.ColumnOf(DatasetSchema.FundEntry.At),
            Covers = Table.ColumnOf(DatasetSchema.FundEntry.Covers), Reference = Table.ColumnOf(DatasetSchema.FundEntry.Reference),
            Note = Table.ColumnOf(DatasetSchema.FundEntry.Note);
    }

    public static class Commendations
    {
        public static readonly CsvTable Table = Of("commendations.csv", DatasetSchema.Commendation.Schema);

        private const int Recipient = DatasetSchema.Commendation.Recipient;

        public static readonly int Id = Table.ColumnOf(DatasetSchema.Commendation.Id),
            RecipientKind = Table.ColumnOf(Recipient, DatasetSchema.Recipient.Kind), RecipientUnitId = Table.ColumnOf(Recipient, DatasetSchema.Recipient.UnitId),
            RecipientName = Table.ColumnOf(Recipient, DatasetSchema.Recipient.Name), Title = Table.ColumnOf(DatasetSchema.Commendation.Title),
            TitleRecipients = Table.ColumnOf(DatasetSchema.Commendation.Title, DatasetSchema.TitleExtras.Recipients),
            Form = Table.ColumnOf(DatasetSchema.Commendation.Form), Level = Table.ColumnOf(DatasetSchema.Commendation.Level),
            AwardingBody = Table.ColumnOf(DatasetSchema.Commendation.AwardingBody), AwardedById = Table.ColumnOf(DatasetSchema.Commendation.AwardedById),
            Date = Table.ColumnOf(DatasetSchema.Commendation.Date), Period = Table.ColumnOf(DatasetSchema.Commendation.Period),
            DecisionNumber = Table.ColumnOf(DatasetSchema.Commendation.DecisionNumber), ModelId = Table.ColumnOf(DatasetSchema.Commendation.ModelId),
            Movement = Table.ColumnOf(DatasetSchema.Commendation.Movement);
    }
}
