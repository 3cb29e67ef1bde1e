using DomainKit.Indicators;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Interchange.Submissions;

/// <summary>Thrown inside a reader when it must stop (too many problems or records); caught where the read ends.</summary>
internal sealed class StopReadingException : Exception
{
}

/// <summary>
/// What the readers of submissions share: the problems found, with the limits of <see cref="ImportOptions"/>, and
/// the records read and kept, so that the result accounts for every one.
/// </summary>
internal sealed class SubmissionReading
{
    private readonly List<ImportProblem> problems = [];

    public SubmissionReading(string file, ImportOptions options)
    {
        File = file;
        Options = options;
    }

    public string File { get; }

    public ImportOptions Options { get; }

    public long Read { get; private set; }

    public long Kept { get; set; }

    /// <summary>Counts <paramref name="count"/> records met; past <see cref="ImportOptions.MaxRecords"/> the read stops with DK913 before them.</summary>
    public void Count(long count, long line, long column)
    {
        if (Read + count > Options.MaxRecords)
        {
            problems.Add(ImportRules.Problem(ImportRules.TooManyRecords, File, line, column, null, null, false, ("limit", Options.MaxRecords)));
            throw new StopReadingException();
        }
        Read += count;
    }

    /// <summary>Reports a problem; past <see cref="ImportOptions.MaxProblems"/> the read stops with DK909.</summary>
    public void Report(RuleDescriptor rule, long line, long column, string? field, string? value, bool rejected, params (string Name, object? Value)[] arguments)
    {
        if (problems.Count >= Options.MaxProblems)
        {
            problems.Add(ImportRules.Problem(ImportRules.TooManyProblems, File, line, column, null, null, true, ("count", Options.MaxProblems)));
            throw new StopReadingException();
        }
        problems.Add(ImportRules.Problem(rule, File, line, column, field, value, rejected, arguments));
    }

    /// <summary>A problem that stops the read where it is (DK901, DK902).</summary>
    public void Fatal(RuleDescriptor rule, long line, long column, string? field, string? value, params (string Name, object? Value)[] arguments)
        => problems.Add(ImportRules.Problem(rule, File, line, column, field, value, false, arguments));

    /// <summary>The result: the set built from what was kept, or an empty one when the read is all or nothing and found errors.</summary>
    public SubmissionImportResult Result(Func<SubmissionSet> build)
    {
        var errors = problems.Any(p => p.Severity == Severity.Error);
        var set = Options.AllOrNothing && errors ? SubmissionSet.Empty : build();
        return new SubmissionImportResult(set, problems, Read, Read - Kept);
    }

    /// <summary>Why a stated value's parts do not make a value, for DK915: the value type's own words, in English in both.</summary>
    public static LocalizedText Why(ArgumentException exception)
    {
        var message = exception.Message;
        foreach (var end in (ReadOnlySpan<string>)[" (Parameter", "\n", "\r"])
        {
            var at = message.IndexOf(end, StringComparison.Ordinal);
            message = at >= 0 ? message[..at] : message;
        }
        message = message.Trim();
        return new LocalizedText("các phần của giá trị không tạo thành một số liệu (" + message + ")", message);
    }

    /// <summary>The words for a kind of figure, for DK915's <c>{expected}</c>.</summary>
    public static LocalizedText Expected(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Count => new("một số đếm (51, hơn 500, khoảng 1.000)", "a count (51, hơn 500, khoảng 1.000)"),
        IndicatorKind.Money => new("một số tiền (2,5 tỷ, trên 730 triệu, 6.100.542.700 đ)", "an amount (2,5 tỷ, trên 730 triệu, 6.100.542.700 đ)"),
        IndicatorKind.Quantity => new("một lượng có đơn vị đo (12,5 km, khoảng 3 tấn)", "a quantity with its unit (12,5 km, khoảng 3 tấn)"),
        _ => new("một tỷ lệ phần trăm (98,4%)", "a percentage (98,4%)"),
    };
}
