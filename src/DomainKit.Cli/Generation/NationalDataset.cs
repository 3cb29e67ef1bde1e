using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Cli.Generation;

/// <summary>
/// A deterministic synthetic dataset shaped like the country, built through <see cref="DatasetBuilder"/>:
/// a national root ("Trung ương"), 34 provinces, communes spread unevenly over them, each commune with a base
/// Party organisation (đảng bộ xã) and villages, one Party cell per village (under the base organisation, lying
/// in its village, with head counts), models of communes and cells with dated lifecycles and replicas,
/// individual pledges of the cells' members to models of their commune (one a year per member who pledges),
/// and fund ledgers of one to three funds per commune dated over 2021–2025: contributions, disbursements with
/// purposes and beneficiaries, interest-free loans and their repayments, and rare goods in kind with valuations.
/// </summary>
/// <remarks>
/// The same size and seed always give the same data: one <see cref="Random"/> with a seed drives everything and
/// nothing depends on hash order. The data is meant to validate without errors (every outflow is covered by the
/// fund's balance at the time, repayments stay within their loan, registrations within eligible members).
/// Fund entries are streamed into the builder in chunks, and ids, purposes, beneficiaries, pledgers, targets,
/// lifecycle events and loan ids are shared instances, so the only per-entry allocation is the entry itself.
/// </remarks>
public static class NationalDataset
{
    /// <summary>The id of the national root unit ("Trung ương").</summary>
    public static UnitId RootId { get; } = new("vn");

    /// <summary>The seed used unless another is given.</summary>
    public const int DefaultSeed = 20_210_101;

    /// <summary>The first day of the data.</summary>
    public static LocalDate FirstDay { get; } = new(2021, 1, 1);

    /// <summary>The last day of the data.</summary>
    public static LocalDate LastDay { get; } = new(2025, 12, 31);

    private const int ChunkSize = 1 << 16;
    private static readonly int Days = Period.DaysBetween(FirstDay, LastDay) + 1;
    private static readonly LocalDate[] Dates = [.. Enumerable.Range(0, Days).Select(FirstDay.PlusDays)];
    private static readonly ReportingPeriod[] Years = [.. Enumerable.Range(FirstDay.Year, LastDay.Year - FirstDay.Year + 1).Select(ReportingPeriod.Year)];
    private static readonly LocalDate HeadCountDay = new(2020, 12, 31);
    private static readonly LocalDate SecondHeadCountDay = new(2023, 6, 30);
    private static readonly LocalDate FundInception = new(2020, 12, 1);

    private static readonly string[] ProvinceNames =
    [
        "Thành phố Hà Nội", "Thành phố Huế", "Tỉnh Lai Châu", "Tỉnh Điện Biên", "Tỉnh Sơn La", "Tỉnh Lạng Sơn",
        "Tỉnh Quảng Ninh", "Tỉnh Thanh Hóa", "Tỉnh Nghệ An", "Tỉnh Hà Tĩnh", "Tỉnh Cao Bằng", "Tỉnh Tuyên Quang",
        "Tỉnh Lào Cai", "Tỉnh Thái Nguyên", "Tỉnh Phú Thọ", "Tỉnh Bắc Ninh", "Tỉnh Hưng Yên", "Thành phố Hải Phòng",
        "Tỉnh Ninh Bình", "Tỉnh Quảng Trị", "Thành phố Đà Nẵng", "Tỉnh Quảng Ngãi", "Tỉnh Gia Lai", "Tỉnh Khánh Hòa",
        "Tỉnh Lâm Đồng", "Tỉnh Đắk Lắk", "Thành phố Hồ Chí Minh", "Tỉnh Đồng Nai", "Tỉnh Tây Ninh", "Thành phố Cần Thơ",
        "Tỉnh Vĩnh Long", "Tỉnh Đồng Tháp", "Tỉnh Cà Mau", "Tỉnh An Giang",
    ];

    private static readonly string[] FundNames = ["Quỹ Vì người nghèo", "Quỹ Đảng viên giúp đảng viên", "Quỹ Khuyến học"];
    private static readonly string[] CommuneModelNames = ["Dân vận khéo", "Xây dựng nông thôn mới", "Tuyến đường hoa", "Camera an ninh", "Hũ gạo tình thương"];
    private static readonly string[] CellModelNames = ["Mỗi chi bộ một địa chỉ nhân đạo", "Chi bộ 4 tốt", "Tiết kiệm vì người nghèo", "Ngày thứ bảy xanh"];

    private static readonly Goods[] GoodsKinds =
    [
        new("gạo", 500m, "kg"), new("gạo", 1_000m, "kg"), new("rau xanh", 200m, "kg"), new("quà Tết", 50m, "phần quà"),
    ];

    private static readonly long[] GoodsValues = [7_500_000, 15_000_000, 2_000_000, 25_000_000];

    // Every (occurrences, distinct) pair with 1 <= distinct <= occurrences <= 10, shared by all entries.
    private static readonly Beneficiaries[] BeneficiaryCounts =
        [.. Enumerable.Range(1, 10).SelectMany(o => Enumerable.Range(1, o).Select(d => new Beneficiaries(o, d)))];

    private static readonly Beneficiaries OneBorrower = new(1, 1) { Kind = BeneficiaryKind.Households };

    private static readonly List<string> LoanIds = [];
    private static readonly List<string> PersonIds = [];
    private static readonly Lock PoolLock = new();
    private static readonly Dictionary<(NationalSize, int), Dataset> Cache = [];

    /// <summary>Generates the dataset of <see cref="NationalSize.Scaled"/>(<paramref name="scale"/>).</summary>
    public static Dataset Generate(double scale, int seed = DefaultSeed) => Generate(NationalSize.Scaled(scale), seed);

    /// <summary>
    /// The dataset of <paramref name="scale"/>, generated once per process and then shared (BenchmarkDotNet runs
    /// each benchmark in its own process, so this saves work only within one).
    /// </summary>
    public static Dataset Cached(double scale, int seed = DefaultSeed) => Cached(NationalSize.Scaled(scale), seed);

    /// <summary>The dataset of <paramref name="size"/>, generated once per process and then shared.</summary>
    public static Dataset Cached(NationalSize size, int seed = DefaultSeed)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue((size, seed), out var dataset))
            {
                dataset = Generate(size, seed);
                Cache[(size, seed)] = dataset;
            }
            return dataset;
        }
    }

    /// <summary>Generates a dataset of <paramref name="size"/>.</summary>
    /// <exception cref="ArgumentException">There are pledges but no villages or models to make them in and for.</exception>
    public static Dataset Generate(NationalSize size, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(size);
        if (size.Pledges > 0 && (size.Villages == 0 || size.Models == 0))
        {
            throw new ArgumentException("Pledges need Party cells (villages) to be made in and models to be made for.", nameof(size));
        }
        var random = new Random(seed);
        var builder = new DatasetBuilder();
        var structure = AddUnits(builder, size, random);
        var (modelIds, communeModels) = AddModels(builder, size, structure, random);
        AddPledges(builder, size, structure, modelIds, communeModels, random);
        AddFunds(builder, size, structure, random);
        return builder.Build();
    }

    private static Structure AddUnits(DatasetBuilder builder, NationalSize size, Random random)
    {
        var root = RootId;
        var units = new List<Unit>(2 + size.Provinces + 2 * size.Communes + 2 * size.Villages)
        {
            new() { Id = root, Name = "Trung ương", Kind = UnitKind.PartyCommittee },
        };

        var provinces = new UnitId[size.Provinces];
        for (var p = 0; p < provinces.Length; p++)
        {
            provinces[p] = new UnitId($"p{p + 1:D2}");
            units.Add(new Unit
            {
                Id = provinces[p],
                Name = p < ProvinceNames.Length ? ProvinceNames[p] : $"Tỉnh {p + 1}",
                Kind = UnitKind.Province,
                ParentId = root,
            });
        }

        var communes = new UnitId[size.Communes];
        var organisations = new UnitId[size.Communes];
        var communeStart = Split(size.Communes, size.Provinces, random);
        for (var p = 0; p < provinces.Length; p++)
        {
            for (var c = communeStart[p]; c < communeStart[p + 1]; c++)
            {
                var number = (c + 1).ToString(CultureInfo.InvariantCulture);
                communes[c] = new UnitId("x" + number);
                organisations[c] = new UnitId("x" + number + "-db");
                units.Add(new Unit { Id = communes[c], Name = "Xã " + number, Kind = UnitKind.Commune, ParentId = provinces[p] });
                units.Add(new Unit
                {
                    Id = organisations[c],
                    Name = "Đảng bộ xã " + number,
                    Kind = UnitKind.BasePartyOrganisation,
                    ParentId = communes[c],
                });
            }
        }

        var cells = new UnitId[size.Villages];
        var cellCommune = new int[size.Villages];
        var members = new int[size.Villages];
        var villageStart = size.Villages == 0 ? new int[size.Communes + 1] : Split(size.Villages, size.Communes, random);
        for (var c = 0; c < communes.Length; c++)
        {
            for (var v = villageStart[c]; v < villageStart[c + 1]; v++)
            {
                var number = (v - villageStart[c] + 1).ToString(CultureInfo.InvariantCulture);
                var village = new UnitId(communes[c].Value + "-t" + number);
                cells[v] = new UnitId(communes[c].Value + "-cb" + number);
                cellCommune[v] = c;
                members[v] = random.Next(80, 151);
                var exempt = random.Next(0, 9);
                var away = random.Next(0, 11);
                var later = members[v] + random.Next(-3, 4);
                units.Add(new Unit { Id = village, Name = "Thôn " + number, Kind = UnitKind.Village, ParentId = communes[c] });
                units.Add(new Unit
                {
                    Id = cells[v],
                    Name = "Chi bộ thôn " + number,
                    Kind = UnitKind.PartyCell,
                    ParentId = organisations[c],
                    TerritoryId = village,
                    HeadCounts =
                    [
                        new HeadCount(HeadCountDay) { Members = members[v], PartyMembers = members[v], Exempt = exempt, Away = away },
                        new HeadCount(SecondHeadCountDay) { Members = later, PartyMembers = later, Exempt = exempt + random.Next(0, 3), Away = away },
                    ],
                });
            }
        }
        builder.Add(units);
        return new Structure(communes, organisations, cells, cellCommune, members);
    }

    /// <summary>Adds the models; returns their ids and the start of each commune's run of commune-owned models (one more entry than communes).</summary>
    private static (ModelId[] Ids, int[] CommuneStart) AddModels(DatasetBuilder builder, NationalSize size, Structure structure, Random random)
    {
        var communeCount = structure.Communes.Length;
        var cellCount = structure.Cells.Length;
        var communeOwned = cellCount == 0 ? size.Models : Math.Min(size.Models, Math.Max(communeCount, size.Models * 2 / 5));
        var communeStart = size.Models == 0 ? new int[communeCount + 1] : Split(communeOwned, communeCount, random);
        var cellStart = cellCount == 0 ? [] : SplitEvenly(size.Models - communeOwned, cellCount);

        var ids = new ModelId[size.Models];
        var events = new LifecycleEvent?[Enum.GetValues<LifecycleStage>().Length, Days];
        var models = new List<EmulationModel>(ChunkSize);
        for (var c = 0; c < communeCount; c++)
        {
            for (var m = communeStart[c]; m < communeStart[c + 1]; m++)
            {
                var origin = m == communeStart[c] ? (int?)null : communeStart[c];
                models.Add(Model(m, structure.Communes[c], CommuneModelNames, origin));
                Flush(builder, models, false);
            }
        }
        for (var v = 0; v < cellCount; v++)
        {
            var origin = communeStart[structure.CellCommune[v] + 1] > communeStart[structure.CellCommune[v]]
                ? communeStart[structure.CellCommune[v]]
                : (int?)null;
            for (var i = cellStart[v]; i < cellStart[v + 1]; i++)
            {
                models.Add(Model(communeOwned + i, structure.Cells[v], CellModelNames, origin));
                Flush(builder, models, false);
            }
        }
        Flush(builder, models, true);
        return (ids, communeStart);

        EmulationModel Model(int index, UnitId owner, string[] names, int? firstOfCommune)
        {
            ids[index] = new ModelId("m" + index.ToString(CultureInfo.InvariantCulture));
            var isOrigin = firstOfCommune is null;
            // The first model of a commune starts in the first weeks of 2021 and is the origin of its replicas,
            // which all start later; the others start at any time up to a year before the end.
            var start = isOrigin ? random.Next(0, 21) : random.Next(30, Days - 400);
            var launched = start + random.Next(7, 61);
            var lifecycle = ImmutableArray.CreateBuilder<LifecycleEvent>(5);
            lifecycle.Add(Event(LifecycleStage.Registered, start));
            lifecycle.Add(Event(LifecycleStage.Launched, launched));
            var last = launched;
            if (isOrigin)
            {
                last = Next(LifecycleStage.Replicated, last, 100, 300);
                Next(LifecycleStage.Reviewed, last, 200, 500);
            }
            else
            {
                var roll = random.NextDouble();
                if (roll < 0.6)
                {
                    last = Next(LifecycleStage.Maintained, last, 90, 366);
                }
                if (roll < 0.3)
                {
                    last = Next(LifecycleStage.Reviewed, last, 90, 366);
                }
                if (roll < 0.05)
                {
                    Next(LifecycleStage.Ended, last, 30, 366);
                }
            }
            var replica = !isOrigin && random.NextDouble() < 0.1;
            return new EmulationModel
            {
                Id = ids[index],
                Name = names[random.Next(names.Length)],
                OwnerId = owner,
                Kind = random.NextDouble() < 0.8 ? ModelKind.Model : ModelKind.BuiltIn[random.Next(ModelKind.BuiltIn.Count)],
                Field = ModelField.DanVanKheo[random.Next(ModelField.DanVanKheo.Count)],
                Lifecycle = lifecycle.DrainToImmutable(),
                OriginId = replica ? ids[firstOfCommune!.Value] : (ModelId?)null,
                IsExemplary = random.NextDouble() < 0.05,
            };

            int Next(LifecycleStage stage, int after, int minGap, int maxGap)
            {
                var day = Math.Min(Days - 1, after + random.Next(minGap, maxGap));
                lifecycle.Add(Event(stage, day));
                return day;
            }
        }

        LifecycleEvent Event(LifecycleStage stage, int day) => events[(int)stage, day] ??= new LifecycleEvent(stage, Dates[day]);
    }

    private static void AddPledges(DatasetBuilder builder, NationalSize size, Structure structure, ModelId[] modelIds, int[] communeModelStart, Random random)
    {
        if (size.Pledges == 0)
        {
            return;
        }
        // Cells with more members make more pledges; each pledging member makes one pledge a year, to a model of the commune.
        var cellStart = Split(size.Pledges, structure.Cells.Length, random, structure.Members);
        var targets = new PledgeTarget?[communeModelStart[^1]];
        var pledges = new List<Pledge>(ChunkSize);
        var pledgers = new List<Pledger>();
        for (var v = 0; v < structure.Cells.Length; v++)
        {
            var cell = structure.Cells[v];
            var commune = structure.CellCommune[v];
            var first = communeModelStart[commune];
            var count = communeModelStart[commune + 1] - first;
            pledgers.Clear();
            for (var k = 0; k < cellStart[v + 1] - cellStart[v]; k++)
            {
                var person = k / Years.Length;
                if (person == pledgers.Count)
                {
                    pledgers.Add(Pledger.Individual(cell, PersonId(person)));
                }
                var year = k % Years.Length;
                var model = first + random.Next(count);
                var index = cellStart[v] + k;
                pledges.Add(new Pledge
                {
                    Id = new PledgeId("pl" + index.ToString(CultureInfo.InvariantCulture)),
                    Pledger = pledgers[person],
                    Target = targets[model] ??= PledgeTarget.ForModel(modelIds[model]),
                    Period = Years[year],
                    RegisteredOn = Years[year].Start.PlusDays(random.Next(0, 90)),
                });
                Flush(builder, pledges, false);
            }
        }
        Flush(builder, pledges, true);
    }

    private static void AddFunds(DatasetBuilder builder, NationalSize size, Structure structure, Random random)
    {
        var funds = new List<Fund>();
        for (var c = 0; c < structure.Communes.Length; c++)
        {
            var roll = random.NextDouble();
            var count = roll < 0.1 ? 3 : roll < 0.35 ? 2 : 1;
            for (var k = 0; k < count; k++)
            {
                funds.Add(new Fund
                {
                    Id = new FundId(structure.Communes[c].Value + "-q" + (k + 1).ToString(CultureInfo.InvariantCulture)),
                    Name = FundNames[k],
                    // The second fund of a commune (Party members helping Party members) is run by its base Party organisation.
                    OwnerId = k == 1 ? structure.Organisations[c] : structure.Communes[c],
                    InceptionDate = FundInception,
                });
            }
        }
        builder.Add(funds);

        var entryStart = Split(size.FundEntries, funds.Count, random);
        var chunk = new List<FundEntry>(ChunkSize);
        var open = new List<OpenLoan>();
        for (var f = 0; f < funds.Count; f++)
        {
            var fund = funds[f].Id;
            var n = entryStart[f + 1] - entryStart[f];
            long balance = 0;
            var loans = 0;
            open.Clear();
            for (var j = 0; j < n; j++)
            {
                var date = Dates[(int)((long)j * Days / n)];
                var roll = random.NextDouble();
                FundEntry entry;
                if (roll < 0.0005)
                {
                    var g = random.Next(GoodsKinds.Length);
                    entry = new InKindReceipt(fund, date, GoodsKinds[g]) { Valuation = new Valuation(new Dong(GoodsValues[g]), date) };
                }
                else if (roll < 0.001)
                {
                    var g = random.Next(GoodsKinds.Length);
                    entry = new InKindDistribution(fund, date, GoodsKinds[g])
                    {
                        Valuation = new Valuation(new Dong(GoodsValues[g]), date),
                        Beneficiaries = BeneficiaryCounts[random.Next(BeneficiaryCounts.Length)],
                    };
                }
                else if (roll < 0.02 && balance >= 50_000_000 && open.Count < 64)
                {
                    var principal = random.Next(5, 51) * 1_000_000L;
                    var loanId = LoanId(loans++);
                    open.Add(new OpenLoan(loanId, principal, principal / random.Next(3, 13)));
                    balance -= principal;
                    entry = new LoanDisbursement(fund, date, new Dong(principal), loanId)
                    {
                        TermMonths = 12 * random.Next(1, 4),
                        Purpose = DisbursementPurpose.ProductionSupport,
                        Beneficiaries = OneBorrower,
                    };
                }
                else if (roll < 0.07 && open.Count > 0)
                {
                    var i = random.Next(open.Count);
                    var loan = open[i];
                    var amount = Math.Min(loan.Remaining, loan.Instalment);
                    if (amount == loan.Remaining)
                    {
                        open.RemoveAt(i);
                    }
                    else
                    {
                        open[i] = loan with { Remaining = loan.Remaining - amount };
                    }
                    balance += amount;
                    entry = new LoanRepayment(fund, date, new Dong(amount), loan.Id);
                }
                else
                {
                    var amount = random.Next(50, 5_000) * 1_000L;
                    if (roll < 0.55 || balance < amount)
                    {
                        balance += amount;
                        entry = new Contribution(fund, date, new Dong(amount));
                    }
                    else
                    {
                        balance -= amount;
                        entry = new Disbursement(fund, date, new Dong(amount))
                        {
                            Purpose = DisbursementPurpose.BuiltIn[random.Next(DisbursementPurpose.BuiltIn.Count)],
                            Beneficiaries = BeneficiaryCounts[random.Next(BeneficiaryCounts.Length)],
                        };
                    }
                }
                chunk.Add(entry);
                Flush(builder, chunk, false);
            }
        }
        Flush(builder, chunk, true);
    }

    private static void Flush<T>(DatasetBuilder builder, List<T> items, bool final)
        where T : class
    {
        if (items.Count == 0 || (!final && items.Count < ChunkSize))
        {
            return;
        }
        switch (items)
        {
            case List<FundEntry> entries:
                builder.Add(entries);
                break;
            case List<Pledge> pledges:
                builder.Add(pledges);
                break;
            case List<EmulationModel> models:
                builder.Add(models);
                break;
            default:
                throw new NotSupportedException(typeof(T).Name);
        }
        items.Clear();
    }

    /// <summary>
    /// Splits <paramref name="total"/> items into <paramref name="parts"/> uneven runs; returns the start of each
    /// run and the total at the end. Every run gets at least one item when there are enough, the rest go by the
    /// weights (random ones between 0.5 and 1.5 when none are given).
    /// </summary>
    private static int[] Split(int total, int parts, Random random, int[]? weights = null)
    {
        var floor = total >= parts ? 1 : 0;
        var rest = total - floor * parts;
        var w = new double[parts];
        double sum = 0;
        for (var i = 0; i < parts; i++)
        {
            w[i] = weights is null ? 0.5 + random.NextDouble() : weights[i];
            sum += w[i];
        }
        var starts = new int[parts + 1];
        double cumulative = 0;
        for (var i = 0; i < parts; i++)
        {
            starts[i] = (int)Math.Round(rest * (cumulative / sum)) + floor * i;
            cumulative += w[i];
        }
        starts[parts] = total;
        return starts;
    }

    private static int[] SplitEvenly(int total, int parts)
        => [.. Enumerable.Range(0, parts + 1).Select(i => (int)((long)total * i / parts))];

    private static string LoanId(int index) => Pooled(LoanIds, index, i => "vay-" + (i + 1).ToString(CultureInfo.InvariantCulture));

    private static string PersonId(int index) => Pooled(PersonIds, index, i => "dv" + (i + 1).ToString(CultureInfo.InvariantCulture));

    // Loan ids are unique within a fund and person ids within a cell, so one pool of strings serves them all.
    private static string Pooled(List<string> pool, int index, Func<int, string> make)
    {
        lock (PoolLock)
        {
            while (pool.Count <= index)
            {
                pool.Add(make(pool.Count));
            }
            return pool[index];
        }
    }

    private sealed record Structure(UnitId[] Communes, UnitId[] Organisations, UnitId[] Cells, int[] CellCommune, int[] Members);

    private readonly record struct OpenLoan(string Id, long Remaining, long Instalment);
}
