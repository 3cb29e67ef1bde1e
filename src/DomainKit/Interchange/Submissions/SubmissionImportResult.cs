using System.Collections.Immutable;
using System.Text;
using DomainKit.Periods;
using DomainKit.Submissions;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Interchange.Submissions;

/// <summary>
/// What a read of submissions gives back: the set of every good record, and every problem with the bad ones, so that
/// nothing is dropped silently. The records counted are the app's indicators and forms, the submissions, their figures
/// and the approval steps; <see cref="RecordsRead"/> is always the records in <see cref="Set"/> plus
/// <see cref="RecordsRejected"/>. With <see cref="ImportOptions.AllOrNothing"/> and errors, the set is empty. Immutable.
/// </summary>
public sealed class SubmissionImportResult
{
    internal SubmissionImportResult(SubmissionSet set, IEnumerable<ImportProblem> problems, long recordsRead, long recordsRejected)
    {
        Set = set;
        Problems = [.. problems];
        RecordsRead = recordsRead;
        RecordsRejected = recordsRejected;
    }

    /// <summary>The submissions, definitions and approval histories read; empty when the read was all or nothing and found errors.</summary>
    public SubmissionSet Set { get; }

    /// <summary>Every problem, in the order met.</summary>
    public ImmutableArray<ImportProblem> Problems { get; }

    /// <summary>Records met in the input, good and bad: indicators, forms, submissions, figures and approval steps.</summary>
    public long RecordsRead { get; }

    /// <summary>
    /// Records left out because of an error. A rejected submission or approval history takes its figures or steps
    /// with it: they are counted here, under the problem of the record that holds them.
    /// </summary>
    public long RecordsRejected { get; }

    /// <summary>Whether any problem is an error.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);

    /// <summary>A summary line ("40 bản ghi đã đọc, 1 bị loại: 1 lỗi, 0 cảnh báo") and one line per problem, in <paramref name="culture"/>.</summary>
    public string ToString(TextCulture culture)
    {
        var errors = Problems.Count(p => p.Severity == Severity.Error);
        var warnings = Problems.Count(p => p.Severity == Severity.Warning);
        var text = new StringBuilder(culture == TextCulture.Vietnamese
            ? $"{MessageText.Write(RecordsRead, culture)} bản ghi đã đọc, {MessageText.Write(RecordsRejected, culture)} bị loại: {MessageText.Write(errors, culture)} lỗi, {MessageText.Write(warnings, culture)} cảnh báo"
            : $"{MessageText.Write(RecordsRead, culture)} records read, {MessageText.Write(RecordsRejected, culture)} rejected: {MessageText.Write(errors, culture)} errors, {MessageText.Write(warnings, culture)} warnings");
        foreach (var problem in Problems)
        {
            text.Append('\n').Append(problem.ToString(culture));
        }
        return text.ToString();
    }

    /// <summary>The summary and problems in English.</summary>
    public override string ToString() => ToString(TextCulture.English);
}
