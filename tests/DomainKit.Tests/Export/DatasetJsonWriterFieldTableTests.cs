using System.Reflection;
using System.Text.Json;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Interchange;
using DomainKit.Interchange.Json;
using DomainKit.Interchange.Schema;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Tests.Export;

/// <summary>
/// The dataset JSON writer goes through the records' field tables (<see cref="DatasetSchema"/>): a dataset that holds a
/// value for every field of every record is written with every field of every table, in the table's order, but those
/// the table itself leaves out (the fields of another kind of fund entry or pledge target).
/// </summary>
public sealed class DatasetJsonWriterFieldTableTests
{
    private static readonly LocalDate Day = new(2023, 11, 10);

    [Fact]
    public void A_dataset_holding_every_field_is_written_with_every_field_of_every_table_in_the_order_of_the_table()
    {
        using var document = JsonDocument.Parse(Write(EveryField()));
        var root = document.RootElement;
        var seen = new HashSet<RecordSchema>();

        AssertAllFollow(root, "units", DatasetSchema.Unit.Schema, seen);
        AssertAllFollow(root, "models", DatasetSchema.Model.Schema, seen);
        AssertAllFollow(root, "pledges", DatasetSchema.Pledge.Schema, seen);
        AssertAllFollow(root, "payments", DatasetSchema.Payment.Schema, seen);
        AssertAllFollow(root, "funds", DatasetSchema.Fund.Schema, seen);
        AssertAllFollow(root, "fundEntries", DatasetSchema.FundEntry.Schema, seen);
        AssertAllFollow(root, "commendations", DatasetSchema.Commendation.Schema, seen);

        // Every kind of entry and of target was written, each with the fields of its kind.
        Assert.Equal(
            Enum.GetValues<FundEntryKind>().Select(InterchangeCodes.EntryKinds.CodeOf),
            root.GetProperty("fundEntries").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(
            DatasetSchema.Target.Codes,
            root.GetProperty("pledges").EnumerateArray().Select(p => p.GetProperty("target").GetProperty("kind").GetString()));
        // Every table was gone through but the successors' one: in JSON they are an array of ids, and the table is the
        // column of their CSV file.
        Assert.Equal(
            Tables().Where(t => t != DatasetSchema.UnitSuccessor.Schema).Select(t => t.Record.English).Order(StringComparer.Ordinal),
            seen.Select(t => t.Record.English).Order(StringComparer.Ordinal));
    }

    // ----- Checking a written record against its table -----

    private static void AssertAllFollow(JsonElement root, string section, RecordSchema schema, HashSet<RecordSchema> seen)
    {
        var items = root.GetProperty(section).EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            AssertFollows(item, schema, HasOf(schema, item), seen);
        }
    }

    // The fields a record of the table has: those of its kind for an entry or a target, all of them for any other.
    private static ulong HasOf(RecordSchema schema, JsonElement record)
    {
        if (schema == DatasetSchema.FundEntry.Schema)
        {
            Assert.True(InterchangeCodes.EntryKinds.TryParse(record.GetProperty("kind").GetString()!, out var kind));
            return DatasetSchema.FundEntry.Common | DatasetSchema.FundEntry.Kinds[(int)kind].Has;
        }
        if (schema == DatasetSchema.Target.Schema)
        {
            var kind = Array.IndexOf(DatasetSchema.Target.Codes, record.GetProperty("kind").GetString());
            Assert.True(kind >= 0, record.GetRawText());
            return DatasetSchema.Target.Common | DatasetSchema.Target.Kinds[kind];
        }
        return RecordSchema.MaskOf(schema.Fields.Select(f => f.Index));
    }

    private static void AssertFollows(JsonElement record, RecordSchema schema, ulong has, HashSet<RecordSchema> seen)
    {
        seen.Add(schema);
        Assert.True(record.ValueKind == JsonValueKind.Object, $"A {schema.Record.English} is {record.ValueKind}.");
        var expected = Names(schema, has).ToArray();
        var written = record.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.True(expected.SequenceEqual(written), $"A {schema.Record.English} has [{string.Join(", ", written)}]; its table [{string.Join(", ", expected)}].");

        foreach (var field in schema.Fields.Where(f => (has & (1UL << f.Index)) != 0))
        {
            var value = record.GetProperty(field.Json);
            switch (field.Kind)
            {
                case FieldKind.Object:
                    AssertFollows(value, field.Nested!, HasOf(field.Nested!, value), seen);
                    break;
                case FieldKind.Objects:
                    Assert.NotEqual(0, value.GetArrayLength());
                    foreach (var item in value.EnumerateArray())
                    {
                        AssertFollows(item, field.Nested!, HasOf(field.Nested!, item), seen);
                    }
                    break;
                case FieldKind.Classifier when field.Nested is { } extras:
                    // A classifier of the app's own is its code and names, then the fields of its table.
                    seen.Add(extras);
                    Assert.Equal(["code", "name", .. extras.Fields.Select(f => f.Json)], value.EnumerateObject().Select(p => p.Name));
                    break;
                case FieldKind.Ids:
                    Assert.NotEqual(0, value.GetArrayLength());
                    Assert.All(value.EnumerateArray(), id => Assert.Equal(JsonValueKind.String, id.ValueKind));
                    break;
                default:
                    Assert.True(value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False,
                        $"{schema.Record.English}.{field.Json} is {value.ValueKind}.");
                    break;
            }
        }
    }

    private static IEnumerable<string> Names(RecordSchema schema, ulong mask)
        => schema.Fields.Where(f => (mask & (1UL << f.Index)) != 0).Select(f => f.Json);

    // Every table of DatasetSchema: each public static RecordSchema of its nested classes.
    private static IEnumerable<RecordSchema> Tables()
        => typeof(DatasetSchema).GetNestedTypes(BindingFlags.Public)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(RecordSchema))
            .Select(f => (RecordSchema)f.GetValue(null)!);

    private static byte[] Write(Dataset dataset)
    {
        using var stream = new MemoryStream();
        DatasetJsonWriter.WriteAsync(dataset, stream, CancellationToken.None).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    // ----- A dataset with a value in every field -----

    private static Dataset EveryField()
    {
        var unit = new Unit
        {
            Id = "xa-bd", Name = "Xã Bình Đức", Kind = UnitKind.Commune, ParentId = "huyen-bd", TerritoryId = "huyen-bd-dia-ban",
            ValidFrom = new(2000, 1, 1), ValidTo = new(2025, 6, 30), Successors = ["xa-moi", "phuong-moi"],
            HeadCounts = [new HeadCount(Day) { Members = 120, PartyMembers = 40, Exempt = 5, Away = 3 }],
            ParentChanges = [new UnitLink(new(2025, 7, 1), "tinh")], TerritoryChanges = [new UnitLink(new(2025, 7, 1), "tinh-dia-ban")],
            PrimarySuccessorId = "xa-moi",
        };
        var model = new EmulationModel
        {
            Id = "mh-1", Name = "Mỗi chi bộ một địa chỉ nhân đạo", OwnerId = "xa-bd", Kind = ModelKind.Model,
            // A field of the app's own, so that its definition and its table (the parent) are written.
            Field = new ModelField("nong-nghiep", new("Nông nghiệp", "Agriculture"), ModelField.Economy),
            Movement = Movement.Directive05, Theme = "Chuyên đề 2023", Period = ReportingPeriod.Year(2023),
            Lifecycle = [new LifecycleEvent(LifecycleStage.Registered, new(2023, 1, 5)) { Note = "NQ 01" }],
            OriginId = "mh-goc", IsExemplary = true, CommittedToId = "tinh",
            Outcomes = [new OutcomeIndicator("Nhà tình thương", 3, "căn", Day) { MoneyValue = new Dong(150_000_000) }],
        };
        PledgeTarget[] targets =
        [
            PledgeTarget.ForModel("mh-1"), PledgeTarget.ForCriteria("3 không, 4 có"), PledgeTarget.ForBeneficiary("Hộ bà Lê Thị C"),
            PledgeTarget.ForHouseholds(2, 3),
        ];
        var pledges = targets.Select((target, i) => new Pledge
        {
            Id = "dk-" + i, Pledger = new Pledger(PledgerKind.Individual, "chi-bo-1") { PersonId = "dv-7", PersonName = "Trần Thị Bình" },
            Target = target, Period = ReportingPeriod.Year(2023), RegisteredOn = new(2023, 1, 10),
            Schedule = new MoneySchedule(new Dong(300_000), ScheduleFrequency.Monthly, new(2023, 1, 15)) { MaximumAmount = new Dong(500_000), End = new(2023, 12, 15) },
            Evaluation = new PledgeEvaluation(new(2023, 12, 20), PerformanceRating.CompletedWell) { Score = 85 },
            CancelledOn = new(2023, 12, 31), Note = "Ghi chú",
        });
        var payment = new PledgePayment("dk-0", new(2023, 2, 15), new Dong(300_000)) { Reference = "PT-12" };
        var fund = new Fund { Id = "quy", Name = "Quỹ vì người nghèo", OwnerId = "xa-bd", Purpose = "hỗ trợ hộ nghèo", ModelId = "mh-1", InceptionDate = new(2017, 10, 1) };
        var beneficiaries = new Beneficiaries(12, 10) { Kind = BeneficiaryKind.Households, Description = "Hộ nghèo ấp 3" };
        var rice = new Goods("gạo", 2_500.5m, "kg");
        var valuation = new Valuation(new Dong(37_500_000), Day);
        FundEntry[] entries =
        [
            new OpeningBalance("quy", new(2023, 1, 1), new Dong(1_000_000)),
            new Contribution("quy", new(2023, 1, 2), new Dong(500_000)) { Contributor = "Chi bộ ấp 1" },
            new Disbursement("quy", new(2023, 1, 3), new Dong(300_000)) { Purpose = DisbursementPurpose.TetGifts, Beneficiaries = beneficiaries },
            new LoanDisbursement("quy", new(2023, 1, 4), new Dong(50_000_000), "vay-01")
            {
                Borrower = "Nguyễn Văn An", TermMonths = 36, Purpose = DisbursementPurpose.ProductionSupport, Beneficiaries = beneficiaries,
            },
            new LoanRepayment("quy", new(2023, 1, 5), new Dong(10_000_000), "vay-01"),
            new InKindReceipt("quy", new(2023, 1, 6), rice) { Valuation = valuation },
            new InKindDistribution("quy", new(2023, 1, 7), rice) { Valuation = valuation, Beneficiaries = beneficiaries },
            new BalanceAssertion("quy", new(2023, 1, 8), new Dong(41_200_000), BalanceTime.EndOfDay),
        ];
        var commendation = new Commendation
        {
            Id = "qd-1", Recipient = Recipient.Individual("xa-bd", "Nguyễn Văn An"),
            // A title of the app's own, so that its definition and its table (whom it is for) are written.
            Title = new EmulationTitle("thon-van-hoa", new("Thôn văn hóa", "Cultured village"), RecipientKind.Collective),
            Form = AwardForm.Certificate, Level = AuthorityLevel.District, AwardingBody = "Chủ tịch UBND huyện", AwardedById = "huyen-bd",
            Date = new(2023, 12, 28), Period = ReportingPeriod.Year(2023), DecisionNumber = "123/QĐ-UBND", ModelId = "mh-1", Movement = Movement.DanVanKheo,
        };
        return new DatasetBuilder()
            .Add(unit).Add(model).Add(pledges).Add(payment).Add(fund)
            .Add(entries.Select(e => e with { Covers = ReportingPeriod.Month(2023, 1), Reference = "CT-" + (int)e.Kind, Note = "Ghi chú" }))
            .Add(commendation)
            .Build();
    }
}
