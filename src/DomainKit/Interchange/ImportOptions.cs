namespace DomainKit.Interchange;

/// <summary>How a reader loads a dataset and what it tolerates. Immutable; change it with <c>with</c>.</summary>
public sealed record ImportOptions
{
    /// <summary>Keeps every good record, reports the rest; bounded against hostile files.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, any problem of severity error makes the result's dataset empty, so that a caller
    /// loads all of a file or nothing; the problems are returned either way. Default <see langword="false"/>: the
    /// good records load and the bad ones come back as problems.
    /// </summary>
    public bool AllOrNothing { get; init; }

    /// <summary>
    /// The most problems reported before the reader stops with DK909, so that a file of garbage cannot fill memory
    /// with findings; default 10,000. Notes about a bundle's files as a whole (DK906 missing, DK907 stray) do not count.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MaxProblems
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one problem must be reportable.");
    } = 10_000;

    /// <summary>
    /// The longest field, string or line a reader holds, in characters; anything longer is reported (DK901) without
    /// being held whole: a CSV reader skips to the next line, the JSON reader stops there, since JSON cannot be
    /// resumed in the middle of a value. Default 1,048,576.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1,024.</exception>
    public int MaxFieldLength
    {
        get;
        init => field = value >= 1_024 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be at least 1,024 characters.");
    } = 1 << 20;

    /// <summary>The deepest nesting of a JSON file; deeper is reported (DK901). Default 64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 8 or above 1,000.</exception>
    public int MaxDepth
    {
        get;
        init => field = value is >= 8 and <= 1_000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The depth must be from 8 to 1,000.");
    } = 64;

    /// <summary>
    /// The most records a reader reads (of every kind together, in a CSV bundle the rows of every file); past it the
    /// reading stops with DK913, so that a small file cannot fill memory unasked. Default 20,000,000: a large province's
    /// data many times over. A whole country over a five-year term is about 30 million records: raise it for that.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public long MaxRecords
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least one record must be readable.");
    } = 20_000_000;

    /// <summary>
    /// The most bytes the files of a CSV bundle may hold together, decompressed (a zip) or as read (a folder); past it
    /// the reading stops with DK912, so that a zip of a few megabytes cannot expand into gigabytes of rows unasked.
    /// Checked against the sizes a zip declares before anything is read, and against the bytes really read, since a
    /// zip may lie. Default 1,073,741,824 (1 GiB): a tenth of the country is about 200 MB, the whole country about 2 GB.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1,024.</exception>
    public long MaxBundleBytes
    {
        get;
        init => field = value >= 1_024 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be at least 1,024 bytes.");
    } = 1L << 30;

    /// <summary>Told how far a long read has come, every 65,536 records or so; <see langword="null"/> for nothing.</summary>
    public IProgress<ImportProgress>? Progress { get; init; }
}
