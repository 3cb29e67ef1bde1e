using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Interchange.Json;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using DomainKit.Tests.Interchange;
using NodaTime;

namespace DomainKit.Tests.Export;

public sealed class DatasetJsonWriterTests
{
    private static readonly Lazy<JsonSchemaValidator> Schema = new(() => JsonSchemaValidator.FromFile(SchemaPath));

    private static string SchemaPath => Path.Combine(RepositoryRoot(), "docs", "schemas", "dataset.v1.schema.json");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DomainKit.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("No folder above the test binaries holds DomainKit.sln.");
    }

    private static byte[] Write(Dataset dataset)
    {
        using var stream = new MemoryStream();
        DatasetJsonWriter.WriteAsync(dataset, stream, CancellationToken.None).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static JsonDocument Parse(Dataset dataset) => JsonDocument.Parse(Write(dataset));

    private static void AssertValid(JsonElement document)
    {
        var errors = Schema.Value.Validate(document);
        Assert.True(errors.Count == 0, "The output does not match the schema:\n" + string.Join("\n", errors.Take(20)));
    }

    private static JsonElement Only(JsonDocument document, string section) => Assert.Single(document.RootElement.GetProperty(section).EnumerateArray().ToList());

    private static string[] PropertyNames(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    private static readonly LocalDate Day = new(2023, 11, 10);

    // ----- The Bình Phước dataset -----

    [Fact]
    public void The_Binh_Phuoc_dataset_validates_against_the_schema()
    {
        using var document = Parse(BinhPhuoc2023.Build());

        AssertValid(document.RootElement);
    }

    [Fact]
    public void Each_array_holds_as_many_items_as_the_dataset()
    {
        var dataset = BinhPhuoc2023.Build();
        using var document = Parse(dataset);
        var root = document.RootElement;

        Assert.Equal(dataset.Units.Length, root.GetProperty("units").GetArrayLength());
        Assert.Equal(dataset.Models.Length, root.GetProperty("models").GetArrayLength());
        Assert.Equal(dataset.Pledges.Length, root.GetProperty("pledges").GetArrayLength());
        Assert.Equal(dataset.Payments.Length, root.GetProperty("payments").GetArrayLength());
        Assert.Equal(dataset.Funds.Length, root.GetProperty("funds").GetArrayLength());
        Assert.Equal(dataset.FundEntries.Count, root.GetProperty("fundEntries").GetArrayLength());
        Assert.Equal(dataset.Commendations.Length, root.GetProperty("commendations").GetArrayLength());
        Assert.True(dataset.Units.Length > 10 && dataset.Models.Length > 5 && dataset.FundEntries.Count > 5);
    }

    [Fact]
    public void The_document_names_its_format_and_version_first_and_keeps_the_section_order()
    {
        using var document = Parse(Dataset.Empty);

        Assert.Equal(
            ["format", "version", "units", "models", "pledges", "payments", "funds", "fundEntries", "commendations"],
            PropertyNames(document.RootElement));
        Assert.Equal("domainkit-dataset", document.RootElement.GetProperty("format").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
        AssertValid(document.RootElement);
    }

    [Fact]
    public void Money_is_written_as_json_integers_in_dong()
    {
        var bytes = Write(BinhPhuoc2023.Build());
        using var document = JsonDocument.Parse(bytes);
        var contribution = document.RootElement.GetProperty("fundEntries").EnumerateArray()
            .First(e => e.GetProperty("kind").GetString() == "contribution" && e.GetProperty("amount").GetInt64() == 2_407_798_600);

        Assert.Equal(JsonValueKind.Number, contribution.GetProperty("amount").ValueKind);
        Assert.Equal("2407798600", contribution.GetProperty("amount").GetRawText());
        Assert.Contains("\"amount\":2407798600", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        var extremes = new DatasetBuilder()
            .Add(new Contribution("f", Day, Dong.MaxValue), new Disbursement("f", Day, Dong.MinValue))
            .Build();
        using var limits = Parse(extremes);
        var amounts = limits.RootElement.GetProperty("fundEntries").EnumerateArray().Select(e => e.GetProperty("amount").GetRawText()).ToList();
        Assert.Equal(["9223372036854775807", "-9223372036854775808"], amounts);
    }

    [Fact]
    public void Dates_and_periods_are_written_as_ISO_dates_and_period_ids()
    {
        using var document = Parse(BinhPhuoc2023.Build());
        var entries = document.RootElement.GetProperty("fundEntries").EnumerateArray().ToList();

        Assert.Contains(entries, e => e.TryGetProperty("covers", out var covers) && covers.GetString() == "YTD2023-11-10");
        Assert.All(entries, e => Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", e.GetProperty("date").GetString()));
        Assert.Contains(entries, e => e.GetProperty("date").GetString() == "2023-11-10");

        var periods = new DatasetBuilder()
            .Add(new[] { ReportingPeriod.Year(2023), ReportingPeriod.Quarter(2023, 4), ReportingPeriod.HalfYear(2023, 1), ReportingPeriod.Month(2023, 11),
                         ReportingPeriod.Term(2021, 2025), ReportingPeriod.CampaignYear(2023, 10), ReportingPeriod.Range(new(2023, 1, 5), new(2023, 3, 10)) }
                .Select((p, i) => new Contribution("f", Day.PlusDays(i), new Dong(1)) { Covers = p }))
            .Build();
        using var written = Parse(periods);
        Assert.Equal(
            ["2023", "2023Q4", "2023H1", "2023-11", "2021/2025", "CY2023-10", "2023-01-05/2023-03-10"],
            written.RootElement.GetProperty("fundEntries").EnumerateArray().Select(e => e.GetProperty("covers").GetString()));
        AssertValid(written.RootElement);
    }

    [Fact]
    public void The_fund_entry_example_of_the_format_documentation_is_what_the_writer_writes()
    {
        var example = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "format.md"))
            .Single(line => line.StartsWith("{\"kind\":\"disbursement\"", StringComparison.Ordinal));
        using var document = Parse(BinhPhuoc2023.Build());

        Assert.Contains(example, document.RootElement.GetProperty("fundEntries").EnumerateArray().Select(e => e.GetRawText()));
    }

    // ----- Every field of every item -----

    [Fact]
    public void Every_kind_of_fund_entry_is_written_with_its_fields()
    {
        var beneficiaries = new Beneficiaries(12, 10) { Kind = BeneficiaryKind.Households, Description = "Hộ nghèo ấp 3" };
        var rice = new Goods("gạo", 2_500.5m, "kg");
        var valuation = new Valuation(new Dong(37_500_000), Day);
        var dataset = new DatasetBuilder().Add(
            new OpeningBalance("quy", new(2023, 1, 1), new Dong(1_000_000)) { Reference = "SD-01", Note = "Số dư đầu kỳ" },
            new Contribution("quy", new(2023, 1, 2), new Dong(500_000)) { Contributor = "Chi bộ ấp 1", Covers = ReportingPeriod.Month(2023, 1) },
            new Disbursement("quy", new(2023, 1, 3), new Dong(300_000)) { Purpose = DisbursementPurpose.TetGifts, Beneficiaries = beneficiaries },
            new LoanDisbursement("quy", new(2023, 1, 4), new Dong(50_000_000), "vay-01")
            {
                Borrower = "Nguyễn Văn An", TermMonths = 36, Purpose = DisbursementPurpose.ProductionSupport, Beneficiaries = new Beneficiaries(1, 1),
            },
            new LoanRepayment("quy", new(2023, 1, 5), new Dong(10_000_000), "vay-01"),
            new InKindReceipt("quy", new(2023, 1, 6), rice) { Valuation = valuation },
            new InKindDistribution("quy", new(2023, 1, 7), rice) { Valuation = valuation, Beneficiaries = beneficiaries },
            new BalanceAssertion("quy", new(2023, 1, 8), new Dong(41_200_000), BalanceTime.EndOfDay)).Build();

        using var document = Parse(dataset);
        AssertValid(document.RootElement);
        var entries = document.RootElement.GetProperty("fundEntries").EnumerateArray().ToList();

        Assert.Equal(
            ["opening-balance", "contribution", "disbursement", "loan-disbursement", "loan-repayment", "in-kind-receipt", "in-kind-distribution", "balance-assertion"],
            entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(entries, e => Assert.Equal("quy", e.GetProperty("fundId").GetString()));

        Assert.Equal("""{"kind":"opening-balance","fundId":"quy","date":"2023-01-01","amount":1000000,"reference":"SD-01","note":"Số dư đầu kỳ"}""", entries[0].GetRawText());
        Assert.Equal("""{"kind":"contribution","fundId":"quy","date":"2023-01-02","amount":500000,"contributor":"Chi bộ ấp 1","covers":"2023-01"}""", entries[1].GetRawText());
        Assert.Equal(
            """{"kind":"disbursement","fundId":"quy","date":"2023-01-03","amount":300000,"purpose":"tet-gifts","beneficiaries":{"kind":"households","occurrences":12,"distinct":10,"description":"Hộ nghèo ấp 3"}}""",
            entries[2].GetRawText());
        Assert.Equal(
            """{"kind":"loan-disbursement","fundId":"quy","date":"2023-01-04","principal":50000000,"loanId":"vay-01","borrower":"Nguyễn Văn An","termMonths":36,"purpose":"production-support","beneficiaries":{"kind":"people","occurrences":1,"distinct":1}}""",
            entries[3].GetRawText());
        Assert.Equal("""{"kind":"loan-repayment","fundId":"quy","date":"2023-01-05","amount":10000000,"loanId":"vay-01"}""", entries[4].GetRawText());
        Assert.Equal(
            """{"kind":"in-kind-receipt","fundId":"quy","date":"2023-01-06","goods":{"name":"gạo","quantity":2500.5,"unitOfMeasure":"kg"},"valuation":{"value":37500000,"valuedOn":"2023-11-10"}}""",
            entries[5].GetRawText());
        Assert.Equal(
            """{"kind":"in-kind-distribution","fundId":"quy","date":"2023-01-07","beneficiaries":{"kind":"households","occurrences":12,"distinct":10,"description":"Hộ nghèo ấp 3"},"goods":{"name":"gạo","quantity":2500.5,"unitOfMeasure":"kg"},"valuation":{"value":37500000,"valuedOn":"2023-11-10"}}""",
            entries[6].GetRawText());
        Assert.Equal("""{"kind":"balance-assertion","fundId":"quy","date":"2023-01-08","statedBalance":41200000,"at":"end-of-day"}""", entries[7].GetRawText());
    }

    [Fact]
    public void Fund_entries_are_written_in_the_order_of_the_dataset()
    {
        var dataset = new DatasetBuilder().Add(
            new Contribution("b", new(2023, 3, 1), new Dong(1)),
            new Contribution("a", new(2023, 2, 1), new Dong(2)),
            new Contribution("b", new(2023, 1, 1), new Dong(3)),
            new Contribution("a", new(2023, 1, 1), new Dong(4))).Build();

        using var document = Parse(dataset);

        Assert.Equal(
            dataset.FundEntries.Select(e => ((Contribution)e).Amount.Value),
            document.RootElement.GetProperty("fundEntries").EnumerateArray().Select(e => e.GetProperty("amount").GetInt64()));
    }

    [Fact]
    public void A_unit_is_written_with_every_field()
    {
        var unit = new Unit
        {
            Id = "xa-bd", Name = "Xã Bình Đức", Kind = UnitKind.Commune, ParentId = "huyen-bd", TerritoryId = "huyen-bd-dia-ban",
            ValidFrom = new(2000, 1, 1), ValidTo = new(2025, 6, 30), Successors = ["xa-moi"],
            HeadCounts = [new HeadCount(Day) { Members = 120, PartyMembers = 40, Exempt = 5, Away = 3 }],
        };

        using var document = Parse(new DatasetBuilder().Add(unit).Build());

        AssertValid(document.RootElement);
        Assert.Equal(
            """{"id":"xa-bd","name":"Xã Bình Đức","kind":"commune","parentId":"huyen-bd","territoryId":"huyen-bd-dia-ban","validFrom":"2000-01-01","validTo":"2025-06-30","successors":["xa-moi"],"headCounts":[{"asOf":"2023-11-10","members":120,"partyMembers":40,"exempt":5,"away":3}]}""",
            Only(document, "units").GetRawText());
    }

    [Fact]
    public void A_model_is_written_with_every_field()
    {
        var model = new EmulationModel
        {
            Id = "mh-1", Name = "Mỗi chi bộ một địa chỉ nhân đạo", OwnerId = "xa-bd", Kind = ModelKind.Model,
            Field = ModelField.CultureSociety, Movement = Movement.Directive05, Theme = "Chuyên đề 2023", Period = ReportingPeriod.Year(2023),
            Lifecycle = [new LifecycleEvent(LifecycleStage.Registered, new(2023, 1, 5)) { Note = "NQ 01" }, new LifecycleEvent(LifecycleStage.Launched, new(2023, 2, 1))],
            OriginId = "mh-goc", IsExemplary = true, CommittedToId = "tinh",
            Outcomes = [new OutcomeIndicator("Nhà tình thương", 3, "căn", Day) { MoneyValue = new Dong(150_000_000) }, new OutcomeIndicator("Đường sáng", null, "km", Day)],
        };

        using var document = Parse(new DatasetBuilder().Add(model).Build());

        AssertValid(document.RootElement);
        Assert.Equal(
            """{"id":"mh-1","name":"Mỗi chi bộ một địa chỉ nhân đạo","ownerId":"xa-bd","kind":"model","field":"culture-society","movement":"ct-05","theme":"Chuyên đề 2023","period":"2023","lifecycle":[{"stage":"registered","date":"2023-01-05","note":"NQ 01"},{"stage":"launched","date":"2023-02-01"}],"originId":"mh-goc","isExemplary":true,"committedToId":"tinh","outcomes":[{"name":"Nhà tình thương","quantity":3,"unitOfMeasure":"căn","date":"2023-11-10","moneyValue":150000000},{"name":"Đường sáng","unitOfMeasure":"km","date":"2023-11-10"}]}""",
            Only(document, "models").GetRawText());
    }

    [Fact]
    public void Pledges_of_every_target_and_payments_are_written_with_every_field()
    {
        var pledges = new[]
        {
            new Pledge
            {
                Id = "dk-1", Pledger = Pledger.Individual("chi-bo-1", "dv-7", "Trần Thị Bình"), Target = PledgeTarget.ForModel("mh-1"),
                Period = ReportingPeriod.Year(2023), RegisteredOn = new(2023, 1, 10),
                Schedule = new MoneySchedule(new Dong(300_000), ScheduleFrequency.Monthly, new(2023, 1, 15)) { MaximumAmount = new Dong(500_000), End = new(2023, 12, 15) },
                Evaluation = new PledgeEvaluation(new(2023, 12, 20), PerformanceRating.CompletedWell) { Score = 85 },
                CancelledOn = new(2023, 12, 31), Note = "Ghi chú",
            },
            new Pledge { Id = "dk-2", Pledger = Pledger.Collective("chi-bo-1"), Target = PledgeTarget.ForCriteria("3 không, 4 có"), Period = ReportingPeriod.Term(2021, 2025) },
            new Pledge { Id = "dk-3", Pledger = Pledger.Collective("chi-bo-1"), Target = PledgeTarget.ForBeneficiary("Hộ bà Lê Thị C"), Period = ReportingPeriod.Year(2023) },
            new Pledge { Id = "dk-4", Pledger = Pledger.Collective("chi-bo-1"), Target = PledgeTarget.ForHouseholds(2, null), Period = ReportingPeriod.Year(2023) },
        };
        var payment = new PledgePayment("dk-1", new(2023, 2, 15), new Dong(300_000)) { Reference = "PT-12" };

        using var document = Parse(new DatasetBuilder().Add(pledges).Add(payment).Build());

        AssertValid(document.RootElement);
        var written = document.RootElement.GetProperty("pledges").EnumerateArray().Select(p => p.GetRawText()).ToList();
        Assert.Equal(
            """{"id":"dk-1","pledger":{"kind":"individual","unitId":"chi-bo-1","personId":"dv-7","personName":"Trần Thị Bình"},"target":{"kind":"model","modelId":"mh-1"},"period":"2023","registeredOn":"2023-01-10","schedule":{"amount":300000,"frequency":"monthly","start":"2023-01-15","maximumAmount":500000,"end":"2023-12-15"},"evaluation":{"evaluatedOn":"2023-12-20","rating":"completed-well","score":85},"cancelledOn":"2023-12-31","note":"Ghi chú"}""",
            written[0]);
        Assert.Equal("""{"id":"dk-2","pledger":{"kind":"collective","unitId":"chi-bo-1"},"target":{"kind":"criteria","criteriaSet":"3 không, 4 có"},"period":"2021/2025"}""", written[1]);
        Assert.Contains("""  "target":{"kind":"beneficiary","beneficiary":"Hộ bà Lê Thị C"}""".Trim(), written[2], StringComparison.Ordinal);
        Assert.Contains("""  "target":{"kind":"households","poorHouseholds":2}""".Trim(), written[3], StringComparison.Ordinal);
        Assert.Equal("""{"pledgeId":"dk-1","date":"2023-02-15","amount":300000,"reference":"PT-12"}""", Only(document, "payments").GetRawText());
    }

    [Fact]
    public void Funds_and_commendations_are_written_with_every_field()
    {
        var fund = new Fund { Id = "quy", Name = "Quỹ vì người nghèo", OwnerId = "xa-bd", Purpose = "hỗ trợ hộ nghèo", ModelId = "mh-1", InceptionDate = new(2017, 10, 1) };
        var commendation = new Commendation
        {
            Id = "qd-1", Recipient = Recipient.Individual("xa-bd", "Nguyễn Văn An"), Title = EmulationTitle.GrassrootsEmulationFighter,
            Form = AwardForm.Certificate, Level = AuthorityLevel.District, AwardingBody = "Chủ tịch UBND huyện", AwardedById = "huyen-bd",
            Date = new(2023, 12, 28), Period = ReportingPeriod.Year(2023), DecisionNumber = "123/QĐ-UBND", ModelId = "mh-1", Movement = Movement.DanVanKheo,
        };

        using var document = Parse(new DatasetBuilder().Add(fund).Add(commendation).Build());

        AssertValid(document.RootElement);
        Assert.Equal(
            """{"id":"quy","name":"Quỹ vì người nghèo","ownerId":"xa-bd","purpose":"hỗ trợ hộ nghèo","modelId":"mh-1","inceptionDate":"2017-10-01"}""",
            Only(document, "funds").GetRawText());
        Assert.Equal(
            """{"id":"qd-1","recipient":{"kind":"individual","unitId":"xa-bd","name":"Nguyễn Văn An"},"title":"chien-si-thi-dua-co-so","form":"giay-khen","level":"district","awardingBody":"Chủ tịch UBND huyện","awardedById":"huyen-bd","date":"2023-12-28","period":"2023","decisionNumber":"123/QĐ-UBND","modelId":"mh-1","movement":"dan-van-kheo"}""",
            Only(document, "commendations").GetRawText());
    }

    // ----- Classifiers -----

    [Fact]
    public void Built_in_classifiers_are_written_as_codes_and_others_with_what_rebuilds_them()
    {
        var specialZone = new UnitKind("special-zone", new("Đặc khu", "Special zone"));
        var renamedProvince = new UnitKind("province", new("Tỉnh", "Province (renamed)"));
        var agriculture = new ModelField("agriculture", new("Nông nghiệp", "Agriculture"), ModelField.Economy);
        var rice = new ModelField("rice", new("Lúa gạo", "Rice"), agriculture);
        var title = new EmulationTitle("thon-van-hoa", new("Thôn văn hóa", "Cultured village"), RecipientKind.Collective);
        var dataset = new DatasetBuilder()
            .Add(new Unit { Id = "u1", Name = "A", Kind = specialZone }, new Unit { Id = "u2", Name = "B", Kind = renamedProvince }, new Unit { Id = "u3", Name = "C", Kind = UnitKind.Province })
            .Add(new EmulationModel { Id = "m", Name = "M", OwnerId = "u1", Kind = new ModelKind("contest", new("Hội thi", "Contest")), Field = rice, Movement = new Movement("m-1", new("PT 1", "M 1")) })
            .Add(new Disbursement("f", Day, new Dong(1)) { Purpose = new DisbursementPurpose("flood", new("Lũ lụt", "Flood relief")) })
            .Add(new Commendation { Id = "c", Recipient = Recipient.Collective("u1"), Title = title, Form = new AwardForm("ky-niem-chuong", new("Kỷ niệm chương", "Commemorative medal")), Level = AuthorityLevel.Province, Date = Day })
            .Build();

        using var document = Parse(dataset);

        AssertValid(document.RootElement);
        var kinds = document.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("kind").GetRawText()).ToList();
        Assert.Equal("""{"code":"special-zone","name":{"vi":"Đặc khu","en":"Special zone"}}""", kinds[0]);
        Assert.Equal("""{"code":"province","name":{"vi":"Tỉnh","en":"Province (renamed)"}}""", kinds[1]);
        Assert.Equal("\"province\"", kinds[2]);
        var model = Only(document, "models");
        Assert.Equal("""{"code":"contest","name":{"vi":"Hội thi","en":"Contest"}}""", model.GetProperty("kind").GetRawText());
        Assert.Equal(
            """{"code":"rice","name":{"vi":"Lúa gạo","en":"Rice"},"parent":{"code":"agriculture","name":{"vi":"Nông nghiệp","en":"Agriculture"},"parent":"economy"}}""",
            model.GetProperty("field").GetRawText());
        Assert.Equal("""{"code":"m-1","name":{"vi":"PT 1","en":"M 1"}}""", model.GetProperty("movement").GetRawText());
        Assert.Equal("""{"code":"flood","name":{"vi":"Lũ lụt","en":"Flood relief"}}""", Only(document, "fundEntries").GetProperty("purpose").GetRawText());
        var commendation = Only(document, "commendations");
        Assert.Equal("""{"code":"thon-van-hoa","name":{"vi":"Thôn văn hóa","en":"Cultured village"},"recipients":"collective"}""", commendation.GetProperty("title").GetRawText());
        Assert.Equal("""{"code":"ky-niem-chuong","name":{"vi":"Kỷ niệm chương","en":"Commemorative medal"}}""", commendation.GetProperty("form").GetRawText());
    }

    [Fact]
    public void The_schema_lists_exactly_the_built_in_codes_of_the_library()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(SchemaPath));
        var defs = schema.RootElement.GetProperty("$defs");
        string[] CodesOf(string def) => defs.GetProperty(def).GetProperty("oneOf")[0].GetProperty("enum").EnumerateArray().Select(c => c.GetString()!).ToArray();

        Assert.Equal(UnitKind.BuiltIn.Select(c => c.Code), CodesOf("unitKind"));
        Assert.Equal(ModelKind.BuiltIn.Select(c => c.Code), CodesOf("modelKind"));
        Assert.Equal(ModelField.DanVanKheo.Select(c => c.Code), CodesOf("modelField"));
        Assert.Equal(Movement.BuiltIn.Select(c => c.Code), CodesOf("movement"));
        Assert.Equal(DisbursementPurpose.BuiltIn.Select(c => c.Code), CodesOf("disbursementPurpose"));
        Assert.Equal(AwardForm.BuiltIn.Select(c => c.Code), CodesOf("awardForm"));
        Assert.Equal(EmulationTitle.BuiltIn.Select(c => c.Code), CodesOf("emulationTitle"));
    }

    // ----- Missing values and bad data -----

    [Fact]
    public void A_figure_that_was_not_reported_is_absent_never_zero()
    {
        var dataset = new DatasetBuilder()
            .Add(new Unit { Id = "u", Name = "U", Kind = UnitKind.Village, HeadCounts = [new HeadCount(Day) { Members = 0 }] })
            .Add(new Disbursement("f", Day, new Dong(5)) { Beneficiaries = new Beneficiaries(null, 70) })
            .Add(new Pledge { Id = "p", Pledger = Pledger.Collective("u"), Target = PledgeTarget.ForHouseholds(null, 0), Period = ReportingPeriod.Year(2023), Evaluation = new PledgeEvaluation(Day, null) })
            .Build();

        using var document = Parse(dataset);

        AssertValid(document.RootElement);
        Assert.Equal("""{"asOf":"2023-11-10","members":0}""", Only(document, "units").GetProperty("headCounts")[0].GetRawText());
        Assert.Equal("""{"kind":"people","distinct":70}""", Only(document, "fundEntries").GetProperty("beneficiaries").GetRawText());
        var pledge = Only(document, "pledges");
        Assert.Equal("""{"kind":"households","nearPoorHouseholds":0}""", pledge.GetProperty("target").GetRawText());
        Assert.Equal("""{"evaluatedOn":"2023-11-10"}""", pledge.GetProperty("evaluation").GetRawText());
        Assert.Equal(["id", "pledger", "target", "period", "evaluation"], PropertyNames(pledge));
    }

    [Fact]
    public void Required_values_the_dataset_holds_empty_are_written_as_null()
    {
        var dataset = new DatasetBuilder()
            .Add(new Unit { Id = default, Name = null!, Kind = null!, ParentId = default(UnitId), Successors = [default], HeadCounts = [null!] })
            .Add(new EmulationModel { Id = "m", Name = "M", OwnerId = default, Kind = ModelKind.Model, Period = default(ReportingPeriod), Lifecycle = [null!], Outcomes = [null!, new OutcomeIndicator(null!, 1, null!, Day)] })
            .Add(new Pledge { Id = "p", Pledger = null!, Target = null!, Period = default })
            .Add(new InKindReceipt(default, Day, null!), new LoanRepayment("f", Day, new Dong(1), null!))
            .Add(new Commendation { Id = "c", Recipient = null!, Level = AuthorityLevel.Base, Date = Day })
            .Build();

        using var document = Parse(dataset);

        AssertValid(document.RootElement);
        Assert.Equal("""{"id":null,"name":null,"kind":null,"parentId":null,"successors":[null],"headCounts":[null]}""", Only(document, "units").GetRawText());
        var model = Only(document, "models");
        Assert.Equal(JsonValueKind.Null, model.GetProperty("ownerId").ValueKind);
        Assert.Equal(JsonValueKind.Null, model.GetProperty("period").ValueKind);
        Assert.Equal("[null]", model.GetProperty("lifecycle").GetRawText());
        Assert.Equal("""[null,{"name":null,"quantity":1,"unitOfMeasure":null,"date":"2023-11-10"}]""", model.GetProperty("outcomes").GetRawText());
        Assert.Equal("""{"id":"p","pledger":null,"target":null,"period":null}""", Only(document, "pledges").GetRawText());
        var entries = document.RootElement.GetProperty("fundEntries").EnumerateArray().Select(e => e.GetRawText()).ToList();
        Assert.Contains("""{"kind":"in-kind-receipt","fundId":null,"date":"2023-11-10","goods":null}""", entries);
        Assert.Contains("""{"kind":"loan-repayment","fundId":"f","date":"2023-11-10","amount":1,"loanId":null}""", entries);
        Assert.Equal("""{"id":"c","recipient":null,"level":"base","date":"2023-11-10"}""", Only(document, "commendations").GetRawText());
    }

    [Fact]
    public void Bad_data_is_written_as_it_is()
    {
        var dataset = new DatasetBuilder()
            .Add(new Unit { Id = "u", Name = " ", Kind = UnitKind.Commune, ParentId = "khong-co", ValidFrom = new(2025, 1, 2), ValidTo = new(2024, 1, 1) })
            .Add(new Contribution("khong-co", new LocalDate(2023, 3, 1), new Dong(-1_000_000)) { Covers = ReportingPeriod.Year(2024) })
            .Add(new Commendation { Id = "c", Recipient = Recipient.Collective("khong-co"), Level = AuthorityLevel.Commune, Date = new LocalDate(-5, 3, 1) })
            .Add(new EmulationModel { Id = "m", Name = "M", OwnerId = "u", Kind = ModelKind.Club, Outcomes = [new OutcomeIndicator("x", -2.50m, "km", Day)] })
            .Add(new PledgePayment("khong-co", Day, new Dong(-5)))
            .Build();

        using var document = Parse(dataset);

        AssertValid(document.RootElement);
        var unit = Only(document, "units");
        Assert.Equal("khong-co", unit.GetProperty("parentId").GetString());
        Assert.Equal("2025-01-02", unit.GetProperty("validFrom").GetString());
        Assert.Equal("2024-01-01", unit.GetProperty("validTo").GetString());
        var entry = Only(document, "fundEntries");
        Assert.Equal(-1_000_000, entry.GetProperty("amount").GetInt64());
        Assert.Equal("2024", entry.GetProperty("covers").GetString());
        Assert.Equal("-0005-03-01", Only(document, "commendations").GetProperty("date").GetString());
        Assert.Equal("-2.50", Only(document, "models").GetProperty("outcomes")[0].GetProperty("quantity").GetRawText());
        Assert.Equal(-5, Only(document, "payments").GetProperty("amount").GetInt64());
    }

    [Fact]
    public void Decimal_quantities_keep_their_exact_value()
    {
        decimal[] quantities = [0.1m, 2_500m, 1.50m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m];
        var dataset = new DatasetBuilder().Add(quantities.Select((q, i) => new InKindReceipt("f", Day.PlusDays(i), new Goods("gạo", q, "kg")))).Build();

        using var document = Parse(dataset);

        Assert.Equal(quantities, document.RootElement.GetProperty("fundEntries").EnumerateArray().Select(e => e.GetProperty("goods").GetProperty("quantity").GetDecimal()));
    }

    // ----- Text -----

    [Fact]
    public void Vietnamese_text_is_readable_UTF8_and_html_characters_stay_escaped()
    {
        // Precomposed and decomposed (combining tone marks) Vietnamese, HTML and spreadsheet-formula text.
        const string precomposed = "Xã Bình Phước – Đảng ủy “Dân vận khéo”";
        var decomposed = "Nguyễn Thị Ánh".Normalize(NormalizationForm.FormD);
        var dataset = new DatasetBuilder()
            .Add(new Unit { Id = "u1", Name = precomposed, Kind = UnitKind.Commune })
            .Add(new Unit { Id = "u2", Name = decomposed, Kind = UnitKind.Commune })
            .Add(new Unit { Id = "u3", Name = "<script>alert('x&y')</script>", Kind = UnitKind.Commune })
            .Add(new Unit { Id = "u4", Name = "=HYPERLINK(\"x\")\n\t\u0001 😀", Kind = UnitKind.Commune })
            .Build();

        var bytes = Write(dataset);
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]); // no byte order mark
        Assert.Contains("Xã Bình Phước", text, StringComparison.Ordinal);
        Assert.Contains("Đảng ủy", text, StringComparison.Ordinal);
        Assert.Contains("Dân vận khéo", text, StringComparison.Ordinal);
        Assert.Contains(decomposed, text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", text, StringComparison.Ordinal);
        Assert.DoesNotContain("'", text, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(bytes);
        Assert.Equal(
            [precomposed, decomposed, "<script>alert('x&y')</script>", "=HYPERLINK(\"x\")\n\t\u0001 😀"],
            document.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("name").GetString()));
    }

    [Fact]
    public void Text_that_is_not_unicode_is_written_as_the_replacement_character_rather_than_thrown()
    {
        var dataset = new DatasetBuilder().Add(new Unit { Id = "u", Name = "a\uD800b", Kind = UnitKind.Commune }).Build();

        using var document = Parse(dataset);

        Assert.Equal("a\uFFFDb", Only(document, "units").GetProperty("name").GetString());
    }

    [Fact]
    public void The_output_does_not_depend_on_the_current_culture()
    {
        var dataset = BinhPhuoc2023.Build();
        var invariant = Write(dataset);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "vi-VN", "ar-SA", "th-TH", "fa-IR" })
            {
                // Falls back to the invariant culture where the host has none (globalization-invariant mode).
                CultureInfo.CurrentCulture = DomainKit.Tests.Periods.DateFormatTests.TryCulture(name);
                Assert.Equal(invariant, Write(dataset));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    // ----- Streaming and cancellation -----

    private static Dataset Large(int entries)
    {
        var builder = new DatasetBuilder();
        builder.Add(Enumerable.Range(0, entries).Select(i => new Contribution(
            "quy-" + (i % 7), Day.PlusDays(-(i % 365)), new Dong(1_000L * i)) { Note = "Đóng góp của đảng viên chi bộ ấp " + i, Contributor = "Nguyễn Văn " + i }));
        return builder.Build();
    }

    [Fact]
    public async Task A_large_dataset_reaches_the_stream_in_asynchronous_chunks_of_about_64_KB()
    {
        await using var stream = new RecordingStream();

        await DatasetJsonWriter.WriteAsync(Large(20_000), stream, CancellationToken.None);

        Assert.Equal(0, stream.SynchronousCalls);
        Assert.True(stream.Writes.Count > 10, $"Only {stream.Writes.Count} writes.");
        Assert.All(stream.Writes, size => Assert.InRange(size, 1, DatasetJsonWriter.FlushThreshold + 1024));
        using var document = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(20_000, document.RootElement.GetProperty("fundEntries").GetArrayLength());
    }

    [Fact]
    public async Task A_cancelled_token_throws_before_anything_is_written()
    {
        using var stream = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatasetJsonWriter.WriteAsync(BinhPhuoc2023.Build(), stream, new CancellationToken(canceled: true)));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public async Task Cancelling_while_writing_throws_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        await using var stream = new RecordingStream { OnWrite = cancellation.Cancel };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatasetJsonWriter.WriteAsync(Large(20_000), stream, cancellation.Token));
        Assert.True(stream.Length < 200_000, $"{stream.Length} bytes were written after cancellation.");
    }

    [Fact]
    public async Task Null_arguments_throw()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => DatasetJsonWriter.WriteAsync(null!, new MemoryStream(), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => DatasetJsonWriter.WriteAsync(Dataset.Empty, null!, CancellationToken.None));
    }

    [Fact]
    public void Writing_the_same_dataset_twice_gives_the_same_bytes()
        => Assert.Equal(Write(BinhPhuoc2023.Build()), Write(BinhPhuoc2023.Build()));

    /// <summary>A stream that records its writes and counts synchronous I/O, which a web response refuses.</summary>
    private sealed class RecordingStream : Stream
    {
        private readonly MemoryStream inner = new();

        public List<int> Writes { get; } = [];

        public int SynchronousCalls { get; private set; }

        public Action? OnWrite { get; init; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => inner.ToArray();

        public override void Write(byte[] buffer, int offset, int count)
        {
            SynchronousCalls++;
            inner.Write(buffer, offset, count);
        }

        public override void Flush() => SynchronousCalls++;

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Writes.Add(buffer.Length);
            inner.Write(buffer.Span);
            OnWrite?.Invoke();
            await Task.Yield();
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken)
            => cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    // ----- Generated datasets -----

    [Property(MaxTest = 300)]
    public Property Generated_datasets_always_parse_and_validate_against_the_schema()
        => Prop.ForAll(DatasetGenerators.Any.Cases.ToArbitrary(), data =>
        {
            var dataset = data.Build();
            using var document = Parse(dataset);
            AssertValid(document.RootElement);
            var root = document.RootElement;
            Assert.Equal(dataset.Units.Length, root.GetProperty("units").GetArrayLength());
            Assert.Equal(dataset.Models.Length, root.GetProperty("models").GetArrayLength());
            Assert.Equal(dataset.Pledges.Length, root.GetProperty("pledges").GetArrayLength());
            Assert.Equal(dataset.Payments.Length, root.GetProperty("payments").GetArrayLength());
            Assert.Equal(dataset.Funds.Length, root.GetProperty("funds").GetArrayLength());
            Assert.Equal(dataset.FundEntries.Count, root.GetProperty("fundEntries").GetArrayLength());
            Assert.Equal(dataset.Commendations.Length, root.GetProperty("commendations").GetArrayLength());
            // Money survives exactly: the fund entries' amounts read back as the dataset's, in its order.
            Assert.Equal(
                dataset.FundEntries.Select(MoneyOf),
                root.GetProperty("fundEntries").EnumerateArray().Select(e => e.TryGetProperty("amount", out var a) || e.TryGetProperty("principal", out a) || e.TryGetProperty("statedBalance", out a) ? a.GetInt64() : (long?)null));
            return true;
        });

    private static long? MoneyOf(FundEntry entry) => entry switch
    {
        OpeningBalance e => e.Amount.Value,
        Contribution e => e.Amount.Value,
        Disbursement e => e.Amount.Value,
        LoanDisbursement e => e.Principal.Value,
        LoanRepayment e => e.Amount.Value,
        BalanceAssertion e => e.StatedBalance.Value,
        _ => null,
    };
}
