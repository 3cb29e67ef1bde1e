using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Pledges;
using DomainKit.Units;

namespace DomainKit.Data;

/// <summary>
/// Collects the items of a <see cref="Dataset"/> and builds it. Adding never rejects bad data (a repeated id,
/// a reference to nothing): the dataset holds it and validation reports it. Not thread-safe; the datasets it
/// builds are.
/// </summary>
public sealed class DatasetBuilder
{
    private readonly ImmutableArray<Unit>.Builder units = ImmutableArray.CreateBuilder<Unit>();
    private readonly ImmutableArray<EmulationModel>.Builder models = ImmutableArray.CreateBuilder<EmulationModel>();
    private readonly ImmutableArray<Pledge>.Builder pledges = ImmutableArray.CreateBuilder<Pledge>();
    private readonly ImmutableArray<PledgePayment>.Builder payments = ImmutableArray.CreateBuilder<PledgePayment>();
    private readonly ImmutableArray<Fund>.Builder funds = ImmutableArray.CreateBuilder<Fund>();
    private LedgerStoreBuilder fundEntries = new();
    private readonly ImmutableArray<Commendation>.Builder commendations = ImmutableArray.CreateBuilder<Commendation>();

    /// <summary>Adds units.</summary>
    /// <exception cref="ArgumentNullException">An argument or item is <see langword="null"/>.</exception>
    public DatasetBuilder Add(params IEnumerable<Unit> items) => AddTo(units, items);

    /// <summary>Adds emulation models.</summary>
    /// <exception cref="ArgumentNullException">An argument or item is <see langword="null"/>.</exception>
    public DatasetBuilder Add(params IEnumerable<EmulationModel> items) => AddTo(models, items);

    /// <summary>Adds pledges.</summary>
    /// <exception cref="ArgumentNullException">An argument or item is <see langword="null"/>.</exception>
    public DatasetBuilder Add(params IEnumerable<Pledge> items) => AddTo(pledges, items);

    /// <summary>Adds pledge payments.</summary>
    /// <exception cref="ArgumentNullException">An argument or item is <see langword="null"/>.</exception>
    public DatasetBuilder Add(params IEnumerable<PledgePayment> items) => AddTo(payments, items);

    /// <summary>Adds funds.</summary>
    /// <exception cref="ArgumentNullException">An argument or item is <see langword="null"/>.</exception>
    public DatasetBuilder Add(params IEnumerable<Fund> items) => AddTo(funds, items);

    /// <summary>Adds fund entries, of any fund.</summary>
    /// <exception cref="ArgumentNullException">An argument or item is <see langword="null"/>.</exception>
    public DatasetBuilder Add(params IEnumerable<FundEntry> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            // Entries go straight into columns, so a caller streaming millions of them holds none for long.
            fundEntries.Add(item ?? throw new ArgumentNullException(nameof(items), "A dataset item cannot be null."));
        }
        return this;
    }

    /// <summary>Adds commendations.</summary>
    /// <exception cref="ArgumentNullException">An argument or item is <see langword="null"/>.</exception>
    public DatasetBuilder Add(params IEnumerable<Commendation> items) => AddTo(commendations, items);

    /// <summary>What the builder holds so far: <c>DatasetBuilder: 3 units, 1 models, ...</c>, in the words of <see cref="Dataset.ToString"/>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"DatasetBuilder: {units.Count} units, {models.Count} models, {pledges.Count} pledges, {payments.Count} payments, " +
        $"{funds.Count} funds, {fundEntries.Count} fund entries, {commendations.Count} commendations so far");

    /// <summary>Builds an immutable dataset of everything added so far; the builder can go on being used.</summary>
    public Dataset Build() => new(
        units.ToImmutable(),
        models.ToImmutable(),
        pledges.ToImmutable(),
        payments.ToImmutable(),
        funds.ToImmutable(),
        fundEntries.Build(),
        commendations.ToImmutable());

    /// <summary>
    /// Builds the dataset and empties the builder as it goes, so that nothing is held twice: for a reader that builds
    /// once and lets the builder go.
    /// </summary>
    internal Dataset BuildOnce() => new(
        units.DrainToImmutable(),
        models.DrainToImmutable(),
        pledges.DrainToImmutable(),
        payments.DrainToImmutable(),
        funds.DrainToImmutable(),
        fundEntries.Build(release: true),
        commendations.DrainToImmutable());

    // One item at a time, for a reader adding millions: no collection is made to pass it.
    internal void AddOne(Unit item) => units.Add(item);

    internal void AddOne(EmulationModel item) => models.Add(item);

    internal void AddOne(Pledge item) => pledges.Add(item);

    internal void AddOne(PledgePayment item) => payments.Add(item);

    internal void AddOne(Fund item) => funds.Add(item);

    internal void AddOne(Commendation item) => commendations.Add(item);

    /// <summary>Takes the fund entries of <paramref name="other"/> in place of this builder's own, which must be none yet.</summary>
    internal void TakeLedger(DatasetBuilder other)
    {
        if (fundEntries.Count != 0)
        {
            throw new InvalidOperationException("The builder holds fund entries already.");
        }
        fundEntries = other.fundEntries;
        other.fundEntries = new();
    }

    /// <summary>The fund entries' columns, for a reader that adds entries without making their records.</summary>
    internal LedgerStoreBuilder Ledger => fundEntries;

    private DatasetBuilder AddTo<T>(ImmutableArray<T>.Builder target, IEnumerable<T> items)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            // A null item is a programming error, unlike a blank name or a dangling reference inside an item.
            target.Add(item ?? throw new ArgumentNullException(nameof(items), "A dataset item cannot be null."));
        }
        return this;
    }
}
