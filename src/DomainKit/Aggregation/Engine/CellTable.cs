namespace DomainKit.Aggregation;

/// <summary>
/// Accumulators for the cells of one report level: per cell and per measure a value, a second value (a rate's
/// denominator) and how many items reported into it, so that "nothing reported" stays apart from zero. Cells are
/// found by their mixed-radix key, in a dense array when the key space is small and a dictionary otherwise.
/// </summary>
internal sealed class CellTable
{
    public const int SlotsPerMeasure = 3;
    private const long DenseLimit = 1 << 21;

    private readonly int measures;
    private readonly int[]? dense;
    private readonly Dictionary<long, int>? sparse;
    private readonly List<long> keys = [];
    private long[] slots = new long[64];

    public CellTable(long keySpace, int measures)
    {
        this.measures = measures;
        if (keySpace <= DenseLimit)
        {
            dense = new int[keySpace];
            Array.Fill(dense, -1);
        }
        else
        {
            sparse = [];
        }
    }

    public int Count => keys.Count;

    public IReadOnlyList<long> Keys => keys;

    /// <summary>The cell of <paramref name="key"/>, created empty when new.</summary>
    public int Cell(long key)
    {
        int cell;
        if (dense is not null)
        {
            cell = dense[key];
            if (cell >= 0)
            {
                return cell;
            }
            cell = NewCell(key);
            dense[key] = cell;
            return cell;
        }
        if (sparse!.TryGetValue(key, out cell))
        {
            return cell;
        }
        cell = NewCell(key);
        sparse.Add(key, cell);
        return cell;
    }

    public bool TryGetCell(long key, out int cell)
    {
        if (dense is not null)
        {
            cell = key < dense.Length ? dense[key] : -1;
            return cell >= 0;
        }
        return sparse!.TryGetValue(key, out cell);
    }

    public void Add(int cell, int measure, long value)
    {
        // Positions cannot overflow (the table would not fit in memory first); the sums of money can, and must not wrap.
        var at = unchecked((cell * measures + measure) * SlotsPerMeasure);
        slots[at] = checked(slots[at] + value);
        unchecked
        {
            slots[at + 2]++;
        }
    }

    /// <summary>Adds a value summed over <paramref name="reports"/> items at once.</summary>
    public void AddReported(int cell, int measure, long value, long reports)
    {
        var at = unchecked((cell * measures + measure) * SlotsPerMeasure);
        slots[at] = checked(slots[at] + value);
        slots[at + 2] = checked(slots[at + 2] + reports);
    }

    public void AddRate(int cell, int measure, long numerator, long denominator)
    {
        var at = (cell * measures + measure) * SlotsPerMeasure;
        slots[at] = checked(slots[at] + numerator);
        slots[at + 1] = checked(slots[at + 1] + denominator);
        slots[at + 2]++;
    }

    /// <summary>Says that the cell's figure of <paramref name="measure"/> is known, even if nothing adds to it: a real zero.</summary>
    public void MarkReported(int cell, int measure)
    {
        var at = (cell * measures + measure) * SlotsPerMeasure;
        slots[at + 2] = checked(slots[at + 2] + 1);
    }

    /// <summary>
    /// Says that part of the cell's figure of <paramref name="measure"/> cannot be known (a balance on a day inside a
    /// summary entry's span, goods without a value), so that the figure is missing whatever else adds to it, here and
    /// in every cell merged from it. Only for measures that are not rates: the second slot, otherwise unused, goes negative.
    /// </summary>
    public void MarkUnknown(int cell, int measure)
    {
        var at = (cell * measures + measure) * SlotsPerMeasure;
        slots[at + 1] = checked(slots[at + 1] - 1);
    }

    public bool IsUnknown(int cell, int measure) => slots[(cell * measures + measure) * SlotsPerMeasure + 1] < 0;

    public long Value(int cell, int measure) => slots[(cell * measures + measure) * SlotsPerMeasure];

    public long Second(int cell, int measure) => slots[(cell * measures + measure) * SlotsPerMeasure + 1];

    public long Reports(int cell, int measure) => slots[(cell * measures + measure) * SlotsPerMeasure + 2];

    /// <summary>Adds another cell's accumulators, used to derive subtotals and totals from details.</summary>
    public void Merge(int cell, int measure, CellTable from, int fromCell)
    {
        var at = (cell * measures + measure) * SlotsPerMeasure;
        var source = (fromCell * from.measures + measure) * SlotsPerMeasure;
        slots[at] = checked(slots[at] + from.slots[source]);
        slots[at + 1] = checked(slots[at + 1] + from.slots[source + 1]);
        slots[at + 2] = checked(slots[at + 2] + from.slots[source + 2]);
    }

    private int NewCell(long key)
    {
        var cell = keys.Count;
        keys.Add(key);
        var needed = (cell + 1) * measures * SlotsPerMeasure;
        if (needed > slots.Length)
        {
            Array.Resize(ref slots, Math.Max(needed, slots.Length * 2));
        }
        return cell;
    }
}
