using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
using Codes = DomainKit.Interchange.InterchangeCodes;
using DomainKit.Models;
using DomainKit.Pledges;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Aggregation;

/// <summary>
/// The codes of every grouping dimension of a query, assigned before any item is read so that codes sort rows
/// in a meaningful order (units in tree order, built-in classifiers in their own order, time in order), and the
/// mixed-radix strides that turn a row's codes into one key. Every row key is a documented code: a unit id, a fund
/// id, a classifier's code, a period id, or for enumerations the code the interchange formats use
/// (<see cref="Interchange.InterchangeCodes"/>: <c>district</c>, <c>individual</c>, <c>replicated</c>).
/// </summary>
internal sealed class KeySpace
{
    /// <summary>The key of the time row of summary entries that no single bucket holds; it sorts after every period id.</summary>
    public const string UnattributedKey = "~unattributed";

    private static readonly LocalizedText None = new("(không có)", "(none)");

    /// <summary>The label of the row of items that have no unit on the report's map.</summary>
    internal static readonly LocalizedText UnplacedLabel = new("Chưa xác định được đơn vị", "Unplaced");

    /// <summary>The key of that row in unit dimensions.</summary>
    internal const string UnplacedKey = "~unplaced";

    private readonly Dataset dataset;

    private readonly UnitScope scope;
    private readonly Dimension[] dimensions;
    private readonly int[] capacities;
    private readonly Dictionary<Classifier, int>[] classifierCodes;
    private readonly List<DimensionValue>[] classifierValues;
    private readonly Dictionary<int, DimensionValue>?[] valueCache;

    public KeySpace(Dataset dataset, ReportQuery query, UnitScope scope)
    {
        this.dataset = dataset;
        this.scope = scope;
        dimensions = [.. query.GroupBy];
        capacities = new int[dimensions.Length];
        classifierCodes = new Dictionary<Classifier, int>[dimensions.Length];
        classifierValues = new List<DimensionValue>[dimensions.Length];
        valueCache = new Dictionary<int, DimensionValue>?[dimensions.Length];
        if (dimensions.Count(d => d.IsTime) > 1)
        {
            throw new ArgumentException("A report can group by one time dimension at most.", nameof(query));
        }
        if (dimensions.Distinct().Count() != dimensions.Length)
        {
            throw new ArgumentException("A report cannot group by the same dimension twice.", nameof(query));
        }
        for (var d = 0; d < dimensions.Length; d++)
        {
            var dimension = dimensions[d];
            if (dimension.IsTime)
            {
                Time = new TimeBuckets(dimension.Source, query.Period);
                TimeDimension = d;
            }
            capacities[d] = dimension.Source switch
            {
                // One more code than units: the row of items that have no unit on the map, after every unit.
                DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel => scope.Count + 1,
                DimensionSource.Fund => dataset.Ledgers.Count() + 1,
                DimensionSource.FundEntryKind => 8,
                DimensionSource.Purpose => dataset.LedgerStore.PurposeTable.Count + 2,
                DimensionSource.LifecycleStage => 9,
                DimensionSource.PledgerKind => 2,
                DimensionSource.EvaluationRating => 5,
                DimensionSource.AwardLevel => 5,
                DimensionSource.RecipientKind => 3,
                DimensionSource.Month or DimensionSource.Quarter or DimensionSource.Year => Time!.Count + 1,
                DimensionSource.CommittedTo => PrepareCommitments(dataset),
                _ => PrepareClassifiers(d, Classifiers(dataset, dimension.Source)),
            };
            if (dimension.Source == DimensionSource.Fund)
            {
                FundCodes = dataset.Ledgers.Select(l => l.FundId).OrderBy(id => id.Value, StringComparer.Ordinal)
                    .Select((id, code) => (id, code)).ToDictionary(x => x.id, x => x.code);
                FundValues = [.. FundCodes.OrderBy(x => x.Value).Select(x => new DimensionValue(x.Key.Value ?? string.Empty,
                    Label(dataset.FindFund(x.Key)?.Name, x.Key.Value)))];
            }
            if (dimension.Source == DimensionSource.Purpose)
            {
                PurposeTable = dataset.LedgerStore.PurposeTable;
            }
        }
        Strides = new long[dimensions.Length];
        long stride = 1;
        for (var d = dimensions.Length - 1; d >= 0; d--)
        {
            Strides[d] = stride;
            try
            {
                stride = checked(stride * capacities[d]);
            }
            catch (OverflowException)
            {
                throw new ArgumentException("The grouping has too many combinations of values to report on.", nameof(query));
            }
        }
        Size = stride;
    }

    public int Count => dimensions.Length;

    public Dimension this[int d] => dimensions[d];

    public long[] Strides { get; }

    /// <summary>The number of possible keys of the detail level.</summary>
    public long Size { get; }

    public TimeBuckets? Time { get; }

    public int TimeDimension { get; } = -1;

    public Dictionary<FundId, int>? FundCodes { get; }

    /// <summary>The codes of the units models are committed to, in the order of their ids; "none" is the code after them.</summary>
    private Dictionary<UnitId, int>? CommitmentCodes { get; set; }

    private List<DimensionValue>? CommitmentValues { get; set; }

    private List<DimensionValue>? FundValues { get; }

    private IReadOnlyList<DisbursementPurpose>? PurposeTable { get; }

    /// <summary>
    /// The code of a unit dimension for an item placed at <paramref name="position"/> (or <see cref="UnitScope.Unplaced"/>)
    /// that was recorded under <paramref name="recorded"/>.
    /// </summary>
    public int UnitCode(int d, int position, Units.UnitId recorded) => dimensions[d].Source switch
    {
        DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel when position == UnitScope.Unplaced => scope.Count,
        DimensionSource.ChildOfRoot => position == scope.Root ? position : scope.AncestorAt(position, scope.Tree.DepthAt(scope.Root) + 1),
        DimensionSource.UnitAtLevel => scope.AncestorAt(position, dimensions[d].Level),
        // The kind of a unit is known even where the map cannot place it.
        _ => ClassifierCode(d, position >= 0 ? scope.Tree.UnitAt(position).Kind : recorded.IsEmpty ? null : dataset.FindUnit(recorded)?.Kind),
    };

    /// <summary>Whether the dimension reads the unit an item is placed at.</summary>
    public bool IsUnitDimension(int d) => dimensions[d].Source is DimensionSource.UnitKind or DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel;

    /// <summary>The code of the unit a model is committed to, or of none.</summary>
    public int CommitmentCode(UnitId? unit)
        => unit is { IsEmpty: false } id && CommitmentCodes!.TryGetValue(id, out var code) ? code : CommitmentCodes!.Count;

    public int ClassifierCode(int d, Classifier? value)
        => value is not null && classifierCodes[d].TryGetValue(value, out var code) ? code : capacities[d] - 1;

    /// <summary>The value a code stands for in a row; each is made once per query, since rows repeat them.</summary>
    public DimensionValue ValueOf(int d, int code)
    {
        var cache = valueCache[d] ??= new Dictionary<int, DimensionValue>();
        if (!cache.TryGetValue(code, out var value))
        {
            value = MakeValue(d, code);
            cache.Add(code, value);
        }
        return value;
    }

    private DimensionValue MakeValue(int d, int code)
    {
        var dimension = dimensions[d];
        switch (dimension.Source)
        {
            case DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel when code == scope.Count:
                return new DimensionValue(UnplacedKey, UnplacedLabel);
            case DimensionSource.ChildOfRoot:
            case DimensionSource.UnitAtLevel:
                var unit = scope.Tree.UnitAt(code);
                var name = unit.Name ?? unit.Id.ToString();
                return scope.IsFormer(code)
                    ? new DimensionValue(unit.Id.Value + "~former", new LocalizedText(name + " (cũ)", name + " (former)"))
                    : new DimensionValue(unit.Id.Value, new LocalizedText(name, name));
            case DimensionSource.Fund:
                return FundValues![code];
            case DimensionSource.FundEntryKind:
                var entryKind = (Funds.FundEntryKind)code;
                return new DimensionValue(Codes.EntryKinds.CodeOf(entryKind)!, Names.Of(entryKind));
            case DimensionSource.Purpose:
                return code == 0 ? new DimensionValue(string.Empty, None)
                    : code <= PurposeTable!.Count ? new DimensionValue(PurposeTable[code - 1].Code, Label(PurposeTable[code - 1]))
                    : new DimensionValue("other", new LocalizedText("Khác", "Other"));
            case DimensionSource.LifecycleStage:
                return code == 8 ? new DimensionValue(string.Empty, None)
                    : new DimensionValue(Codes.Stages.CodeOf((Models.LifecycleStage)code)!, LifecycleStageNames.Of((Models.LifecycleStage)code));
            case DimensionSource.PledgerKind:
                return code == 0
                    ? new DimensionValue(Codes.PledgerKinds.CodeOf(PledgerKind.Individual)!, new LocalizedText("Cá nhân", "Individual"))
                    : new DimensionValue(Codes.PledgerKinds.CodeOf(PledgerKind.Collective)!, new LocalizedText("Tập thể", "Collective"));
            case DimensionSource.EvaluationRating:
                return code == 4 ? new DimensionValue(string.Empty, new LocalizedText("(chưa đánh giá)", "(not evaluated)"))
                    : new DimensionValue(Codes.Ratings.CodeOf((PerformanceRating)code)!, PerformanceRatings.NameOf((PerformanceRating)code));
            case DimensionSource.AwardLevel:
                return new DimensionValue(Codes.Levels.CodeOf((AuthorityLevel)code)!, Names.Of((AuthorityLevel)code));
            case DimensionSource.RecipientKind:
                return new DimensionValue(Codes.RecipientKinds.CodeOf((RecipientKind)code)!, Names.Of((RecipientKind)code));
            case DimensionSource.CommittedTo:
                return CommitmentValues![code];
            case DimensionSource.Month:
            case DimensionSource.Quarter:
            case DimensionSource.Year:
                if (code == Time!.Unattributed)
                {
                    return new DimensionValue(UnattributedKey, new LocalizedText("Không phân bổ được theo kỳ", "Not attributable to a period"));
                }
                var bucket = Time.Buckets[code];
                return new DimensionValue(bucket.Id, new LocalizedText(bucket.ToString(ReportCulture.Vietnamese), bucket.ToString(ReportCulture.Invariant)));
            default:
                return classifierValues[d][code];
        }
    }

    private int PrepareCommitments(Dataset dataset)
    {
        var units = dataset.Models.Where(m => m?.CommittedToId is { IsEmpty: false }).Select(m => m.CommittedToId!.Value)
            .Distinct().OrderBy(id => id.Value, StringComparer.Ordinal).ToList();
        CommitmentCodes = units.Select((id, code) => (id, code)).ToDictionary(x => x.id, x => x.code);
        CommitmentValues =
        [
            .. units.Select(id => dataset.FindUnit(id) is { Name: { } name } ? new DimensionValue(id.Value, new LocalizedText(name, name)) : new DimensionValue(id.Value, new LocalizedText(id.Value, id.Value))),
            new DimensionValue(string.Empty, None),
        ];
        return units.Count + 1;
    }

    private int PrepareClassifiers(int d, IEnumerable<Classifier?> values)
    {
        var builtIn = BuiltInOrder(dimensions[d].Source);
        var distinct = values.Where(v => v is not null).Select(v => v!).Distinct()
            .OrderBy(v => builtIn.IndexOf(v) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(v => v.Code, StringComparer.Ordinal)
            .ToList();
        classifierCodes[d] = distinct.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i);
        classifierValues[d] = [.. distinct.Select(v => new DimensionValue(v.Code, Label(v))), new DimensionValue(string.Empty, None)];
        return distinct.Count + 1;
    }

    // Names are data, and bad data has none (a fund whose name is null, a classifier made with a default name):
    // such a row is labelled by its id or code rather than failing the whole report.
    private static LocalizedText Label(string? name, string? id) => new(name ?? id ?? string.Empty, name ?? id ?? string.Empty);

    private static LocalizedText Label(Classifier value)
        => new(value.Name.Vietnamese ?? value.Name.English ?? value.Code, value.Name.English ?? value.Name.Vietnamese ?? value.Code);

    private static IEnumerable<Classifier?> Classifiers(Dataset dataset, DimensionSource source) => source switch
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
        DimensionSource.UnitKind => [.. Units.UnitKind.BuiltIn],
        DimensionSource.Field or DimensionSource.FieldRoot => [.. ModelField.DanVanKheo],
        DimensionSource.ModelKind => [.. Models.ModelKind.BuiltIn],
        DimensionSource.Movement => [.. Models.Movement.BuiltIn],
        DimensionSource.AwardForm => [.. Commendations.AwardForm.BuiltIn],
        DimensionSource.EmulationTitle => [.. Commendations.EmulationTitle.BuiltIn],
        _ => [],
    };
}
