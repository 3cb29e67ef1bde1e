using System.Collections.Frozen;
using System.Collections.Immutable;
using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Pledges;
using DomainKit.Units;
using DomainKit.Utility;
using NodaTime;

namespace DomainKit.Data;

/// <summary>
/// A whole dataset: units, emulation models, pledges and their payments, funds and their ledgers, and
/// commendations, with the unit trees and lookups built once. Made by <see cref="DatasetBuilder"/>.
/// </summary>
/// <remarks>
/// Immutable: every index is built when the dataset is built, so any number of threads may read it at once.
/// The dataset holds what it was given, bad data included (a repeated id, a dangling reference); lookups by
/// id return the first item with that id, and <see cref="Validation.DatasetValidator"/> reports the rest.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class Dataset
{
    private static readonly FrozenDictionary<PledgeId, ImmutableArray<PledgePayment>> NoPayments =
        FrozenDictionary<PledgeId, ImmutableArray<PledgePayment>>.Empty;

    private readonly FrozenDictionary<UnitId, Unit> unitsById;
    // The largest lookups (a country holds millions of pledges) are kept as built rather than frozen: freezing one
    // costs more than building it and gains little for these keys.
    private readonly Dictionary<ModelId, EmulationModel> modelsById;
    private readonly Dictionary<PledgeId, Pledge> pledgesById;
    private readonly FrozenDictionary<FundId, Fund> fundsById;
    private readonly FrozenDictionary<CommendationId, Commendation> commendationsById;
    private readonly FrozenDictionary<PledgeId, ImmutableArray<PledgePayment>> paymentsByPledge;
    private readonly FrozenDictionary<FundId, FundLedger> ledgersByFund;
    private readonly Lazy<IReadOnlyDictionary<UnitId, int[]>> pledgesByUnit;
    private readonly Lazy<IReadOnlyDictionary<UnitId, int[]>> modelsByUnit;
    private readonly UnitMaps maps;

    internal Dataset(
        ImmutableArray<Unit> units,
        ImmutableArray<EmulationModel> models,
        ImmutableArray<Pledge> pledges,
        ImmutableArray<PledgePayment> payments,
        ImmutableArray<Fund> funds,
        LedgerStore ledgerStore,
        ImmutableArray<Commendation> commendations)
    {
        Units = units;
        Models = models;
        Pledges = pledges;
        Payments = payments;
        Funds = funds;
        LedgerStore = ledgerStore;
        FundEntries = new AllEntries(ledgerStore);
        Commendations = commendations;

        // The pledges' lookup, the largest, is built on another core while the rest is built here.
        var pledgeLookup = pledges.Length >= ParallelFrom
            ? Task.Run(() => (ById(pledges, p => p.Id, id => id.IsEmpty, out var r), r))
            : Task.FromResult((ById(pledges, p => p.Id, id => id.IsEmpty, out var r), r));
        unitsById = FirstById(units, u => u.Id, id => id.IsEmpty, out var unitRepeats);
        modelsById = ById(models, m => m.Id, id => id.IsEmpty, out var modelRepeats);
        fundsById = FirstById(funds, f => f.Id, id => id.IsEmpty, out var fundRepeats);
        commendationsById = FirstById(commendations, c => c.Id, id => id.IsEmpty, out var commendationRepeats);
        pledgesByUnit = IndexByUnit(pledges, p => p.Pledger?.UnitId);
        modelsByUnit = IndexByUnit(models, m => m.OwnerId);

        paymentsByPledge = payments.IsEmpty
            ? NoPayments
            : payments.GroupBy(p => p.PledgeId).ToFrozenDictionary(g => g.Key, g => g.OrderBy(p => p.Date).ToImmutableArray());
        var ledgers = new Dictionary<FundId, FundLedger>(ledgerStore.FundCount + fundsById.Count);
        for (var f = 0; f < ledgerStore.FundCount; f++)
        {
            var id = ledgerStore.FundAt(f);
            ledgers[id] = new FundLedger(fundsById.GetValueOrDefault(id), id, ledgerStore, ledgerStore.StartOf(f), ledgerStore.EndOf(f));
        }
        foreach (var fund in fundsById.Values)
        {
            ledgers.TryAdd(fund.Id, new FundLedger(fund, fund.Id, LedgerStore.Empty, 0, 0));
        }
        ledgersByFund = ledgers.ToFrozenDictionary();

        maps = new UnitMaps(units, FindUnit);
        OrganisationTree = maps.RecordedOn(UnitLinkKind.Parent, LocalDate.MaxIsoValue);
        TerritoryTree = maps.RecordedOn(UnitLinkKind.Territory, LocalDate.MaxIsoValue);
        (pledgesById, var pledgeRepeats) = pledgeLookup.GetAwaiter().GetResult();
        RepeatsIds = (unitRepeats, modelRepeats, pledgeRepeats, fundRepeats, commendationRepeats);
    }

    /// <summary>An empty dataset.</summary>
    public static Dataset Empty { get; } = new DatasetBuilder().Build();

    /// <summary>Every unit, in the order added.</summary>
    public ImmutableArray<Unit> Units { get; }

    /// <summary>Every emulation model, in the order added.</summary>
    public ImmutableArray<EmulationModel> Models { get; }

    /// <summary>Every pledge, in the order added.</summary>
    public ImmutableArray<Pledge> Pledges { get; }

    /// <summary>Every pledge payment, in the order added.</summary>
    public ImmutableArray<PledgePayment> Payments { get; }

    /// <summary>Every fund, in the order added.</summary>
    public ImmutableArray<Fund> Funds { get; }

    /// <summary>
    /// Every fund entry, fund by fund, each fund's in date order. Entries are held in columns and given as records
    /// when read, so iterate the ledgers or use their sums when speed matters.
    /// </summary>
    public IReadOnlyList<FundEntry> FundEntries { get; }

    internal LedgerStore LedgerStore { get; }

    /// <summary>Every commendation, in the order added.</summary>
    public ImmutableArray<Commendation> Commendations { get; }

    /// <summary>
    /// The organisational tree as it stands after the last recorded change: each unit under its latest parent
    /// (<see cref="Unit.ParentId"/>, then <see cref="Unit.ParentChanges"/>), a unit that has ended under the parent of
    /// its last day. <see cref="OrganisationTreeOn"/> gives the tree of any day.
    /// </summary>
    public UnitTree OrganisationTree { get; }

    /// <summary>The territorial tree after the last recorded change, as <see cref="OrganisationTree"/> is for parents.</summary>
    public UnitTree TerritoryTree { get; }

    /// <summary>
    /// The organisational tree of <paramref name="date"/> as recorded: each unit under the parent its links give on that
    /// day; a unit that had ended by then under the parent of its last day, one not yet begun under that of its first.
    /// Successors are not followed (reports do that on the map of a date, <see cref="Aggregation.UnitBasis.On"/>). Days
    /// between two recorded changes share one tree, built on first use and kept, so asking is as cheap as
    /// <see cref="OrganisationTree"/> once built: <c>OrganisationTreeOn(day).ParentOf(id)</c> answers in O(1).
    /// </summary>
    public UnitTree OrganisationTreeOn(LocalDate date) => maps.RecordedOn(UnitLinkKind.Parent, date);

    /// <summary>The territorial tree of <paramref name="date"/> as recorded, as <see cref="OrganisationTreeOn"/> is for parents.</summary>
    public UnitTree TerritoryTreeOn(LocalDate date) => maps.RecordedOn(UnitLinkKind.Territory, date);

    /// <summary>
    /// The unit that stands for <paramref name="id"/> on the map of <paramref name="date"/>: the unit itself while it
    /// exists; once it has ended, the unit it had become (its successor, or its primary one of several, through any
    /// number of mergers; for a unit that ended without a successor, its nearest ancestor that goes on); before it
    /// began, its one predecessor that existed then, or else its first parent. <see langword="null"/> when the dataset
    /// holds no such unit or it cannot be followed (a split with no primary successor). Reports on the map of a date
    /// (<see cref="Aggregation.UnitBasis.On"/>) place items the same way.
    /// </summary>
    public Unit? FindUnitOn(UnitId id, LocalDate date)
    {
        var map = maps.ResolvedOn(UnitLinkKind.Parent, date);
        var position = id.IsEmpty ? -1 : map.Tree.PositionOf(id);
        return position >= 0 && map.TargetOf(position) is var target && target >= 0 ? map.Tree.UnitAt(target) : null;
    }

    /// <summary>The map of <paramref name="date"/> as recorded, nothing followed; kept with its tree.</summary>
    internal UnitMap RecordedMapOn(UnitLinkKind kind, LocalDate date) => maps.RecordedMapOn(kind, date);

    /// <summary>The map of <paramref name="date"/> with every unit followed to what it had become that day.</summary>
    internal UnitMap ResolvedMapOn(UnitLinkKind kind, LocalDate date) => maps.ResolvedOn(kind, date);

    /// <summary>Every distinct tree of one kind of link over time, each with a day it holds on.</summary>
    internal IEnumerable<(LocalDate Day, UnitTree Tree)> RecordedTrees(UnitLinkKind kind) => maps.RecordedTrees(kind);

    /// <summary>Every fund's ledger, including ledgers of entries that name a fund the dataset does not hold.</summary>
    public IEnumerable<FundLedger> Ledgers => ledgersByFund.Values;

    /// <summary>The ledgers, in the order <see cref="Ledgers"/> gives them, by position.</summary>
    internal ImmutableArray<FundLedger> LedgerList => ledgersByFund.Values;

    /// <summary>The unit with this id, or <see langword="null"/>.</summary>
    public Unit? FindUnit(UnitId id) => unitsById.GetValueOrDefault(id);

    /// <summary>The model with this id, or <see langword="null"/>.</summary>
    public EmulationModel? FindModel(ModelId id) => modelsById.GetValueOrDefault(id);

    /// <summary>The pledge with this id, or <see langword="null"/>.</summary>
    public Pledge? FindPledge(PledgeId id) => pledgesById.GetValueOrDefault(id);

    /// <summary>The fund with this id, or <see langword="null"/>.</summary>
    public Fund? FindFund(FundId id) => fundsById.GetValueOrDefault(id);

    /// <summary>The commendation with this id, or <see langword="null"/>.</summary>
    public Commendation? FindCommendation(CommendationId id) => commendationsById.GetValueOrDefault(id);

    /// <summary>The ledger of a fund: its entries in date order (empty when it has none).</summary>
    public FundLedger LedgerOf(FundId id)
        => ledgersByFund.TryGetValue(id, out var ledger) ? ledger : new FundLedger(FindFund(id), id, LedgerStore.Empty, 0, 0);

    /// <summary>The payments made towards a pledge, oldest first.</summary>
    public ImmutableArray<PledgePayment> PaymentsOf(PledgeId id)
        => paymentsByPledge.TryGetValue(id, out var payments) ? payments : [];

    /// <summary>The statement of a pledge as of a day: instalments, payments allocated, status.</summary>
    /// <exception cref="KeyNotFoundException">The dataset holds no pledge with this id.</exception>
    public PledgeStatement StatementOf(PledgeId id, LocalDate asOf)
    {
        var pledge = FindPledge(id) ?? throw new KeyNotFoundException($"The dataset holds no pledge '{id}'.");
        return PledgeStatement.Compute(pledge, PaymentsOf(id), asOf);
    }

    /// <summary>A one-line summary of what the dataset holds.</summary>
    public override string ToString()
        => $"Dataset: {Units.Length} units, {Models.Length} models, {Pledges.Length} pledges, {Payments.Length} payments, " +
           $"{Funds.Length} funds, {FundEntries.Count} fund entries, {Commendations.Length} commendations";

    private sealed class AllEntries(LedgerStore store) : IReadOnlyList<FundEntry>
    {
        public int Count => store.Count;

        public FundEntry this[int index]
            => (uint)index < (uint)store.Count
                ? store.EntryAt(index, store.FundAt(store.FundOrdinalOf(index)))
                : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<FundEntry> GetEnumerator()
        {
            for (var f = 0; f < store.FundCount; f++)
            {
                var fundId = store.FundAt(f);
                for (var i = store.StartOf(f); i < store.EndOf(f); i++)
                {
                    yield return store.EntryAt(i, fundId);
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The positions of the pledges of each pledger unit, made the first time a report asks and kept.</summary>
    internal IReadOnlyDictionary<UnitId, int[]> PledgesByUnit => pledgesByUnit.Value;

    /// <summary>The positions of the models of each owner unit, made the first time a report asks and kept.</summary>
    internal IReadOnlyDictionary<UnitId, int[]> ModelsByUnit => modelsByUnit.Value;

    private static Lazy<IReadOnlyDictionary<UnitId, int[]>> IndexByUnit<T>(ImmutableArray<T> items, Func<T, UnitId?> unitOf)
        => new(() =>
        {
            var lists = new Dictionary<UnitId, List<int>>();
            for (var i = 0; i < items.Length; i++)
            {
                if (unitOf(items[i]) is { } unit)
                {
                    if (!lists.TryGetValue(unit, out var list))
                    {
                        lists.Add(unit, list = []);
                    }
                    list.Add(i);
                }
            }
            return lists.ToDictionary(l => l.Key, l => l.Value.ToArray());
        }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether any id repeats among units, models, pledges, funds and commendations; known from building the lookups.</summary>
    internal (bool Units, bool Models, bool Pledges, bool Funds, bool Commendations) RepeatsIds { get; }

    // Lookups of this many items or more are built on another core.
    private const int ParallelFrom = 100_000;

    private static FrozenDictionary<TId, T> FirstById<T, TId>(ImmutableArray<T> items, Func<T, TId> idOf, Func<TId, bool> isEmpty, out bool repeats)
        where TId : notnull
        => ById(items, idOf, isEmpty, out repeats).ToFrozenDictionary();

    private static Dictionary<TId, T> ById<T, TId>(ImmutableArray<T> items, Func<T, TId> idOf, Func<TId, bool> isEmpty, out bool repeats)
        where TId : notnull
    {
        var map = new Dictionary<TId, T>(items.Length);
        repeats = false;
        foreach (var item in items)
        {
            var id = idOf(item);
            if (!isEmpty(id))
            {
                repeats |= !map.TryAdd(id, item);
            }
        }
        return map;
    }
}
