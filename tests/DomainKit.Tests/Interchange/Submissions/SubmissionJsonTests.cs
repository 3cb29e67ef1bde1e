using System.Text;
using System.Text.Json;
using DomainKit.Interchange;
using DomainKit.Interchange.Submissions;
using DomainKit.Submissions;
using DomainKit.Tests.Export;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Interchange.Submissions;

public sealed class SubmissionJsonTests
{
    private static async Task<byte[]> Write(SubmissionSet set)
    {
        using var stream = new MemoryStream();
        await SubmissionJson.WriteAsync(set, stream);
        return stream.ToArray();
    }

    private static Task<SubmissionImportResult> Read(string json, ImportOptions? options = null)
        => SubmissionJson.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "reports.json", options);

    private static Task<SubmissionImportResult> Read(byte[] json) => SubmissionJson.ReadAsync(new MemoryStream(json), "reports.json");

    private static string Describe(SubmittedFigure f)
        => $"{f} {f.Value.Kind} {f.Value.Count?.Resolution}{f.Value.Money?.Resolution}{f.Value.Quantity?.Resolution}{f.Value.Rate?.Decimals} {f.Value.Count?.Qualifier}{f.Value.Money?.Qualifier}{f.Value.Quantity?.Qualifier}{f.Value.Rate?.Qualifier} '{f.Quote}'";

    internal static void AssertSameSet(SubmissionSet expected, SubmissionSet actual, bool definitions = true)
    {
        Assert.Equal(expected.Submissions.Count, actual.Submissions.Count);
        foreach (var (e, a) in expected.Submissions.Zip(actual.Submissions))
        {
            Assert.Equal(e.Key, a.Key);
            Assert.Equal(e.Version, a.Version);
            Assert.Equal(e.FiledOn, a.FiledOn);
            Assert.Equal(e.Document, a.Document);
            Assert.Equal(e.Figures.Select(Describe), a.Figures.Select(Describe));
            Assert.True(e.Figures.SequenceEqual(a.Figures));
            Assert.All(e.Figures.Zip(a.Figures), p => Assert.True(p.First.Keys.SequenceEqual(p.Second.Keys)));
        }
        if (!definitions)
        {
            return;
        }
        Assert.True(expected.Indicators.SequenceEqual(actual.Indicators));
        foreach (var (e, a) in expected.Indicators.Zip(actual.Indicators))
        {
            Assert.Equal((e.Name, e.Kind, e.Unit, e.OverTime, e.OverUnits, e.Numerator, e.Denominator, e.MeasureCode), (a.Name, a.Kind, a.Unit, a.OverTime, a.OverUnits, a.Numerator, a.Denominator, a.MeasureCode));
            Assert.True(e.Disaggregations.SequenceEqual(a.Disaggregations));
        }
        Assert.True(expected.Forms.SequenceEqual(actual.Forms));
        foreach (var (e, a) in expected.Forms.Zip(actual.Forms))
        {
            Assert.Equal((e.Name, e.PeriodKind, e.DueAfter), (a.Name, a.PeriodKind, a.DueAfter));
            Assert.True(e.Items.SequenceEqual(a.Items));
            Assert.True(e.Submitters.SequenceEqual(a.Submitters));
        }
        Assert.Equal(expected.Approvals.Length, actual.Approvals.Length);
        foreach (var (e, a) in expected.Approvals.Zip(actual.Approvals))
        {
            Assert.Equal(e.Key, a.Key);
            Assert.True(e.Steps.SequenceEqual(a.Steps));
            Assert.Equal((e.State, e.CurrentVersion, e.FirstSubmittedAt), (a.State, a.CurrentVersion, a.FirstSubmittedAt));
        }
    }

    [Fact]
    public async Task A_set_of_submissions_reads_back_with_every_figure_definition_and_approval_step()
    {
        var set = SubmissionSamples.Sample();

        var result = await Read(await Write(set));

        Assert.Empty(result.Problems);
        AssertSameSet(set, result.Set);
        // 3 indicators, 1 form, 3 submissions, 9 figures, 1 history of 4 steps.
        Assert.Equal(3 + 1 + 3 + 9 + 1 + 4, result.RecordsRead);
        Assert.Equal(0, result.RecordsRejected);
        Assert.Equal("trên 730 triệu đồng", result.Set.Submissions[0].Figures[1].Value.ToString(DomainKit.Text.TextCulture.Vietnamese));
    }

    [Property(MaxTest = 150)]
    public Property Generated_sets_write_and_read_back_equal()
        => Prop.ForAll(SubmissionSamples.Sets(), set =>
        {
            var bytes = Write(set).GetAwaiter().GetResult();
            var result = Read(bytes).GetAwaiter().GetResult();
            Assert.Empty(result.Problems);
            AssertSameSet(set, result.Set);
            Assert.Equal(bytes, Write(result.Set).GetAwaiter().GetResult());
        });

    [Fact]
    public async Task What_the_writer_writes_follows_the_json_schema()
    {
        var schema = JsonSchemaValidator.FromFile(Path.Combine(QuickStartTests.RepositoryRoot(), "docs", "schemas", "submissions.v1.schema.json"));
        using var sample = JsonDocument.Parse(await Write(SubmissionSamples.Sample()));
        using var empty = JsonDocument.Parse(await Write(SubmissionSet.Empty));

        Assert.Empty(schema.Validate(sample.RootElement));
        Assert.Empty(schema.Validate(empty.RootElement));
    }

    [Property(MaxTest = 40)]
    public Property Generated_sets_follow_the_json_schema()
    {
        var schema = JsonSchemaValidator.FromFile(Path.Combine(QuickStartTests.RepositoryRoot(), "docs", "schemas", "submissions.v1.schema.json"));
        return Prop.ForAll(SubmissionSamples.Sets(), set =>
        {
            using var json = JsonDocument.Parse(Write(set).GetAwaiter().GetResult());
            Assert.Empty(schema.Validate(json.RootElement));
        });
    }

    private const string Head = "{\"format\":\"domainkit-submissions\",\"version\":1,";

    private static string Figure(string value) => $"{{\"indicator\":\"money-raised\",\"keys\":[],\"value\":{value}}}";

    private static string Submission(string unit, int version, params string[] figures)
        => $"{{\"unit\":\"{unit}\",\"form\":\"dvk-half-year\",\"period\":\"2023H1\",\"version\":{version},\"figures\":[{string.Join(',', figures)}]}}";

    [Fact]
    public async Task A_figure_whose_parts_make_no_value_is_rejected_alone_with_why()
    {
        var json = Head + "\"submissions\":[" + Submission("xa-a", 1,
            Figure("{\"kind\":\"money\",\"value\":730000000,\"resolution\":1000000,\"qualifier\":\"over\"}"),
            Figure("{\"kind\":\"money\",\"value\":730000001,\"resolution\":1000000}")) + "]}";

        var result = await Read(json);

        var problem = Assert.Single(result.Problems, p => p.Code == "DK915");
        Assert.True(problem.Rejected);
        Assert.Equal("submissions[0].figures[1].value", problem.Field);
        Assert.Equal(1, problem.Line);
        Assert.Contains("multiple", problem.Message.English, StringComparison.Ordinal);
        var kept = Assert.Single(result.Set.Submissions);
        Assert.Single(kept.Figures);
        Assert.Equal(3, result.RecordsRead);
        Assert.Equal(1, result.RecordsRejected);
    }

    [Fact]
    public async Task A_good_figure_raises_no_unreadable_figure_problem()
    {
        var result = await Read(Head + "\"submissions\":[" + Submission("xa-a", 1, Figure("{\"kind\":\"money\",\"value\":2500000000,\"resolution\":100000000,\"qualifier\":\"about\"}")) + "]}");

        Assert.Empty(result.Problems);
        Assert.Equal("khoảng 2,5 tỷ đồng", result.Set.Submissions[0].Figures[0].Value.ToString(DomainKit.Text.TextCulture.Vietnamese));
    }

    [Fact]
    public async Task A_second_submission_of_the_same_slot_and_version_is_rejected_and_another_version_is_kept()
    {
        var json = Head + "\"submissions\":[\n" + Submission("xa-a", 1) + ",\n" + Submission("xa-a", 2) + ",\n" + Submission("xa-a", 1) + "]}";

        var result = await Read(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("DK917", 4L, true), (problem.Code, problem.Line, problem.Rejected));
        Assert.Contains("line 2", problem.Message.English, StringComparison.Ordinal);
        Assert.Equal([1, 2], result.Set.Submissions.Select(s => s.Version));
        Assert.Equal(3, result.RecordsRead);
        Assert.Equal(1, result.RecordsRejected);
    }

    [Fact]
    public async Task A_second_app_indicator_or_form_of_one_code_is_rejected_where_a_set_would_throw()
    {
        var indicator = "{\"code\":\"lamps\",\"name\":{\"vi\":\"Đèn\",\"en\":\"Lamps\"},\"kind\":\"count\",\"overTime\":\"sum\",\"overUnits\":\"sum\",\"disaggregations\":[]}";
        var form = "{\"code\":\"f\",\"name\":{\"vi\":\"B\",\"en\":\"F\"},\"periodKind\":\"year\",\"items\":[{\"indicator\":\"lamps\",\"disaggregations\":[]}],\"submitters\":[]}";

        var twice = await Read(Head + $"\"indicators\":[{indicator},{indicator.Replace("\"lamps\"", "\"LAMPS\"")}],\"forms\":[{form},{form}]}}");
        var once = await Read(Head + $"\"indicators\":[{indicator}],\"forms\":[{form}]}}");

        Assert.Equal(["DK918", "DK918"], twice.Problems.Select(p => p.Code));
        Assert.Single(twice.Set.Indicators);
        Assert.Single(twice.Set.Forms);
        Assert.Equal(2, twice.RecordsRejected);
        Assert.Empty(once.Problems);
        Assert.Equal(IndicatorKindCount, once.Set.FindIndicator("lamps")!.Kind);
    }

    private const DomainKit.Indicators.IndicatorKind IndicatorKindCount = DomainKit.Indicators.IndicatorKind.Count;

    private static string Step(string action, string at, int version, string state, string? extra = null)
        => $"{{\"action\":\"{action}\",\"actor\":\"can-bo\",\"at\":\"{at}\",\"version\":{version},\"stateAfter\":\"{state}\"{extra}}}";

    [Fact]
    public async Task A_stored_approval_history_is_replayed_and_a_step_the_workflow_refuses_is_left_out()
    {
        var steps = string.Join(",\n",
            Step("submit", "2023-07-03T01:00:00Z", 1, "submitted"),
            Step("approve", "2023-07-03T02:00:00Z", 1, "approved", ",\"approvingUnit\":\"huyen\""),
            Step("return", "2023-07-03T03:00:00Z", 1, "returned", ",\"reason\":\"Sai\""));
        var json = Head + "\"approvals\":[{\"unit\":\"xa-a\",\"form\":\"dvk-half-year\",\"period\":\"2023H1\",\"steps\":[\n" + steps + "]}]}";

        var result = await Read(json);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("DK919", 4L, "approvals[0].steps[2]", true), (problem.Code, problem.Line, problem.Field, problem.Rejected));
        var history = Assert.Single(result.Set.Approvals);
        Assert.Equal(ApprovalState.Approved, history.State);
        Assert.Equal(2, history.Steps.Length);
        Assert.Equal(4, result.RecordsRead);
        Assert.Equal(1, result.RecordsRejected);
    }

    [Fact]
    public async Task Missing_and_invalid_fields_reject_the_record_and_unknown_ones_are_warned_about()
    {
        var json = Head + "\"submissions\":[{\"unit\":\"xa-a\",\"form\":\"dvk-half-year\",\"period\":\"2023Q5\",\"version\":1,\"figures\":[]},"
            + "{\"form\":\"dvk-half-year\",\"period\":\"2023H1\",\"version\":1,\"figures\":[]},"
            + "{\"unit\":\"xa-b\",\"form\":\"dvk-half-year\",\"period\":\"2023H1\",\"version\":1,\"figures\":[],\"colour\":\"red\"}]}";

        var result = await Read(json);

        Assert.Equal(["DK904", "DK903", "DK905"], result.Problems.Select(p => p.Code));
        Assert.Equal("submissions[0].period", result.Problems[0].Field);
        Assert.Equal("xa-b", Assert.Single(result.Set.Submissions).Key.Unit.Value);
        Assert.Equal(result.RecordsRead, result.Set.Submissions.Count + result.RecordsRejected);
    }

    [Theory]
    [InlineData("", "DK902")]
    [InlineData("[]", "DK902")]
    [InlineData("{\"format\":\"domainkit-dataset\",\"version\":1}", "DK902")]
    [InlineData("{\"format\":\"domainkit-submissions\",\"version\":2}", "DK902")]
    [InlineData("{\"format\":\"domainkit-submissions\",\"version\":1,\"submissions\":{}}", "DK902")]
    [InlineData("{\"format\":\"domainkit-submissions\",\"version\":1,\"submissions\":[", "DK901")]
    public async Task A_document_that_is_not_a_set_of_submissions_is_reported_not_thrown(string json, string code)
    {
        var result = await Read(json);

        Assert.Equal(code, Assert.Single(result.Problems).Code);
        Assert.Empty(result.Set.Submissions);
    }

    [Fact]
    public async Task All_or_nothing_leaves_the_set_empty_when_a_figure_is_bad()
    {
        var json = Head + "\"submissions\":[" + Submission("xa-a", 1, Figure("{\"kind\":\"money\",\"value\":1.5}")) + "]}";

        var result = await Read(json, ImportOptions.Default with { AllOrNothing = true });

        Assert.True(result.HasErrors);
        Assert.Empty(result.Set.Submissions);
        Assert.Contains("records read", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_stops_after_the_most_problems_allowed()
    {
        var figures = Enumerable.Range(0, 20).Select(_ => Figure("{\"kind\":\"money\",\"value\":\"x\"}")).ToArray();
        var result = await Read(Head + "\"submissions\":[" + Submission("xa-a", 1, figures) + "]}", ImportOptions.Default with { MaxProblems = 5 });

        Assert.Equal("DK909", result.Problems[^1].Code);
        Assert.Equal(result.RecordsRead, result.RecordsRejected);
    }
}
