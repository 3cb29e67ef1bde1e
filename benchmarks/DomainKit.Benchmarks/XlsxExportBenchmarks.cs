using BenchmarkDotNet.Attributes;
using DomainKit.Aggregation;
using DomainKit.Export;
using DomainKit.Export.OpenXml;
using DomainKit.Periods;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>
/// Writes a table of about a million rows as an Excel workbook to <see cref="Stream.Null"/>: the models and fund
/// flows of each Party cell (the deepest level of a <see cref="NationalDataset"/>) by month over the 19 months from
/// January 2023 to July 2024, with a subtotal per unit and the total, computed by the <see cref="ReportEngine"/>.
/// At the whole country's scale the table has about 1,000,000 detail rows; the memory diagnoser shows that the
/// export allocates per row but holds nothing, the sheet being streamed into the zip.
/// </summary>
/// <remarks>
/// The dataset has the whole country's units and models but no pledges and a tenth of the fund entries: they
/// would only lengthen the set-up, since the table's size comes from the units and months. <see cref="Stream.Null"/>
/// is seekable and empty, so the exporter writes the zip to it directly, without a temporary file.
/// </remarks>
[MemoryDiagnoser]
public class XlsxExportBenchmarks
{
    private readonly XlsxExporter exporter = new();
    private ReportDocument? report;

    /// <summary>The period of the table: 19 months.</summary>
    public static ReportingPeriod Period { get; } = ReportingPeriod.Range(new LocalDate(2023, 1, 1), new LocalDate(2024, 7, 31));

    /// <summary>The scales, from <see cref="SuiteScale.Queries"/>.</summary>
    public static IEnumerable<double> Scales => SuiteScale.Queries;

    /// <summary>The dataset's scale (1 is the whole country: about a million rows).</summary>
    [ParamsSource(nameof(Scales))]
    public double Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        report = Report(Scale);
        var table = report.Tables[0].Table ?? throw new InvalidOperationException("The report's first table is not a report table.");
        Console.WriteLine($"// Table of {table.Rows.Length:N0} detail rows, {table.Subtotals.Length:N0} subtotals and the total");
        // The table must have rows by cell and month, and the workbook written must hold something.
        BenchmarkChecks.NotEmpty(table.Rows, "The table of Party cells by month");
        BenchmarkChecks.NotEmpty(table.Subtotals, "The table's subtotals by cell");
        using var counting = new CountingStream();
        exporter.ExportAsync(report, counting).GetAwaiter().GetResult();
        BenchmarkChecks.That(counting.Length > 0, "The workbook written is empty.");
    }

    /// <summary>The report of one table, of each Party cell's models and fund flows by month, at <paramref name="scale"/>.</summary>
    public static ReportDocument Report(double scale)
    {
        var full = NationalSize.Scaled(scale);
        var dataset = NationalDataset.Generate(full with { Pledges = 0, FundEntries = full.FundEntries / 10 });
        var table = new ReportEngine(dataset).Run(new ReportQuery
        {
            Root = NationalDataset.RootId,
            Period = Period,
            GroupBy = [Dimension.UnitAtLevel(4), Dimension.Month],
            Measures = [Measure.ActiveModels, Measure.LaunchedModels, Measure.Contributions, Measure.FundBalance],
        });
        return ReportDocument.Of(table);
    }

    /// <summary>The whole workbook: the report sheet and the table's sheet of about a million rows.</summary>
    [Benchmark]
    public Task ExportXlsx() => exporter.ExportAsync(report!, Stream.Null);
}

/// <summary>A stream that keeps nothing but counts what is written, seekable so that the exporter writes into it directly.</summary>
internal sealed class CountingStream : Stream
{
    private long length;
    private long position;

    public override bool CanRead => false;

    public override bool CanSeek => true;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position { get => position; set => position = value; }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => length + offset,
    };

    public override void SetLength(long value) => length = value;

    public override void Write(byte[] buffer, int offset, int count)
    {
        position += count;
        length = Math.Max(length, position);
    }
}
