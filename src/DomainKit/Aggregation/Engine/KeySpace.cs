using DomainKit.Commendations;
using DomainKit.Data;
using DomainKit.Funds;
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
/// (<see cref="CommendationCodes"/>, <see cref="PledgeCodes"/>, <see cref="ModelCodes"/>: <c>district</c>, <c>individual</c>, <c>replicated</c>).
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
    private readonly DatasetKeys.Coded<Classifier>?[] classifiers;
    private readonly Dictionary<int, DimensionValue>?[] valueCache;
    private readonly int[]?[] unitPositions;
    private readonly Dictionary<int, int>?[] unitCodes;

    public KeySpace(Dataset dataset, ReportQuery query, UnitScope scope)
    {
        this.dataset = dataset;
        this.scope = scope;
        dimensions = [.. query.GroupBy];
        capacities = new int[dimensions.Length];
        classifiers = new DatasetKeys.Coded<Classifier>?[dimensions.Length];
        var shared = DatasetKeys.Of(dataset);
        valueCache = new Dictionary<int, DimensionValue>?[dimensions.Length];
        unitPositions = new int[]?[dimensions.Length];
        unitCodes = new Dictionary<int, int>?[dimensions.Length];
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
                // The units the dimension can group by, in tree order, and one more code: the unplaced row, after them.
                DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel => PrepareUnits(d, scope.GroupPositions(GroupLevel(dimension))) + 1,
                DimensionSource.Fund => shared.Funds.Values.Length + 1,
                DimensionSource.FundEntryKind => 8,
                DimensionSource.Purpose => dataset.LedgerStore.PurposeTable.Count + 2,
                DimensionSource.LifecycleStage => 9,
                DimensionSource.PledgerKind => 2,
                DimensionSource.EvaluationRating => 5,
                DimensionSource.AwardLevel => 5,
                DimensionSource.RecipientKind => 3,
                DimensionSource.Month or DimensionSource.Quarter or DimensionSource.Year => Time!.Count + 1,
                DimensionSource.CommittedTo => shared.Commitments.Values.Length,
                _ => (classifiers[d] = shared.Classifiers(dimension.Source)).Values.Length,
            };
            if (dimension.Source == DimensionSource.Fund)
            {
                FundCodes = shared.Funds.Codes;
                FundValues = shared.Funds.Values;
            }
            if (dimension.Source == DimensionSource.CommittedTo)
            {
                Commitments = shared.Commitments;
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

    public IReadOnlyDictionary<FundId, int>? FundCodes { get; }

    /// <summary>The codes of the units models are committed to, in the order of their ids; "none" is the code after them.</summary>
    private DatasetKeys.Coded<UnitId>? Commitments { get; }


    private DimensionValue[]? FundValues { get; }

    private IReadOnlyList<DisbursementPurpose>? PurposeTable { get; }

    /// <summary>
    /// The code of a unit dimension for an item placed at <paramref name="position"/> (or <see cref="UnitScope.Unplaced"/>)
    /// that was recorded under <paramref name="recorded"/>.
    /// </summary>
    public int UnitCode(int d, int position, Units.UnitId recorded) => dimensions[d].Source switch
    {
        DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel when position == UnitScope.Unplaced => unitPositions[d]!.Length,
        DimensionSource.ChildOfRoot => GroupCode(d, position == scope.Root ? position : scope.AncestorAt(position, GroupLevel(dimensions[d]))),
        DimensionSource.UnitAtLevel => GroupCode(d, scope.AncestorAt(position, dimensions[d].Level)),
        // The kind of a unit is known even where the map cannot place it.
        _ => ClassifierCode(d, position >= 0 ? scope.Tree.UnitAt(position).Kind : recorded.IsEmpty ? null : dataset.FindUnit(recorded)?.Kind),
    };

    // A unit outside the positions the root's map gives (a former unit cut off by a circle of successors, bad data)
    // counts under the root, which every unit dimension below it has, or under the one unit a level above it has.
    private int GroupCode(int d, int position)
    {
        var codes = unitCodes[d]!;
        return codes.TryGetValue(position, out var code) ? code : codes.TryGetValue(scope.Root, out var root) ? root : 0;
    }

    // The level a unit dimension groups by: the root's children, or a level of the tree.
    private int GroupLevel(Dimension dimension)
        => dimension.Source == DimensionSource.ChildOfRoot ? scope.Tree.DepthAt(scope.Root) + 1 : dimension.Level;

    // Codes only for the units a row can be of, so that the key space, and the cells a report holds, grow with the
    // units the query touches rather than with every unit of the dataset.
    private int PrepareUnits(int d, int[] positions)
    {
        unitPositions[d] = positions;
        var codes = new Dictionary<int, int>(positions.Length);
        for (var code = 0; code < positions.Length; code++)
        {
            codes[positions[code]] = code;
        }
        unitCodes[d] = codes;
        return positions.Length;
    }

    /// <summary>Whether the dimension reads the unit an item is placed at.</summary>
    public bool IsUnitDimension(int d) => dimensions[d].Source is DimensionSource.UnitKind or DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel;

    /// <summary>The code of the unit a model is committed to, or of none.</summary>
    public int CommitmentCode(UnitId? unit)
        => unit is { IsEmpty: false } id && Commitments!.Codes.TryGetValue(id, out var code) ? code : Commitments!.Codes.Count;

    public int ClassifierCode(int d, Classifier? value)
        => value is not null && classifiers[d]!.Codes.TryGetValue(value, out var code) ? code : capacities[d] - 1;

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
            case DimensionSource.ChildOfRoot or DimensionSource.UnitAtLevel when code == unitPositions[d]!.Length:
                return new DimensionValue(UnplacedKey, UnplacedLabel);
            case DimensionSource.ChildOfRoot:
            case DimensionSource.UnitAtLevel:
                var position = unitPositions[d]![code];
                var unit = scope.Tree.UnitAt(position);
                var name = unit.Name ?? unit.Id.ToString();
                return scope.IsFormer(position)
                    ? new DimensionValue(unit.Id.Value + "~former", new LocalizedText(name + " (cũ)", name + " (former)"))
                    : new DimensionValue(unit.Id.Value, new LocalizedText(name, name));
            case DimensionSource.Fund:
                return FundValues![code];
            case DimensionSource.FundEntryKind:
                var entryKind = (Funds.FundEntryKind)code;
                return new DimensionValue(Funds.FundCodes.EntryKinds.CodeOf(entryKind)!, Names.Of(entryKind));
            case DimensionSource.Purpose:
                return code == 0 ? new DimensionValue(string.Empty, None)
                    : code <= PurposeTable!.Count ? new DimensionValue(PurposeTable[code - 1].Code, DatasetKeys.Label(PurposeTable[code - 1]))
                    : new DimensionValue("other", new LocalizedText("Khác", "Other"));
            case DimensionSource.LifecycleStage:
                return code == 8 ? new DimensionValue(string.Empty, None)
                    : new DimensionValue(ModelCodes.Stages.CodeOf((Models.LifecycleStage)code)!, LifecycleStageNames.Of((Models.LifecycleStage)code));
            case DimensionSource.PledgerKind:
                return code == 0
                    ? new DimensionValue(PledgeCodes.PledgerKinds.CodeOf(PledgerKind.Individual)!, new LocalizedText("Cá nhân", "Individual"))
                    : new DimensionValue(PledgeCodes.PledgerKinds.CodeOf(PledgerKind.Collective)!, new LocalizedText("Tập thể", "Collective"));
            case DimensionSource.EvaluationRating:
                return code == 4 ? new DimensionValue(string.Empty, new LocalizedText("(chưa đánh giá)", "(not evaluated)"))
                    : new DimensionValue(PledgeCodes.Ratings.CodeOf((PerformanceRating)code)!, PerformanceRatings.NameOf((PerformanceRating)code));
            case DimensionSource.AwardLevel:
                return new DimensionValue(CommendationCodes.Levels.CodeOf((AuthorityLevel)code)!, Names.Of((AuthorityLevel)code));
            case DimensionSource.RecipientKind:
                return new DimensionValue(CommendationCodes.RecipientKinds.CodeOf((RecipientKind)code)!, Names.Of((RecipientKind)code));
            case DimensionSource.CommittedTo:
                return Commitments!.Values[code];
            case DimensionSource.Month:
            case DimensionSource.Quarter:
            case DimensionSource.Year:
                if (code == Time!.Unattributed)
                {
                    return new DimensionValue(UnattributedKey, new LocalizedText("Không phân bổ được theo kỳ", "Not attributable to a period"));
                }
                var bucket = Time.Buckets[code];
                return new DimensionValue(bucket.Id, new LocalizedText(bucket.ToString(TextCulture.Vietnamese), bucket.ToString(TextCulture.English)));
            default:
                return classifiers[d]!.Values[code];
        }
    }
}
