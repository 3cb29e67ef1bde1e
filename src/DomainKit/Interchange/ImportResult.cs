using System.Collections.Immutable;
using System.Text;
using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Utility;
using DomainKit.Validation;

namespace DomainKit.Interchange;

/// <summary>
/// What a read gives back: the dataset of every good record, and every problem with the bad ones, so that nothing
/// is dropped silently. With <see cref="ImportOptions.AllOrNothing"/> and errors, the dataset is empty. Immutable.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ImportResult
{
    /// <summary>A result of <paramref name="dataset"/> and <paramref name="problems"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is <see langword="null"/>.</exception>
    public ImportResult(Dataset dataset, IEnumerable<ImportProblem> problems, long recordsRead, long recordsRejected)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(problems);
        Dataset = dataset;
        Problems = [.. problems];
        RecordsRead = recordsRead;
        RecordsRejected = recordsRejected;
    }

    /// <summary>The dataset of the records read; empty when the read was all or nothing and found errors.</summary>
    public Dataset Dataset { get; }

    /// <summary>Every problem, in the order met.</summary>
    public ImmutableArray<ImportProblem> Problems { get; }

    /// <summary>Records met in the input, good and bad.</summary>
    public long RecordsRead { get; }

    /// <summary>Records left out because of an error; each has at least one problem with <see cref="ImportProblem.Rejected"/>.</summary>
    public long RecordsRejected { get; }

    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);

    /// <summary>The problems of rejected records: what the caller gets back to fix.</summary>
    public IEnumerable<ImportProblem> Rejected => Problems.Where(p => p.Rejected);

    /// <summary>A summary line ("2.000 bản ghi đã đọc, 3 bị loại: 3 lỗi, 1 cảnh báo") and one line per problem.</summary>
    public string ToString(TextCulture culture)
    {
        var text = new StringBuilder(Summary(culture));
        foreach (var problem in Problems)
        {
            text.Append('\n').Append(problem.ToString(culture));
        }
        return text.ToString();
    }

    /// <summary>The summary and problems in English.</summary>
    public override string ToString() => ToString(TextCulture.English);

    /// <summary>The summary line: records read and rejected, and the problems that are errors and warnings.</summary>
    internal string Summary(TextCulture culture)
    {
        var errors = Problems.Count(p => p.Severity == Severity.Error);
        var warnings = Problems.Count(p => p.Severity == Severity.Warning);
        return culture == TextCulture.Vietnamese
            ? $"{MessageText.Write(RecordsRead, culture)} bản ghi đã đọc, {MessageText.Write(RecordsRejected, culture)} bị loại: {MessageText.Write(errors, culture)} lỗi, {MessageText.Write(warnings, culture)} cảnh báo"
            : $"{MessageText.Write(RecordsRead, culture)} records read, {MessageText.Write(RecordsRejected, culture)} rejected: {MessageText.Write(errors, culture)} errors, {MessageText.Write(warnings, culture)} warnings";
    }
}
