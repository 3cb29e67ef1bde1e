using System.Collections.Immutable;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Interchange;

/// <summary>
/// The problems readers report, as <see cref="RuleDescriptor"/>s with codes DK901 to DK920, listed in
/// docs/findings.md. What the records mean (an id used twice, a unit that does not exist) is validation's to say,
/// with the DK1xx to DK7xx rules, once the dataset is loaded.
/// </summary>
public static class ImportRules
{
    /// <summary>DK901: the input cannot be read from this point: malformed UTF-8, broken JSON or CSV syntax, nesting or a field too long.</summary>
    public static RuleDescriptor MalformedInput { get; } = new(
        "DK901", "MalformedInput", Severity.Error,
        new("Tệp không đọc được", "Malformed input"),
        new("Không đọc được tệp từ vị trí này: {reason}.", "The input cannot be read from here: {reason}."));

    /// <summary>DK902: not a dataset of a format the reader knows, or of a newer version.</summary>
    public static RuleDescriptor UnsupportedFormat { get; } = new(
        "DK902", "UnsupportedFormat", Severity.Error,
        new("Định dạng không hỗ trợ", "Unsupported format"),
        new("Tệp không phải dữ liệu định dạng {expected} mà bộ đọc hỗ trợ: {reason}.", "The input is not a {expected} dataset this reader supports: {reason}."));

    /// <summary>DK903: a required field is missing or empty; the record is left out.</summary>
    public static RuleDescriptor MissingField { get; } = new(
        "DK903", "MissingField", Severity.Error,
        new("Thiếu trường bắt buộc", "Missing field"),
        new("Bản ghi {record} thiếu trường bắt buộc {field}; bản ghi bị loại.", "The {record} record lacks the required field {field}; the record is left out."));

    /// <summary>DK904: a value cannot be read as what its field holds (an overflowing number, 31/02/2023, an unknown code); the record is left out.</summary>
    public static RuleDescriptor InvalidValue { get; } = new(
        "DK904", "InvalidValue", Severity.Error,
        new("Giá trị không hợp lệ", "Invalid value"),
        new("Trường {field} của bản ghi {record} không đọc được thành {expected}; bản ghi bị loại.", "The field {field} of the {record} record cannot be read as {expected}; the record is left out."));

    /// <summary>DK905: a field the format does not have; it is ignored.</summary>
    public static RuleDescriptor UnknownField { get; } = new(
        "DK905", "UnknownField", Severity.Warning,
        new("Trường không xác định", "Unknown field"),
        new("Trường {field} không thuộc định dạng và được bỏ qua.", "The field {field} is not part of the format and is ignored."));

    /// <summary>DK906: a bundle has no file for a kind of record; it is read as having none.</summary>
    public static RuleDescriptor MissingFile { get; } = new(
        "DK906", "MissingFile", Severity.Info,
        new("Thiếu tệp", "Missing file"),
        new("Bộ dữ liệu không có tệp {file}; coi như không có bản ghi {record} nào.", "The bundle has no file {file}; it is read as having no {record} records."));

    /// <summary>DK907: a file in a bundle that is none of its kinds; it is ignored.</summary>
    public static RuleDescriptor UnknownFile { get; } = new(
        "DK907", "UnknownFile", Severity.Warning,
        new("Tệp không xác định", "Unknown file"),
        new("Tệp {file} không thuộc bộ dữ liệu và được bỏ qua.", "The file {file} is not part of the bundle and is ignored."));

    /// <summary>DK908: a CSV file separates its fields with another delimiter than ','; it is read with that one.</summary>
    public static RuleDescriptor OtherDelimiter { get; } = new(
        "DK908", "OtherDelimiter", Severity.Info,
        new("Dấu phân cách khác", "Other delimiter"),
        new("Tệp dùng dấu phân cách {delimiter} thay cho dấu phẩy và được đọc theo dấu đó.", "The file separates fields with {delimiter} rather than a comma and is read that way."));

    /// <summary>DK909: the reader stopped after the most problems the options allow.</summary>
    public static RuleDescriptor TooManyProblems { get; } = new(
        "DK909", "TooManyProblems", Severity.Error,
        new("Quá nhiều lỗi", "Too many problems"),
        new("Dừng đọc sau {count} vấn đề; phần còn lại của tệp không được đọc.", "Reading stopped after {count} problems; the rest of the input was not read."));

    /// <summary>DK910: a zip entry does not hold what the zip's directory says (its size or CRC-32), or cannot be decompressed.</summary>
    public static RuleDescriptor DamagedEntry { get; } = new(
        "DK910", "DamagedEntry", Severity.Error,
        new("Tệp trong zip bị hỏng", "Damaged zip entry"),
        new("Tệp {file} trong zip bị hỏng: {reason}; các bản ghi đọc từ tệp này có thể thiếu hoặc sai.",
            "The zip entry {file} is damaged: {reason}; the records read from it may be missing or wrong."));

    /// <summary>DK911: a bundle holds two files of one name, or of names that differ only in case or folder.</summary>
    public static RuleDescriptor DuplicateFile { get; } = new(
        "DK911", "DuplicateFile", Severity.Error,
        new("Trùng tệp", "Duplicate file"),
        new("Bộ dữ liệu có nhiều tệp {file} ({names}); không biết tệp nào đúng nên không tệp nào được đọc.",
            "The bundle holds several files {file} ({names}); which one is right cannot be told, so none is read."));

    /// <summary>DK912: a bundle's files hold more bytes, decompressed, than <see cref="ImportOptions.MaxBundleBytes"/> allows.</summary>
    public static RuleDescriptor BundleTooLarge { get; } = new(
        "DK912", "BundleTooLarge", Severity.Error,
        new("Bộ dữ liệu quá lớn", "Bundle too large"),
        new("Các tệp của bộ dữ liệu lớn hơn giới hạn {limit} byte (ImportOptions.MaxBundleBytes); dừng đọc, phần còn lại không được đọc.",
            "The files of the bundle hold more than the limit of {limit} bytes (ImportOptions.MaxBundleBytes); reading stopped and the rest was not read."));

    /// <summary>DK913: the input holds more records than <see cref="ImportOptions.MaxRecords"/> allows.</summary>
    public static RuleDescriptor TooManyRecords { get; } = new(
        "DK913", "TooManyRecords", Severity.Error,
        new("Quá nhiều bản ghi", "Too many records"),
        new("Dữ liệu có nhiều hơn {limit} bản ghi (ImportOptions.MaxRecords); dừng đọc, phần còn lại không được đọc.",
            "The input holds more than {limit} records (ImportOptions.MaxRecords); reading stopped and the rest was not read."));

    /// <summary>DK914: a file of a bundle is not a regular file (a FIFO, a device); it is not opened.</summary>
    public static RuleDescriptor NotARegularFile { get; } = new(
        "DK914", "NotARegularFile", Severity.Error,
        new("Không phải tệp thông thường", "Not a regular file"),
        new("{file} không phải tệp thông thường (có thể là FIFO hoặc thiết bị) nên không được mở; không bản ghi nào của nó được đọc.",
            "{file} is not a regular file (a FIFO or a device, perhaps) and is not opened; none of its records is read."));

    /// <summary>DK915: a submitted figure's value cannot be read as a value of its indicator's kind; the figure is left out.</summary>
    public static RuleDescriptor UnreadableFigure { get; } = new(
        "DK915", "UnreadableFigure", Severity.Error,
        new("Số liệu không đọc được", "Unreadable figure"),
        new("Giá trị \"{value}\" của chỉ tiêu {indicator} không đọc được thành {expected}: {reason}; số liệu bị loại.",
            "The value \"{value}\" of the indicator {indicator} cannot be read as {expected}: {reason}; the figure is left out."));

    /// <summary>DK916: a figure of the figures sheet names an indicator that is neither the app's nor built in, so its value cannot be read; the figure is left out.</summary>
    public static RuleDescriptor UnknownIndicator { get; } = new(
        "DK916", "UnknownIndicator", Severity.Error,
        new("Chỉ tiêu không xác định", "Unknown indicator"),
        new("Chỉ tiêu {indicator} không phải chỉ tiêu có sẵn hay chỉ tiêu của ứng dụng, nên không biết đọc giá trị của nó; số liệu bị loại.",
            "The indicator {indicator} is neither built in nor one of the app's, so its value cannot be read; the figure is left out."));

    /// <summary>DK917: a second submission of the same unit, form, period and version; it is left out.</summary>
    public static RuleDescriptor DuplicateSubmission { get; } = new(
        "DK917", "DuplicateSubmission", Severity.Error,
        new("Báo cáo trùng", "Duplicate submission"),
        new("Báo cáo {key} phiên bản {version} đã có ở dòng {first}; báo cáo này bị loại.",
            "The report {key} version {version} is already at line {first}; this one is left out."));

    /// <summary>DK918: a second app indicator or form with the same code, or a second approval history for the same report; it is left out.</summary>
    public static RuleDescriptor DuplicateDefinition { get; } = new(
        "DK918", "DuplicateDefinition", Severity.Error,
        new("Định nghĩa trùng", "Duplicate definition"),
        new("{record} {code} đã có ở dòng {first}; bản ghi này bị loại.",
            "The {record} {code} is already at line {first}; this one is left out."));

    /// <summary>DK919: a stored approval step the workflow does not allow where it stands; it is left out of the history, which is rebuilt by replay.</summary>
    public static RuleDescriptor ApprovalStepRefused { get; } = new(
        "DK919", "ApprovalStepRefused", Severity.Error,
        new("Bước phê duyệt không hợp lệ", "Approval step refused"),
        new("Bước {index} ({action}) trong lịch sử phê duyệt của báo cáo {key} không được phép ở vị trí đó: {reason}; bước này bị loại khỏi lịch sử.",
            "Step {index} ({action}) of the approval history of the report {key} is not allowed where it stands: {reason}; the step is left out of the history."));

    /// <summary>DK920: a row of the figures sheet gives a report's version-wide value (filing date, document) other than an earlier row of the same report did; the earlier value stands.</summary>
    public static RuleDescriptor ConflictingRow { get; } = new(
        "DK920", "ConflictingRow", Severity.Warning,
        new("Dòng mâu thuẫn", "Conflicting row"),
        new("Dòng ghi {field} của báo cáo {key} là \"{value}\", khác với dòng {first} (\"{other}\"); giá trị của dòng {first} được giữ.",
            "The row gives {field} of the report {key} as \"{value}\", unlike line {first} (\"{other}\"); the value of line {first} stands."));

    /// <summary>Every problem readers report.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } =
        [MalformedInput, UnsupportedFormat, MissingField, InvalidValue, UnknownField, MissingFile, UnknownFile, OtherDelimiter, TooManyProblems,
         DamagedEntry, DuplicateFile, BundleTooLarge, TooManyRecords, NotARegularFile,
         UnreadableFigure, UnknownIndicator, DuplicateSubmission, DuplicateDefinition, ApprovalStepRefused, ConflictingRow];

    /// <summary>A problem of <paramref name="rule"/>, its message filled with <paramref name="arguments"/> in both languages.</summary>
    internal static ImportProblem Problem(RuleDescriptor rule, string file, long line, long column, string? field, string? value, bool rejected,
        params (string Name, object? Value)[] arguments)
    {
        var values = arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
        return new ImportProblem
        {
            Code = rule.Code,
            Severity = rule.DefaultSeverity,
            File = file,
            Line = line,
            Column = column,
            Field = field,
            Value = value is { Length: > MaxValueLength } ? value[..MaxValueLength] + "…" : value,
            Message = MessageText.Fill(rule.Message, values),
            Rejected = rejected,
        };
    }

    /// <summary>
    /// DK904's <c>{expected}</c> with why the value is not that, as the value's own parsing says it: "a whole number
    /// of đồng (...), because the digits are grouped wrongly".
    /// </summary>
    internal static LocalizedText Because(LocalizedText expected, LocalizedText reason)
        => new($"{expected.Vietnamese}, vì {reason.Vietnamese}", $"{expected.English}, because {reason.English}");

    private const int MaxValueLength = 200;
}
