using System.Text;
using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Funds;
using DomainKit.Interchange;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Interchange;

public sealed class DatasetJsonReaderTests
{
    private const string Header = """{"format":"domainkit-dataset","version":1""";

    private static readonly LocalDate Day = new(2023, 11, 10);

    private static ImportResult Read(byte[] bytes, ImportOptions? options = null)
        => DatasetJson.ReadAsync(new MemoryStream(bytes), "data.json", options).GetAwaiter().GetResult();

    private static ImportResult Read(string json, ImportOptions? options = null) => Read(Encoding.UTF8.GetBytes(json), options);

    private static ImportProblem OnlyProblem(ImportResult result) => Assert.Single(result.Problems);

    private static Dataset RoundTrip(Dataset dataset)
    {
        var result = Read(DatasetAssert.Write(dataset));
        Assert.Empty(result.Problems);
        return result.Dataset;
    }

    // ----- Round trips -----

    [Fact]
    public void The_Binh_Phuoc_dataset_round_trips_exactly()
    {
        var dataset = BinhPhuoc2023.Build();

        var result = Read(DatasetAssert.Write(dataset));

        Assert.Empty(result.Problems);
        DatasetAssert.Equal(dataset, result.Dataset);
        Assert.Equal(
            dataset.Units.Length + dataset.Models.Length + dataset.Pledges.Length + dataset.Payments.Length + dataset.Funds.Length
            + dataset.FundEntries.Count + dataset.Commendations.Length,
            result.RecordsRead);
        Assert.Equal(0, result.RecordsRejected);
    }

    [Fact]
    public void Every_kind_of_entry_and_target_and_the_apps_own_classifiers_round_trip()
    {
        var agriculture = new ModelField("nong-nghiep", new("Nông nghiệp", "Agriculture"), ModelField.Economy);
        var beneficiaries = new Beneficiaries(12, null) { Kind = BeneficiaryKind.Households, Description = "Hộ nghèo ấp 3" };
        var rice = new Goods("gạo", 2_500.5m, "kg");
        var dataset = new DatasetBuilder()
            .Add(
                new Unit { Id = "u1", Name = "Đặc khu Phú Quốc", Kind = new UnitKind("special-zone", new("Đặc khu", "Special zone")), ParentId = default(UnitId), ValidFrom = Day },
                new Unit { Id = "u2", Name = "Tỉnh", Kind = new UnitKind("province", new("Tỉnh (mới)", "Province (new)")), HeadCounts = [new HeadCount(Day) { Members = 0, Away = 3 }, null!] },
                new Unit { Id = default, Name = null!, Kind = null!, Successors = [default, "u1"] })
            .Add(new EmulationModel
            {
                Id = "m1", Name = "M", OwnerId = "u1", Kind = new ModelKind("contest", new("Hội thi", "Contest")),
                Field = new ModelField("lua", new("Lúa", "Rice"), agriculture), Movement = new Movement("m-1", default),
                Period = default(ReportingPeriod), Lifecycle = [new LifecycleEvent(LifecycleStage.Pilot, Day) { Note = "x" }, null!],
                Outcomes = [new OutcomeIndicator("Nhà", null, "căn", Day) { MoneyValue = new Dong(-5) }, null!], OriginId = default(ModelId),
            })
            .Add(
                new Pledge { Id = "p1", Pledger = Pledger.Individual("u1", "dv-1"), Target = PledgeTarget.ForModel(default), Period = ReportingPeriod.Year(2023) },
                new Pledge { Id = "p2", Pledger = null!, Target = PledgeTarget.ForCriteria(null!), Period = default },
                new Pledge { Id = "p3", Pledger = Pledger.Collective("u1"), Target = PledgeTarget.ForBeneficiary("Hộ bà C"), Period = ReportingPeriod.Term(2021, 2025), Evaluation = new PledgeEvaluation(Day, null) },
                new Pledge
                {
                    Id = "p4", Pledger = Pledger.Collective("u2"), Target = PledgeTarget.ForHouseholds(null, 0), Period = ReportingPeriod.Quarter(2023, 4),
                    Schedule = new MoneySchedule(new Dong(300_000), ScheduleFrequency.Monthly, Day) { MaximumAmount = new Dong(500_000) },
                },
                new Pledge { Id = "p5", Pledger = Pledger.Collective("u2"), Target = null!, Period = ReportingPeriod.Month(2023, 1) })
            .Add(new PledgePayment("p1", Day, Dong.MinValue) { Reference = "" })
            .Add(new Fund { Id = "f", Name = "Quỹ", OwnerId = "u1", ModelId = default(ModelId) })
            .Add(
                new OpeningBalance("f", new(2023, 1, 1), Dong.MaxValue) { Covers = default(ReportingPeriod) },
                new Contribution("f", new(2023, 1, 2), new Dong(1)) { Contributor = "A", Covers = ReportingPeriod.YearToDate(Day) },
                new Disbursement("f", new(2023, 1, 3), new Dong(2)) { Purpose = new DisbursementPurpose("flood", new("Lũ", "Flood")), Beneficiaries = beneficiaries },
                new LoanDisbursement("f", new(2023, 1, 4), new Dong(3), null!) { TermMonths = 36, Purpose = DisbursementPurpose.TetGifts },
                new LoanRepayment("f", new(2023, 1, 5), new Dong(4), ""),
                new InKindReceipt("f", new(2023, 1, 6), null!) { Valuation = new Valuation(new Dong(5), new LocalDate(-5, 3, 1)) },
                new InKindDistribution("f", new(2023, 1, 7), rice) { Beneficiaries = new Beneficiaries(null, null) },
                new BalanceAssertion(default, new(2023, 1, 8), new Dong(6), BalanceTime.StartOfDay) { Reference = "r", Note = "n" })
            .Add(
                new Commendation
                {
                    Id = "c1", Recipient = Recipient.Household("u1", "Hộ ông A"), Title = new EmulationTitle("thon-van-hoa", new("Thôn văn hóa", "Cultured village"), RecipientKind.Collective),
                    Form = new AwardForm("ky-niem-chuong", new("Kỷ niệm chương", "Medal")), Level = AuthorityLevel.Central, Date = Day, AwardedById = default(UnitId),
                    Movement = Movement.DanVanKheo, Period = ReportingPeriod.Range(new(2023, 1, 5), new(2023, 3, 10)),
                },
                new Commendation { Id = "c2", Recipient = null!, Title = EmulationTitle.CulturedFamily, Form = AwardForm.Medal, Level = AuthorityLevel.Base, Date = Day })
            .Build();

        DatasetAssert.Equal(dataset, RoundTrip(dataset));
    }

    [Fact]
    public void A_classifier_code_the_reader_does_not_know_is_read_as_a_classifier_named_by_its_code()
    {
        var result = Read(Header + ""","units":[{"id":"u","name":"U","kind":"special-zone","successors":[],"headCounts":[]}]}""");

        Assert.Empty(result.Problems);
        var kind = Assert.Single(result.Dataset.Units).Kind;
        Assert.Equal("special-zone", kind.Code);
        Assert.Equal(new LocalizedText("special-zone", "special-zone"), kind.Name);
        Assert.Same(UnitKind.Commune, Read(Header + ""","units":[{"id":"u","name":"U","kind":"commune","successors":[],"headCounts":[]}]}""").Dataset.Units[0].Kind);
    }

    [Fact]
    public void Sections_and_properties_are_read_in_any_order()
    {
        var result = Read(
            """{"version":1,"format":"domainkit-dataset","fundEntries":[{"amount":5,"date":"2023-11-10","fundId":"f","kind":"contribution"}]""" +
            ""","units":[{"headCounts":[],"successors":[],"kind":"commune","name":"U","id":"u"}],"fundEntries":[{"kind":"opening-balance","fundId":"f","date":"2023-01-01","amount":1}]}""");

        Assert.Empty(result.Problems);
        Assert.Equal("u", Assert.Single(result.Dataset.Units).Id.Value);
        Assert.Equal(2, result.Dataset.FundEntries.Count);
    }

    [Fact]
    public async Task A_stream_that_gives_a_few_bytes_at_a_time_reads_the_same_dataset()
    {
        var dataset = BinhPhuoc2023.Build();
        var bytes = DatasetAssert.Write(dataset);

        foreach (var most in new[] { 1, 2, 3, 7, 100, 4_099 })
        {
            var result = await DatasetJson.ReadAsync(new TrickleStream(bytes, most), "trickle.json");
            Assert.Empty(result.Problems);
            DatasetAssert.Equal(dataset, result.Dataset);
        }
    }

    [Fact]
    public async Task A_dataset_of_many_windows_is_read_record_by_record_with_progress()
    {
        var builder = new DatasetBuilder();
        builder.Add(Enumerable.Range(0, 150_000).Select(i => new Contribution(
            "quy-" + (i % 7), Day.PlusDays(-(i % 365)), new Dong(1_000L * i)) { Note = "Đóng góp của đảng viên chi bộ ấp " + i }));
        var dataset = builder.Build();
        var bytes = DatasetAssert.Write(dataset);
        var reports = new List<ImportProgress>();

        var result = await DatasetJson.ReadAsync(new MemoryStream(bytes), "large.json", new ImportOptions { Progress = new SynchronousProgress(reports.Add) });

        Assert.Empty(result.Problems);
        Assert.Equal(150_000, result.RecordsRead);
        DatasetAssert.Equal(dataset, result.Dataset);
        Assert.Equal([65_536, 131_072, 150_000], reports.Select(r => r.Records));
        Assert.All(reports, r => Assert.Equal(bytes.Length, r.TotalBytes));
        Assert.Equal(bytes.Length, reports[^1].Bytes);
    }

    // ----- Hostile input -----

    [Fact]
    public void Malformed_UTF8_is_DK901_where_it_is_and_what_came_before_is_kept()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + ""","units":[{"id":"u1","name":"A","kind":"commune","successors":[],"headCounts":[]},{"id":"u2","name":"B?C","kind":"commune","successors":[],"headCounts":[]}]}""");
        var at = Array.IndexOf(bytes, (byte)'?');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28; // a lead byte followed by no continuation byte

        var result = Read(bytes);

        var problem = OnlyProblem(result);
        Assert.Equal("DK901", problem.Code);
        Assert.Equal(1, problem.Line);
        Assert.Equal(at - 1, problem.Column); // the string's opening quote (two bytes before the bad one), counted from 1
        Assert.Contains("UTF-8", problem.Message.English, StringComparison.Ordinal);
        Assert.Equal("u1", Assert.Single(result.Dataset.Units).Id.Value);
    }

    [Fact]
    public void Malformed_UTF8_outside_a_string_is_DK901()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + ",\"units\":[?]}");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        Assert.Equal("DK901", OnlyProblem(Read(bytes)).Code);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_so_is_its_absence()
    {
        var dataset = BinhPhuoc2023.Build();
        var bytes = DatasetAssert.Write(dataset);

        var withMark = Read([0xEF, 0xBB, 0xBF, .. bytes]);
        var without = Read(bytes);

        Assert.Empty(withMark.Problems);
        Assert.Empty(without.Problems);
        DatasetAssert.Equal(dataset, withMark.Dataset);
        DatasetAssert.Equal(dataset, without.Dataset);
    }

    [Fact]
    public void A_column_on_the_first_line_of_a_file_with_a_byte_order_mark_does_not_count_the_mark()
    {
        var result = Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"format\":\"other\",\"version\":1}")]);

        var problem = OnlyProblem(result);
        Assert.Equal("DK902", problem.Code);
        Assert.Equal((1, 11), (problem.Line, problem.Column));
    }

    [Fact]
    public async Task A_string_of_100_MB_is_DK901_without_reading_or_holding_it_all()
    {
        const long size = 100L * 1024 * 1024;
        var stream = new RepeatingStream(
            Header + ""","units":[{"id":"u1","name":"A","kind":"commune","successors":[],"headCounts":[]},{"id":"u2","name":" """.TrimEnd(),
            (byte)'a', size, "\",\"kind\":\"commune\",\"successors\":[],\"headCounts\":[]}]}");

        var result = await DatasetJson.ReadAsync(stream, "huge.json");

        var problem = OnlyProblem(result);
        Assert.Equal("DK901", problem.Code);
        Assert.Contains("1,048,576 characters", problem.Message.English, StringComparison.Ordinal);
        Assert.Contains("1.048.576 ký tự", problem.Message.Vietnamese, StringComparison.Ordinal);
        Assert.True(stream.Served < 16 * 1024 * 1024, $"{stream.Served} bytes were read.");
        Assert.Equal("u1", Assert.Single(result.Dataset.Units).Id.Value);
    }

    [Fact]
    public void A_string_longer_than_the_limit_that_fits_the_window_is_DK901_too()
    {
        var result = Read(Header + ",\"units\":[{\"id\":\"u\",\"name\":\"" + new string('a', 5_000) + "\"}]}", new ImportOptions { MaxFieldLength = 1_024 });

        var problem = OnlyProblem(result);
        Assert.Equal("DK901", problem.Code);
        Assert.Contains("1,024 characters", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_that_overflows_64_bits_is_DK904_with_the_value_and_the_record_is_left_out()
    {
        var result = Read(Header + ""","fundEntries":[{"kind":"contribution","fundId":"f","date":"2023-11-10","amount":9223372036854775808},{"kind":"contribution","fundId":"f","date":"2023-11-10","amount":9223372036854775807}]}""");

        var problem = OnlyProblem(result);
        Assert.Equal("DK904", problem.Code);
        Assert.Equal("9223372036854775808", problem.Value);
        Assert.Equal("fundEntries[0].amount", problem.Field);
        Assert.True(problem.Rejected);
        Assert.Contains("a whole number of đồng", problem.Message.English, StringComparison.Ordinal);
        Assert.Equal(Dong.MaxValue, ((Contribution)Assert.Single(result.Dataset.FundEntries)).Amount);
        Assert.Equal((2, 1), (result.RecordsRead, result.RecordsRejected));
    }

    [Fact]
    public void A_fractional_or_quoted_amount_is_DK904()
    {
        var result = Read(Header + ""","payments":[{"pledgeId":"p","date":"2023-11-10","amount":12.5},{"pledgeId":"p","date":"2023-11-10","amount":"12,5tr"}]}""");

        Assert.Equal(["12.5", "12,5tr"], result.Problems.Select(p => p.Value));
        Assert.All(result.Problems, p => Assert.Equal("DK904", p.Code));
        Assert.Empty(result.Dataset.Payments);
    }

    [Fact]
    public void A_quantity_a_decimal_cannot_hold_exactly_is_DK904_not_rounded_and_exponents_that_it_holds_are_read()
    {
        static string Goods(string quantity)
            => $$$"""{"kind":"in-kind-receipt","fundId":"f","date":"2023-11-10","goods":{"name":"gạo","quantity":{{{quantity}}},"unitOfMeasure":"kg"}}""";
        var result = Read(Header + ",\"fundEntries\":[" + string.Join(",", Goods("1e-30"), Goods("0.12345678901234567890123456789012"), Goods("2.5e3"), Goods("1.250"), Goods("0.0000000000000000000000000001")) + "]}");

        Assert.Equal([("DK904", "fundEntries[0].goods.quantity", "1e-30"), ("DK904", "fundEntries[1].goods.quantity", "0.12345678901234567890123456789012")],
            result.Problems.Select(p => (p.Code, p.Field!, p.Value!)));
        Assert.Equal(["2500", "1.250", "0.0000000000000000000000000001"],
            result.Dataset.FundEntries.Select(e => ((InKindReceipt)e).Goods.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_31st_of_February_is_DK904()
    {
        var result = Read(Header + ""","payments":[{"pledgeId":"p","date":"2023-02-31","amount":1}]}""");

        var problem = OnlyProblem(result);
        Assert.Equal("DK904", problem.Code);
        Assert.Equal("2023-02-31", problem.Value);
        Assert.Equal("payments[0].date", problem.Field);
        Assert.Contains("a date (yyyy-MM-dd)", problem.Message.English, StringComparison.Ordinal);
        Assert.Empty(result.Dataset.Payments);
    }

    [Fact]
    public void Unknown_codes_and_bad_periods_say_what_was_expected()
    {
        var result = Read(Header + ""","commendations":[{"id":"c","recipient":{"kind":"collective","unitId":"u"},"level":"national","date":"2023-11-10","period":"2023Q5"}]}""");

        Assert.Equal(["national", "2023Q5"], result.Problems.Select(p => p.Value));
        Assert.Contains("one of: central, province, district, commune, base", result.Problems[0].Message.English, StringComparison.Ordinal);
        Assert.Contains("a period id such as 2023Q4", result.Problems[1].Message.English, StringComparison.Ordinal);
        Assert.Equal(1, result.RecordsRejected);
    }

    [Fact]
    public void A_bad_period_says_why_it_is_no_period_id()
    {
        var result = Read(Header + ""","commendations":[{"id":"c","recipient":{"kind":"collective","unitId":"u"},"level":"base","date":"2023-11-10","period":"2025/2021"}]}""");

        var problem = OnlyProblem(result);
        Assert.Equal(("DK904", "2025/2021"), (problem.Code, problem.Value));
        Assert.Contains("a period id such as 2023Q4, because it ends before it starts", problem.Message.English, StringComparison.Ordinal);
        Assert.Contains("vì kết thúc trước khi bắt đầu", problem.Message.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_10000_deep_is_DK901()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var result = Read(Header + ",\"units\":[{\"id\":\"u\",\"name\":" + deep + "}]}");

        var problem = OnlyProblem(result);
        Assert.Equal("DK901", problem.Code);
        Assert.Contains("deeper than 64 levels", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deep_in_an_ignored_property_is_DK901_too()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);

        var result = Read(Header + ",\"extra\":" + deep + "}");

        Assert.Equal(["DK905", "DK901"], result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void Duplicate_ids_load_and_validation_reports_them()
    {
        var unit = """{"id":"u","name":"U","kind":"commune","successors":[],"headCounts":[]}""";

        var result = Read(Header + ",\"units\":[" + unit + "," + unit + "]}");

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Dataset.Units.Length);
        Assert.NotEmpty(DatasetValidator.CreateDefault().Validate(result.Dataset).WithCode("DK102"));
    }

    [Fact]
    public void A_fund_of_a_unit_that_does_not_exist_loads_and_validation_reports_it()
    {
        var result = Read(Header + ""","funds":[{"id":"f","name":"Quỹ","ownerId":"khong-co"}]}""");

        Assert.Empty(result.Problems);
        Assert.Equal("khong-co", Assert.Single(result.Dataset.Funds).OwnerId.Value);
        Assert.Contains(DatasetValidator.CreateDefault().Validate(result.Dataset).WithCode("DK103"), f => f.Field == "OwnerId" || f.Message.English.Contains("khong-co", StringComparison.Ordinal));
    }

    [Fact]
    public void A_truncated_file_is_DK901_and_keeps_the_records_read_before_the_cut()
    {
        var dataset = BinhPhuoc2023.Build();
        var bytes = DatasetAssert.Write(dataset);

        foreach (var cut in new[] { 1, 10, bytes.Length / 3, bytes.Length / 2, bytes.Length - 2, bytes.Length - 1 })
        {
            var result = Read(bytes[..cut]);
            var problem = Assert.Single(result.Problems, p => p.Severity == Severity.Error);
            Assert.Equal("DK901", problem.Code);
            Assert.Contains("ends before the dataset does", problem.Message.English, StringComparison.Ordinal);
        }
        var half = Read(bytes[..(bytes.Length / 2)]);
        Assert.Equal(dataset.Units.Length, half.Dataset.Units.Length);
        Assert.True(half.RecordsRead > dataset.Units.Length);
    }

    [Fact]
    public void Broken_syntax_is_DK901_at_the_line_and_column_where_it_breaks()
    {
        var result = Read(Header + ",\n\"units\":[\n  {\"id\":\"u\",\"name\":\"Ấp\", oops}\n]}");

        var problem = OnlyProblem(result);
        Assert.Equal("DK901", problem.Code);
        Assert.Equal((3, 26), (problem.Line, problem.Column)); // the "o" of oops, after the two-byte "Ấ" counted as one character
        Assert.Contains("syntax", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_not_JSON()
    {
        Assert.Equal("DK901", OnlyProblem(Read(Header + ",\"units\":[] // none\n}")).Code);
        Assert.Equal("DK901", OnlyProblem(Read(Header + ",\"units\":[],}")).Code);
    }

    [Fact]
    public void Another_format_is_DK902()
    {
        var problem = OnlyProblem(Read("""{"format":"other-dataset","version":1,"units":[]}"""));

        Assert.Equal("DK902", problem.Code);
        Assert.Equal("other-dataset", problem.Value);
        Assert.Equal("The input is not a domainkit-dataset dataset this reader supports: its format is \"other-dataset\".", problem.Message.English);
    }

    [Fact]
    public void Version_2_is_DK902()
    {
        var problem = OnlyProblem(Read("""{"format":"domainkit-dataset","version":2,"units":[]}"""));

        Assert.Equal("DK902", problem.Code);
        Assert.Equal("The input is not a domainkit-dataset dataset this reader supports: version 2 is newer than 1.", problem.Message.English);
        Assert.Equal("Tệp không phải dữ liệu định dạng domainkit-dataset mà bộ đọc hỗ trợ: phiên bản 2 mới hơn 1.", problem.Message.Vietnamese);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("""{"format":"domainkit-dataset"}""")]
    [InlineData("""{"version":1,"units":[]}""")]
    [InlineData("""{"format":"domainkit-dataset","version":"1"}""")]
    [InlineData("""{"format":"domainkit-dataset","version":1.5}""")]
    [InlineData("""{"format":"domainkit-dataset","version":1,"units":{}}""")]
    public void Input_that_is_not_a_dataset_of_this_format_is_DK902(string json)
    {
        var result = Read(json);

        Assert.Equal("DK902", OnlyProblem(result).Code);
        Assert.Empty(result.Dataset.Units);
    }

    [Fact]
    public void An_empty_file_is_DK902_of_the_whole_file()
    {
        var problem = OnlyProblem(Read(string.Empty));

        Assert.Equal((0, 0), (problem.Line, problem.Column));
        Assert.Contains("empty", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_property_is_DK905_and_the_record_is_kept()
    {
        var result = Read(Header + ""","generator":{"name":"x","v":[1,2]},"funds":[{"id":"f","name":"Quỹ","ownerId":"u","remarks":[1,{"a":2}]}]}""");

        Assert.Equal(["DK905", "DK905"], result.Problems.Select(p => p.Code));
        Assert.All(result.Problems, p => Assert.Equal(Severity.Warning, p.Severity));
        Assert.Equal(["generator", "funds[0].remarks"], result.Problems.Select(p => p.Field));
        Assert.Equal("The field remarks is not part of the format and is ignored.", result.Problems[1].Message.English);
        Assert.False(result.HasErrors);
        Assert.Equal("f", Assert.Single(result.Dataset.Funds).Id.Value);
    }

    [Fact]
    public void A_property_of_another_kind_of_entry_is_DK905_and_ignored()
    {
        var result = Read(Header + ""","fundEntries":[{"kind":"contribution","fundId":"f","date":"2023-11-10","amount":5,"principal":7}]}""");

        Assert.Equal("fundEntries[0].principal", OnlyProblem(result).Field);
        Assert.Equal(new Dong(5), ((Contribution)Assert.Single(result.Dataset.FundEntries)).Amount);
    }

    [Fact]
    public void A_missing_required_field_is_DK903_and_the_record_is_left_out()
    {
        var result = Read(Header + ""","fundEntries":[{"kind":"loan-repayment","fundId":"f","date":"2023-11-10","amount":5}]}""");

        var problem = OnlyProblem(result);
        Assert.Equal("DK903", problem.Code);
        Assert.Equal("fundEntries[0].loanId", problem.Field);
        Assert.True(problem.Rejected);
        Assert.Equal("The fund entry record lacks the required field loanId; the record is left out.", problem.Message.English);
        Assert.Equal("Bản ghi khoản thu chi thiếu trường bắt buộc loanId; bản ghi bị loại.", problem.Message.Vietnamese);
        Assert.Empty(result.Dataset.FundEntries);
    }

    [Fact]
    public void A_repeated_property_or_an_item_that_is_not_an_object_rejects_the_record()
    {
        var result = Read(Header + ""","funds":[{"id":"f","id":"g","name":"Q","ownerId":"u"},null,7,[1]]}""");

        Assert.All(result.Problems, p => Assert.Equal("DK904", p.Code));
        Assert.Equal(["funds[0].id", "funds[1]", "funds[2]", "funds[3]"], result.Problems.Select(p => p.Field));
        Assert.Equal((4, 4), (result.RecordsRead, result.RecordsRejected));
        Assert.Empty(result.Dataset.Funds);
    }

    [Fact]
    public void All_or_nothing_empties_the_dataset_and_still_reports_every_problem()
    {
        var json = Header + ""","units":[{"id":"u","name":"U","kind":"commune","successors":[],"headCounts":[]}],"payments":[{"pledgeId":"p","date":"2023-02-31","amount":1},{"pledgeId":"p","date":"x","amount":1}]}""";

        var some = Read(json);
        var none = Read(json, new ImportOptions { AllOrNothing = true });

        Assert.Single(some.Dataset.Units);
        Assert.Empty(none.Dataset.Units);
        Assert.Empty(none.Dataset.Payments);
        Assert.Equal(some.Problems.AsEnumerable(), none.Problems.AsEnumerable());
        Assert.Equal(2, none.Problems.Length);
        Assert.Single(Read(json.Replace("2023-02-31", "2023-02-28", StringComparison.Ordinal).Replace("\"x\"", "\"2023-03-01\"", StringComparison.Ordinal), new ImportOptions { AllOrNothing = true }).Dataset.Units);
    }

    [Fact]
    public void Too_many_problems_stop_the_reading_with_one_DK909()
    {
        var bad = string.Join(",", Enumerable.Repeat("""{"pledgeId":"p","date":"bad","amount":1}""", 50));

        var result = Read(Header + ",\"payments\":[" + bad + "]}", new ImportOptions { MaxProblems = 10 });

        Assert.Equal(11, result.Problems.Length);
        Assert.All(result.Problems.Take(10), p => Assert.Equal("DK904", p.Code));
        Assert.Equal("DK909", result.Problems[^1].Code);
        Assert.Equal("Reading stopped after 10 problems; the rest of the input was not read.", result.Problems[^1].Message.English);
        Assert.True(result.RecordsRead < 50);
    }

    [Fact]
    public void Line_and_column_point_at_the_bad_value()
    {
        const string json = """
            {
              "format": "domainkit-dataset",
              "version": 1,
              "units": [
                {"id": "ấp-3", "name": "Ấp Thống Nhất", "kind": "village", "successors": [], "headCounts": [{"asOf": "2023-13-01"}]}
              ],
              "fundEntries": [
                {"kind": "contribution", "fundId": "quỹ", "date": "2023-11-10",
                 "amount": "một triệu"}
              ]
            }
            """;

        var result = Read(json);

        Assert.Equal(2, result.Problems.Length);
        var date = result.Problems[0];
        Assert.Equal(("units[0].headCounts[0].asOf", 5L, 106L), (date.Field, date.Line, date.Column));
        Assert.Equal("2023-13-01", date.Value);
        var amount = result.Problems[1];
        Assert.Equal(("fundEntries[0].amount", 9L, 16L), (amount.Field, amount.Line, amount.Column));
        Assert.Equal("data.json:9:16 DK904 error fundEntries[0].amount \"một triệu\": The field amount of the fund entry record cannot be read as a whole number of đồng; the record is left out.", amount.ToString());
    }

    [Fact]
    public void Problems_are_written_in_both_languages()
    {
        var result = Read(Header + ""","units":[{"id":"u","name":"U","kind":"commune","successors":[],"headCounts":[{"asOf":"2023-13-01"}],"ghiChu":1}]}""");

        Assert.Equal(
            "Trường headCounts[0].asOf của bản ghi đơn vị không đọc được thành một ngày (yyyy-MM-dd); bản ghi bị loại.",
            result.Problems[0].Message.Vietnamese);
        Assert.Equal(
            "The field headCounts[0].asOf of the unit record cannot be read as a date (yyyy-MM-dd); the record is left out.",
            result.Problems[0].Message.English);
        Assert.Equal("Trường ghiChu không thuộc định dạng và được bỏ qua.", result.Problems[1].Message.Vietnamese);
        Assert.StartsWith("1 bản ghi đã đọc, 1 bị loại: 1 lỗi, 1 cảnh báo", result.ToString(TextCulture.Vietnamese), StringComparison.Ordinal);
    }

    // ----- Arguments and cancellation -----

    [Fact]
    public async Task Null_arguments_throw()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => DatasetJson.ReadAsync(null!, "x.json"));
        await Assert.ThrowsAsync<ArgumentNullException>(() => DatasetJson.ReadAsync(new MemoryStream(), null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => DatasetJson.ReadFileAsync(null!));
    }

    [Fact]
    public async Task A_cancelled_token_throws_OperationCanceledException()
    {
        var bytes = DatasetAssert.Write(BinhPhuoc2023.Build());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DatasetJson.ReadAsync(new MemoryStream(bytes), "x.json", null, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Cancelling_while_reading_throws_OperationCanceledException()
    {
        var bytes = DatasetAssert.Write(BinhPhuoc2023.Build());
        using var cancellation = new CancellationTokenSource();
        var stream = new TrickleStream(bytes, 512);

        var reading = DatasetJson.ReadAsync(new CancelAfterReads(stream, 3, cancellation), "x.json", null, cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => reading);
    }

    [Fact]
    public async Task A_file_is_read_by_path_and_a_missing_one_throws()
    {
        var path = Path.Combine(Path.GetTempPath(), "domainkit-reader-" + Guid.NewGuid().ToString("N") + ".json");
        var dataset = BinhPhuoc2023.Build();
        await File.WriteAllBytesAsync(path, DatasetAssert.Write(dataset));
        try
        {
            var result = await DatasetJson.ReadFileAsync(path);
            Assert.Empty(result.Problems);
            DatasetAssert.Equal(dataset, result.Dataset);
        }
        finally
        {
            File.Delete(path);
        }
        await Assert.ThrowsAnyAsync<IOException>(() => DatasetJson.ReadFileAsync(path));
    }

    /// <summary>Reports progress on the caller's thread, so that a test sees every report before the read returns.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    /// <summary>Cancels its token source after a number of reads.</summary>
    private sealed class CancelAfterReads(Stream inner, int reads, CancellationTokenSource source) : Stream
    {
        private int count;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (++count > reads)
            {
                await source.CancelAsync();
            }
            return await inner.ReadAsync(buffer, cancellationToken);
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
