using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Benchmarks;

/// <summary>
/// A deterministic synthetic dataset shaped like the country: provinces, communes, villages with a Party
/// cell each, models, individual pledges and fund ledgers, scaled by the number of communes. The same seed
/// and size always give the same data.
/// </summary>
public static class SyntheticDataset
{
    public static Dataset Generate(int provinces, int communesPerProvince, int villagesPerCommune, int pledgesPerCell, int entriesPerFund, int seed = 20231110)
    {
        var random = new Random(seed);
        var builder = new DatasetBuilder();
        var day0 = new LocalDate(2023, 1, 1);
        var year = ReportingPeriod.Year(2023);
        for (var p = 0; p < provinces; p++)
        {
            var province = new UnitId($"p{p}");
            builder.Add(new Unit { Id = province, Name = $"Tỉnh {p}", Kind = UnitKind.Province });
            for (var c = 0; c < communesPerProvince; c++)
            {
                var commune = new UnitId($"p{p}c{c}");
                builder.Add(new Unit { Id = commune, Name = $"Xã {c}", Kind = UnitKind.Commune, ParentId = province });
                var model = new ModelId($"m{p}-{c}");
                builder.Add(new EmulationModel
                {
                    Id = model,
                    Name = $"Mô hình {c}",
                    OwnerId = commune,
                    Kind = ModelKind.Model,
                    Field = ModelField.DanVanKheo[random.Next(4)],
                    Lifecycle = [new LifecycleEvent(LifecycleStage.Launched, day0.PlusDays(random.Next(30)))],
                });
                var fund = new FundId($"f{p}-{c}");
                builder.Add(new Fund { Id = fund, Name = $"Quỹ {c}", OwnerId = commune });
                var entries = new FundEntry[entriesPerFund];
                for (var e = 0; e < entriesPerFund; e++)
                {
                    var date = day0.PlusDays(e * 365 / Math.Max(1, entriesPerFund));
                    entries[e] = e % 3 == 2
                        ? new Disbursement(fund, date, new Dong(random.Next(1, 50) * 10_000L)) { Beneficiaries = new Beneficiaries(2, 1) }
                        : new Contribution(fund, date, new Dong(random.Next(1, 100) * 10_000L));
                }
                builder.Add(entries);
                for (var v = 0; v < villagesPerCommune; v++)
                {
                    var cell = new UnitId($"p{p}c{c}v{v}");
                    builder.Add(new Unit
                    {
                        Id = cell,
                        Name = $"Chi bộ ấp {v}",
                        Kind = UnitKind.PartyCell,
                        ParentId = commune,
                        HeadCounts = [new HeadCount(day0) { Members = pledgesPerCell + 5, Exempt = 2 }],
                    });
                    var pledges = new Pledge[pledgesPerCell];
                    for (var i = 0; i < pledgesPerCell; i++)
                    {
                        pledges[i] = new Pledge
                        {
                            Id = new PledgeId($"{cell.Value}-{i}"),
                            Pledger = Pledger.Individual(cell, i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            Target = PledgeTarget.ForModel(model),
                            Period = year,
                        };
                    }
                    builder.Add(pledges);
                }
            }
        }
        return builder.Build();
    }
}
