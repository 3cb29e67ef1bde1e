using System.Collections.Concurrent;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Utility;
using DomainKit.Validation;

namespace DomainKit.Interchange.Json;

/// <summary>What a field of the JSON format holds, in words, for DK904's <c>{expected}</c>.</summary>
internal static class Expected
{
    public static readonly LocalizedText Dong = new("một số nguyên đồng", "a whole number of đồng");
    public static readonly LocalizedText Date = new("một ngày (yyyy-MM-dd)", "a date (yyyy-MM-dd)");
    public static readonly LocalizedText Period = new("một mã kỳ như 2023Q4", "a period id such as 2023Q4");
    public static readonly LocalizedText Count = new("một số nguyên", "a whole number");
    public static readonly LocalizedText Quantity = new("một số mà kiểu decimal giữ được chính xác (tối đa 28 chữ số sau dấu thập phân)", "a number a decimal holds exactly (at most 28 digits after the point)");
    public static readonly LocalizedText Text = new("một chuỗi văn bản", "text");
    public static readonly LocalizedText Id = new("một mã định danh không để trống", "an id that is not blank");
    public static readonly LocalizedText Code = new("một mã không để trống", "a code that is not blank");
    public static readonly LocalizedText Boolean = new("true hoặc false", "true or false");
    public static readonly LocalizedText Object = new("một đối tượng JSON", "a JSON object");
    public static readonly LocalizedText Array = new("một mảng JSON", "a JSON array");
    public static readonly LocalizedText Classifier = new("một mã phân loại hoặc một đối tượng có code và name", "a classifier code or an object with its code and name");
    public static readonly LocalizedText Once = new("một giá trị duy nhất (trường bị lặp lại)", "a single value (the field is repeated)");

    private static readonly ConcurrentDictionary<Type, LocalizedText> Lists = new();

    /// <summary>"one of: a, b, c" for the codes of an enum.</summary>
    public static LocalizedText OneOf<T>(EnumCodes<T> codes)
        where T : struct, Enum
        => Lists.GetOrAdd(typeof(T), _ => OneOf(codes.All));

    public static LocalizedText OneOf(IEnumerable<string> codes)
    {
        var list = string.Join(", ", codes);
        return new LocalizedText("một trong: " + list, "one of: " + list);
    }
}

/// <summary>Why a file cannot be read, for DK901's and DK902's <c>{reason}</c>.</summary>
internal static class Reasons
{
    public static readonly LocalizedText Syntax = new("cú pháp JSON bị hỏng", "the JSON syntax is broken");
    public static readonly LocalizedText EndsEarly = new("tệp kết thúc trước khi bộ dữ liệu kết thúc", "the input ends before the dataset does");
    public static readonly LocalizedText NotUtf8 = new("tệp có byte không phải UTF-8 hợp lệ", "the input holds bytes that are not valid UTF-8");
    public static readonly LocalizedText Empty = new("tệp rỗng, không có phần đầu", "the input is empty, with no header");
    public static readonly LocalizedText NotAnObject = new("tệp không phải một đối tượng JSON", "the input is not a JSON object");
    public static readonly LocalizedText NoFormat = new("thiếu thuộc tính format", "it has no format property");
    public static readonly LocalizedText NoVersion = new("thiếu thuộc tính version", "it has no version property");
    public static readonly LocalizedText HeaderFirst = new("format và version phải đứng trước các phần dữ liệu", "format and version must come before the sections");

    public static LocalizedText TooDeep(int depth)
        => new($"lồng sâu quá {Number(depth, TextCulture.Vietnamese)} cấp", $"the nesting is deeper than {Number(depth, TextCulture.English)} levels");

    public static LocalizedText TooLong(int characters)
        => new($"có giá trị dài quá {Number(characters, TextCulture.Vietnamese)} ký tự", $"a value longer than {Number(characters, TextCulture.English)} characters");

    public static LocalizedText Blank(int bytes)
        => new($"có hơn {Number(bytes, TextCulture.Vietnamese)} byte khoảng trắng liền nhau", $"more than {Number(bytes, TextCulture.English)} bytes of blank space in a row");

    public static LocalizedText OtherFormat(string value)
        => new($"format là \"{value}\"", $"its format is \"{value}\"");

    public static LocalizedText Newer(string version)
        => new($"phiên bản {version} mới hơn 1", $"version {version} is newer than 1");

    public static LocalizedText NotAVersion(string version)
        => new($"version \"{version}\" không phải số phiên bản 1", $"version \"{version}\" is not the version number 1");

    public static LocalizedText NotAnArray(string section)
        => new($"phần {section} không phải một mảng", $"the section {section} is not an array");

    private static string Number(long value, TextCulture culture) => MessageText.Write(value, culture);
}
