using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// The codes of the dimensions whose values come from the whole dataset (funds, classifiers, the units models are
/// committed to), made the first time a report of the dataset groups by them and kept as long as the dataset lives,
/// so that a query costs what it touches rather than a scan of every model or ledger. Read-only once made, and so
/// shared by queries on any thread.
/// </summary>
internal sealed class DatasetKeys
{
    private static readonly ConditionalWeakTable<Dataset, DatasetKeys> ByDataset = [];
    private static readonly LocalizedText None = new("(không có)", "(none)");

    private readonly Dataset dataset;
    private readonly Lazy<Coded<FundId>> funds;
    private readonly Lazy<Coded<UnitId>> commitments;
    private readonly ConcurrentDictionary<DimensionSource, Lazy<Coded<Classifier>>> classifiers = new();
    private readonly ConditionalWeakTable<UnitTree, int[]> ledgerOwners = [];

    private DatasetKeys(Dataset dataset)
    {
        this.dataset = dataset;
        funds = new(MakeFunds, LazyThreadSafetyMode.ExecutionAndPublication);
        commitments = new(MakeCommitments, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Codes in the order rows come in, and the row value of each; the last value stands for "none" where there is one.</summary>
    public sealed record Coded<T>(Dictionary<T, int> Codes, DimensionValue[] Values)
        where T : notnull;

    public static DatasetKeys Of(Dataset dataset) => ByDataset.GetValue(dataset, static d => new DatasetKeys(d));

    /// <summary>Every fund with a ledger, by id, ordered by id.</summary>
    public Coded<FundId> Funds => funds.Value;

    /// <summary>Every unit a model is committed to, ordered by id, then "none".</summary>
    public Coded<UnitId> Commitments => commitments.Value;

    /// <summary>The values of a classifier dimension in the dataset: the built-in ones in their order, then the others by code, then "none".</summary>
    public Coded<Classifier> Classifiers(DimensionSource source)
        => classifiers.GetOrAdd(source, s => new Lazy<Coded<Classifier>>(() => MakeClassifiers(s), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>
    /// For each ledger of the dataset, in order, its owner's position in <paramref name="tree"/>: -1 when the tree
    /// does not hold the owner or the ledger's fund has none, or the dataset not the fund. Reports place every ledger;
    /// looking owners up by id each time would cost more than adding up their monthly rows.
    /// </summary>
    public int[] LedgerOwnerPositions(UnitTree tree) => ledgerOwners.GetValue(tree, t =>
    {
        var ledgers = dataset.LedgerList;
        var positions = new int[ledgers.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            var owner = ledgers[i].Fund is { } fund ? fund.OwnerId : default;
            positions[i] = owner.IsEmpty ? -1 : t.PositionOf(owner);
        }
        return positions;
    });

    private Coded<FundId> MakeFunds()
    {
        var ids = dataset.Ledgers.Select(l => l.FundId).OrderBy(id => id.Value, StringComparer.Ordinal).ToList();
        var codes = ids.Select((id, code) => (id, code)).ToDictionary(x => x.id, x => x.code);
        return new Coded<FundId>(codes, [.. ids.Select(id => new DimensionValue(id.Value ?? string.Empty, Label(dataset.FindFund(id)?.Name, id.Value)))]);
    }

    private Coded<UnitId> MakeCommitments()
    {
        var units = dataset.Models.Where(m => m?.CommittedToId is { IsEmpty: false }).Select(m => m.CommittedToId!.Value)
            .Distinct().OrderBy(id => id.Value, StringComparer.Ordinal).ToList();
        return new Coded<UnitId>(
            units.Select((id, code) => (id, code)).ToDictionary(x => x.id, x => x.code),
            [.. units.Select(id => new DimensionValue(id.Value, Label(dataset.FindUnit(id)?.Name, id.Value))), new DimensionValue(string.Empty, None)]);
    }

    private Coded<Classifier> MakeClassifiers(DimensionSource source)
    {
        var builtIn = BuiltInOrder(source);
        var distinct = Values(source).Where(v => v is not null).Select(v => v!).Distinct()
            .OrderBy(v => builtIn.IndexOf(v) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(v => v.Code, StringComparer.Ordinal)
            .ToList();
        return new Coded<Classifier>(
            distinct.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i),
            [.. distinct.Select(v => new DimensionValue(v.Code, Label(v))), new DimensionValue(string.Empty, None)]);
    }

    // Names are data, and bad data has none (a fund whose name is null, a classifier made with a default name):
    // such a row is labelled by its id or code rather than failing the whole report.
    private static LocalizedText Label(string? name, string? id) => new(name ?? id ?? string.Empty, name ?? id ?? string.Empty);

    public static LocalizedText Label(Classifier value)
        => new(value.Name.Vietnamese ?? value.Name.English ?? value.Code, value.Name.English ?? value.Name.Vietnamese ?? value.Code);

    private IEnumerable<Classifier?> Values(DimensionSource source) => source switch
    {
        DimensionSource.UnitKind => dataset.Units.Select(u => (Classifier?)u.Kind),
        DimensionSource.Field => dataset.Models.Select(m => (Classifier?)m.Field),
        DimensionSource.FieldRoot => dataset.Models.Select(m => (Classifier?)m.Field?.Root),
        DimensionSource.ModelKind => dataset.Models.Select(m => (Classifier?)m.Kind),
        DimensionSource.Movement => dataset.Models.Select(m => (Classifier?)m.Movement).Concat(dataset.Commendations.Select(c => (Classifier?)c.Movement)),
        DimensionSource.AwardForm => dataset.Commendations.Select(c => (Classifier?)c.Form),
        DimensionSource.EmulationTitle => dataset.Commendations.Select(c => (Classifier?)c.Title),
        _ => [],
    };

    private static List<Classifier> BuiltInOrder(DimensionSource source) => source switch
    {
        DimensionSource.UnitKind => [.. UnitKind.BuiltIn],
        DimensionSource.Field or DimensionSource.FieldRoot => [.. Models.ModelField.DanVanKheo],
        DimensionSource.ModelKind => [.. Models.ModelKind.BuiltIn],
        DimensionSource.Movement => [.. Models.Movement.BuiltIn],
        DimensionSource.AwardForm => [.. Commendations.AwardForm.BuiltIn],
        DimensionSource.EmulationTitle => [.. Commendations.EmulationTitle.BuiltIn],
        _ => [],
    };
}
