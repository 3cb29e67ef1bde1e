using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Interchange;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DomainKit.Tests.Interchange;

public sealed class DatasetJsonReaderPropertyTests
{
    private static ImportResult Read(byte[] bytes, ImportOptions? options = null)
        => DatasetJson.ReadAsync(new MemoryStream(bytes), "data.json", options).GetAwaiter().GetResult();

    [Property(MaxTest = 300)]
    public Property Generated_datasets_read_back_equal_to_what_was_written()
        => Prop.ForAll(DatasetGenerators.WellFormed.Cases.ToArbitrary(), data =>
        {
            var dataset = data.Build();
            var result = Read(DatasetAssert.Write(dataset));
            Assert.Empty(result.Problems);
            DatasetAssert.Equal(dataset, result.Dataset);
            return true;
        });

    [Fact]
    public void Text_that_is_not_unicode_reads_back_as_the_replacement_character()
    {
        var dataset = new DatasetBuilder().Add(new Unit { Id = "u", Name = "a\uDC00b", Kind = UnitKind.Commune }).Build();

        var result = Read(DatasetAssert.Write(dataset));

        Assert.Equal("a\uFFFDb", Assert.Single(result.Dataset.Units).Name);
    }

    // ----- Fuzzing -----

    /// <summary>A small dataset with one item of every kind, so that mutations reach every reader.</summary>
    private static readonly byte[] Valid = DatasetAssert.Write(new DatasetBuilder()
        .Add(new Unit { Id = "u", Name = "Ấp 3", Kind = new UnitKind("dac-khu", new("Đặc khu", "Zone")), HeadCounts = [new HeadCount(new LocalDate(2023, 1, 1)) { Members = 5 }] })
        .Add(new EmulationModel
        {
            Id = "m", Name = "M", OwnerId = "u", Kind = ModelKind.Club, Field = new ModelField("lua", new("Lúa", "Rice"), ModelField.Economy),
            Lifecycle = [new LifecycleEvent(LifecycleStage.Launched, new LocalDate(2023, 2, 1))], Outcomes = [new OutcomeIndicator("Nhà", 2.5m, "căn", new LocalDate(2023, 3, 1))],
        })
        .Add(new Pledge
        {
            Id = "p", Pledger = Pledger.Individual("u", "dv", "Tên"), Target = PledgeTarget.ForHouseholds(1, 2), Period = ReportingPeriod.Year(2023),
            Schedule = new MoneySchedule(new Dong(300_000), ScheduleFrequency.Monthly, new LocalDate(2023, 1, 15)), Evaluation = new PledgeEvaluation(new LocalDate(2023, 12, 1), PerformanceRating.Completed),
        })
        .Add(new PledgePayment("p", new LocalDate(2023, 2, 15), new Dong(300_000)))
        .Add(new Fund { Id = "f", Name = "Quỹ", OwnerId = "u" })
        .Add(
            new Disbursement("f", new LocalDate(2023, 4, 1), new Dong(10)) { Purpose = DisbursementPurpose.TetGifts, Beneficiaries = new Beneficiaries(3, 2) },
            new InKindReceipt("f", new LocalDate(2023, 4, 2), new Goods("gạo", 10, "kg")) { Valuation = new Valuation(new Dong(100), new LocalDate(2023, 4, 2)) },
            new BalanceAssertion("f", new LocalDate(2023, 4, 3), new Dong(1), BalanceTime.EndOfDay))
        .Add(new Commendation
        {
            Id = "c", Recipient = Recipient.Collective("u"), Title = EmulationTitle.EmulationFlag, Level = AuthorityLevel.Province,
            Date = new LocalDate(2023, 12, 28),
        })
        .Build());

    private abstract record Mutation
    {
        public abstract byte[] Apply(byte[] input);
    }

    private sealed record Flip(int At, byte Value) : Mutation
    {
        public override byte[] Apply(byte[] input)
        {
            var output = (byte[])input.Clone();
            output[At % output.Length] = Value;
            return output;
        }
    }

    private sealed record Delete(int At, int Length) : Mutation
    {
        public override byte[] Apply(byte[] input)
        {
            var at = At % input.Length;
            var length = Math.Min(Length, input.Length - at);
            return [.. input[..at], .. input[(at + length)..]];
        }
    }

    private sealed record Insert(int At, byte[] Bytes) : Mutation
    {
        public override byte[] Apply(byte[] input)
        {
            var at = At % (input.Length + 1);
            return [.. input[..at], .. Bytes, .. input[at..]];
        }
    }

    private sealed record Truncate(int At) : Mutation
    {
        public override byte[] Apply(byte[] input) => input[..(At % (input.Length + 1))];
    }

    private sealed record Duplicate(int At, int Length, int To) : Mutation
    {
        public override byte[] Apply(byte[] input)
        {
            var at = At % input.Length;
            var slice = input[at..Math.Min(input.Length, at + Length)];
            var to = To % (input.Length + 1);
            return [.. input[..to], .. slice, .. input[to..]];
        }
    }

    // Bytes that matter to JSON and UTF-8: structure, quotes, escapes, digits, and bytes that are not UTF-8.
    private static readonly Gen<byte> Bytes = Gen.Frequency(
        (4, Gen.Elements("{}[]\":,\\-0123456789.eEtrufalsn \n"u8.ToArray())),
        (1, Gen.Elements<byte>(0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE2, 0xEF, 0xBB, 0xF0, 0xF8, 0xFF)),
        (1, Gen.Choose(0, 255).Select(b => (byte)b)));

    private static readonly Gen<int> Offsets = Gen.Choose(0, int.MaxValue - 1);

    private static readonly Gen<Mutation> Mutations = Gen.OneOf(
        from at in Offsets from value in Bytes select (Mutation)new Flip(at, value),
        from at in Offsets from length in Gen.Choose(1, 40) select (Mutation)new Delete(at, length),
        from at in Offsets from bytes in Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Bytes, n)) select (Mutation)new Insert(at, bytes),
        Offsets.Select(at => (Mutation)new Truncate(at)),
        from at in Offsets from length in Gen.Choose(1, 300) from to in Offsets select (Mutation)new Duplicate(at, length, to));

    private static readonly Gen<Mutation[]> MutationLists = Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Mutations, n));

    [Property(MaxTest = 400)]
    public Property Mutated_files_load_or_report_and_never_throw()
        => Prop.ForAll(MutationLists.ToArbitrary(), mutations =>
        {
            var bytes = mutations.Aggregate(Valid, (input, mutation) => input.Length == 0 ? input : mutation.Apply(input));
            foreach (var options in new[] { ImportOptions.Default, new ImportOptions { AllOrNothing = true, MaxProblems = 2, MaxDepth = 8, MaxFieldLength = 1_024 } })
            {
                var result = Read(bytes, options);
                Assert.NotNull(result.Dataset);
                Assert.True(result.RecordsRejected <= result.RecordsRead);
                Assert.True(result.Problems.Length <= options.MaxProblems + 2);
                Assert.All(result.Problems, p => Assert.False(string.IsNullOrEmpty(p.Message.English) || string.IsNullOrEmpty(p.Message.Vietnamese)));
                if (options.AllOrNothing && result.HasErrors)
                {
                    Assert.Equal(0, result.Dataset.Units.Length + result.Dataset.FundEntries.Count + result.Dataset.Commendations.Length);
                }
                // A file the reader loads without errors is written back as the reader saw it.
                if (!result.HasErrors)
                {
                    Assert.Empty(Read(DatasetAssert.Write(result.Dataset)).Problems);
                }
            }
            return true;
        });

    [Property(MaxTest = 100)]
    public Property Mutated_files_read_the_same_whatever_the_size_of_the_reads()
        => Prop.ForAll(MutationLists.ToArbitrary(), Gen.Choose(1, 64).ToArbitrary(), (mutations, most) =>
        {
            var bytes = mutations.Aggregate(Valid, (input, mutation) => input.Length == 0 ? input : mutation.Apply(input));
            var whole = Read(bytes);
            var trickled = DatasetJson.ReadAsync(new TrickleStream(bytes, most), "data.json").GetAwaiter().GetResult();
            Assert.Equal(whole.Problems.AsEnumerable(), trickled.Problems.AsEnumerable());
            Assert.Equal(DatasetAssert.Write(whole.Dataset), DatasetAssert.Write(trickled.Dataset));
            return true;
        });
}
