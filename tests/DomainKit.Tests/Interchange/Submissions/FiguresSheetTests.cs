using System.Text;
using DomainKit.Interchange;
using DomainKit.Interchange.Submissions;
using DomainKit.Submissions;
using DomainKit.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DomainKit.Tests.Interchange.Submissions;

public sealed class FiguresSheetTests
{
    private static async Task<byte[]> Write(SubmissionSet set, CsvOptions? options = null)
    {
        using var stream = new MemoryStream();
        await FiguresSheet.WriteAsync(set, stream, options);
        return stream.ToArray();
    }

    private static Task<SubmissionImportResult> Read(byte[] bytes, SubmissionSet? definitions = null)
        => FiguresSheet.ReadAsync(new MemoryStream(bytes), "so-lieu.csv", definitions);

    private static Task<SubmissionImportResult> Read(string text, SubmissionSet? definitions = null)
        => Read([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)], definitions);

    private static SubmissionSet WithoutApprovals(SubmissionSet set) => new(set.Submissions, set.Indicators, set.Forms);

    [Fact]
    public async Task The_sheet_reads_back_every_submission_version_figure_and_quote()
    {
        var set = SubmissionSamples.Sample();

        var bytes = await Write(set);
        var result = await Read(bytes, set);

        Assert.Empty(result.Problems);
        SubmissionJsonTests.AssertSameSet(WithoutApprovals(set), result.Set);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("trên 730 triệu đồng", text, StringComparison.Ordinal);
        Assert.Contains("'=12,5 km", text, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFđơn vị;biểu mẫu", text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 150)]
    public Property Generated_sets_write_and_read_back_equal_through_the_sheet()
        => Prop.ForAll(SubmissionSamples.Sets(), generated =>
        {
            var set = SubmissionSamples.Consistent(generated);
            var result = Read(Write(set, CsvOptions.Default).GetAwaiter().GetResult(), set).GetAwaiter().GetResult();
            Assert.Empty(result.Problems);
            SubmissionJsonTests.AssertSameSet(WithoutApprovals(set), result.Set);
        });

    private const string OfficerSheet =
        "Đơn vị;Biểu mẫu;Kỳ báo cáo;Chỉ tiêu;Phân tổ;Giá trị;Trích dẫn;Ngày gửi\r\n" +
        "xa-binh-duc;dvk-half-year;2023H1;money-raised;;trên 730 triệu;\"thu được trên 730 triệu đồng\";20/06/2023\r\n" +
        "xa-binh-duc;dvk-half-year;2023H1;gifts;;hơn 500;hơn 500 suất quà;\r\n" +
        "xa-binh-duc;dvk-half-year;2023H1;models-active;field-root=economy;51;;\r\n" +
        "xa-binh-duc;dvk-half-year;2023H1;money-raised;purpose=tet-gifts;2,5 tỷ;;\r\n" +
        "xa-binh-duc;dvk-half-year;2023H1;study-rate;;98,4%;;\r\n" +
        "xa-binh-duc;dvk-half-year;2023H1;roads-lit-km;;12,5 km;;\r\n" +
        "xa-doan-ket;dvk-half-year;2023H1;models-active;;7;;21/06/2023\r\n";

    [Fact]
    public async Task A_sheet_filled_the_way_officers_write_reads_as_stated_figures()
    {
        var result = await Read(OfficerSheet, SubmissionSamples.Sample());

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Set.Submissions.Count);
        var first = result.Set.Submissions[0];
        Assert.Equal(new NodaTime.LocalDate(2023, 6, 20), first.FiledOn);
        Assert.Equal(["trên 730 triệu đồng", "hơn 500", "51", "2,5 tỷ đồng", "98,4%", "12,5 km"], first.Figures.Select(f => f.Value.ToString(TextCulture.Vietnamese)));
        Assert.False(first.Figures[0].Value.IsExact);
        Assert.Equal(new FigureKey("field-root", "economy"), first.Figures[2].Keys.Single());
        Assert.Equal(7, result.RecordsRead);
        Assert.Equal(0, result.RecordsRejected);
    }

    [Fact]
    public async Task A_value_that_cannot_be_read_rejects_its_row_with_the_reason_and_the_others_load()
    {
        var sheet = "unit,form,period,indicator,value\nxa-a,dvk-half-year,2023H1,money-raised,\"12,5tr\"\nxa-a,dvk-half-year,2023H1,gifts,\"hơn 500\"\n";

        var result = await Read(sheet);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("DK915", 2L, 5L, "value", true), (problem.Code, problem.Line, problem.Column, problem.Field, problem.Rejected));
        Assert.Contains("12,5tr", problem.Message.English, StringComparison.Ordinal);
        Assert.Single(Assert.Single(result.Set.Submissions).Figures);
        Assert.Equal((2L, 1L), (result.RecordsRead, result.RecordsRejected));
    }

    [Fact]
    public async Task An_indicator_the_reader_does_not_know_is_reported_and_one_the_app_defines_is_read()
    {
        var sheet = "unit,form,period,indicator,value\nxa-a,lamps-quarterly,2024Q2,roads-lamps,\"trên 1.000\"\n";

        var unknown = await Read(sheet);
        var known = await Read(sheet, SubmissionSamples.Sample());

        Assert.Equal("DK916", Assert.Single(unknown.Problems).Code);
        Assert.Empty(unknown.Set.Submissions);
        Assert.Empty(known.Problems);
        Assert.Equal("hơn 1.000", known.Set.Submissions.Single().Figures.Single().Value.ToString(TextCulture.Vietnamese));
    }

    [Fact]
    public async Task Rows_of_one_report_that_disagree_on_its_filing_date_are_warned_about_and_the_first_stands()
    {
        var agreeing = "unit,form,period,indicator,value,filedOn\nxa-a,dvk-half-year,2023H1,gifts,5,01/07/2023\nxa-a,dvk-half-year,2023H1,models-active,3,01/07/2023\n";
        var disagreeing = agreeing.Replace("3,01/07/2023", "3,02/07/2023", StringComparison.Ordinal);

        var fine = await Read(agreeing);
        var result = await Read(disagreeing);

        Assert.Empty(fine.Problems);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("DK920", 3L, false), (problem.Code, problem.Line, problem.Rejected));
        var submission = Assert.Single(result.Set.Submissions);
        Assert.Equal(new NodaTime.LocalDate(2023, 7, 1), submission.FiledOn);
        Assert.Equal(2, submission.Figures.Length);
    }

    [Fact]
    public async Task A_version_column_makes_corrections_their_own_submissions()
    {
        var sheet = "unit,form,period,version,indicator,value\nxa-a,dvk-half-year,2023H1,1,gifts,5\nxa-a,dvk-half-year,2023H1,2,gifts,6\n";

        var result = await Read(sheet);

        Assert.Equal([1, 2], result.Set.Submissions.Select(s => s.Version));
        Assert.Equal(6, result.Set.Latest(result.Set.Submissions[0].Key)!.Figures.Single().Value.Count!.Value.Value);
    }
}
