using System.Globalization;
using BenchmarkDotNet.Attributes;
using DomainKit.Money;
using DomainKit.Text;

namespace DomainKit.Benchmarks;

/// <summary>Vietnamese money text against .NET's own invariant number formatting and parsing as baselines.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private readonly Dong amount = new(6_100_542_700);

    [GlobalSetup]
    public void Check()
    {
        BenchmarkChecks.That(FormatInvariantN0() == "6,100,542,700", "The invariant format is not 6,100,542,700.");
        BenchmarkChecks.That(FormatVietnameseFull() == "6.100.542.700 đ", $"The Vietnamese format is {FormatVietnameseFull()}.");
        BenchmarkChecks.That(FormatVietnameseCompact() == "6,1 tỷ đồng", $"The compact format is {FormatVietnameseCompact()}.");
        BenchmarkChecks.Same(amount.Value, ParseInvariantN0(), "Invariant parsing", "the amount");
        BenchmarkChecks.Same(amount.Value, ParseVietnameseFull().Value, "Vietnamese parsing", "the amount");
        BenchmarkChecks.Same(5_670_000_000, ParseVietnameseWords().Value, "Parsing words", "5 tỷ 670 triệu");
    }

    [Benchmark(Baseline = true)]
    public string FormatInvariantN0() => amount.Value.ToString("N0", CultureInfo.InvariantCulture);

    [Benchmark]
    public string FormatVietnameseFull() => DongFormat.Format(amount, DongStyle.Full, TextCulture.Vietnamese);

    [Benchmark]
    public string FormatVietnameseCompact() => DongFormat.Format(amount, DongStyle.Compact, TextCulture.Vietnamese);

    [Benchmark]
    public long ParseInvariantN0() => long.Parse("6,100,542,700", NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [Benchmark]
    public Dong ParseVietnameseFull() => Dong.Parse("6.100.542.700 đ", TextCulture.Vietnamese);

    [Benchmark]
    public Dong ParseVietnameseWords() => Dong.Parse("trên 5 tỷ 670 triệu đồng", TextCulture.Vietnamese);
}
