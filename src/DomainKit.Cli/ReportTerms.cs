using System.Collections.Immutable;
using System.Globalization;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Cli;

/// <summary>
/// The words of the command line for what a report asks: measures and dimensions by code, periods by id, the
/// root unit by id, each checked before any data is read so that a misspelling fails at once with the list of
/// what there is.
/// </summary>
internal static class ReportTerms
{
    private const string UnitLevelPrefix = "unit-level-";
    private const string UnitAtLevelPrefix = "unit-at-level-";
    private const string SinceInception = "since-inception";
    private const string YearToDate = "year-to-date";

    /// <summary>The dimensions the library declares.</summary>
    public static IReadOnlyList<Dimension> Dimensions => Dimension.BuiltIn;

    /// <summary>The measure codes a user can give: the built-in ones; flows also with <c>@since-inception</c> or <c>@year-to-date</c>.</summary>
    public static string MeasureHelp => Words.List(Measure.BuiltIn.Select(m => m.Code))
        + "; a flow also over a window, as contributions@" + SinceInception + " or contributions@" + YearToDate;

    /// <summary>The dimension codes a user can give.</summary>
    public static string DimensionHelp => Words.List(Dimensions.Select(d => d.Code)) + ", " + UnitLevelPrefix + "N";

    /// <summary>Splits "a,b, c" (and repeated options) into codes.</summary>
    public static ImmutableArray<string> Codes(IEnumerable<string>? values)
        => values is null
            ? []
            : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    public static ImmutableArray<Measure> Measures(IEnumerable<string> codes, TextCulture culture)
    {
        var measures = ImmutableArray.CreateBuilder<Measure>();
        foreach (var code in codes)
        {
            measures.Add(ParseMeasure(code, culture));
        }
        if (measures.Count == 0)
        {
            throw new UsageException(culture.Say($"Cần ít nhất một chỉ tiêu (--measures). Có: {MeasureHelp}.", $"At least one measure is needed (--measures). There are: {MeasureHelp}."));
        }
        return measures.ToImmutable();
    }

    public static ImmutableArray<Dimension> GroupBy(IEnumerable<string> codes, TextCulture culture)
        => [.. codes.Select(code => ParseDimension(code, culture))];

    private static Measure ParseMeasure(string code, TextCulture culture)
    {
        var at = code.IndexOf('@', StringComparison.Ordinal);
        var baseCode = at < 0 ? code : code[..at];
        var measure = Measure.TryFromCode(baseCode, out var found) && found.Window == Window.Period
            ? found
            : throw new UsageException(culture.Say($"Không có chỉ tiêu '{code}'. Có: {MeasureHelp}.", $"There is no measure '{code}'. There are: {MeasureHelp}."));
        if (at < 0)
        {
            return measure;
        }
        var window = code[(at + 1)..].ToLowerInvariant() switch
        {
            SinceInception => Window.SinceInception,
            YearToDate => Window.YearToDate,
            _ => throw new UsageException(culture.Say(
                $"Không có khoảng '{code[(at + 1)..]}' trong '{code}'; dùng @{SinceInception} hoặc @{YearToDate}.",
                $"There is no window '{code[(at + 1)..]}' in '{code}'; use @{SinceInception} or @{YearToDate}.")),
        };
        try
        {
            return measure.Over(window);
        }
        catch (InvalidOperationException)
        {
            throw new UsageException(culture.Say(
                $"Chỉ tiêu '{measure.Code}' không cộng dồn theo thời gian nên không dùng được với @{code[(at + 1)..]}.",
                $"The measure '{measure.Code}' is not a flow, so it cannot be measured @{code[(at + 1)..]}."));
        }
    }

    private static Dimension ParseDimension(string code, TextCulture culture)
    {
        if (Dimension.TryFromCode(code, out var known))
        {
            return known;
        }
        // The tool also takes the name of the dimension's method, unit-at-level-N.
        if (code.StartsWith(UnitAtLevelPrefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(code.AsSpan(UnitAtLevelPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var level))
        {
            return Dimension.UnitAtLevel(level);
        }
        throw new UsageException(culture.Say($"Không có chiều phân tổ '{code}'. Có: {DimensionHelp}.", $"There is no dimension '{code}'. There are: {DimensionHelp}."));
    }

    /// <summary>A period id, or <see langword="null"/> when none is given.</summary>
    public static ReportingPeriod? Period(string? id, TextCulture culture)
    {
        if (id is null)
        {
            return null;
        }
        var read = ReportingPeriod.Read(id);
        return read.TryGetValue(out var period)
            ? period
            : throw new UsageException(culture.Say(
                $"'{id}' không phải mã kỳ báo cáo ({read.Reason.Vietnamese}); ví dụ: 2023, 2023H1, 2023Q4, 2023-11, YTD2023-11-10, 2021/2025, CY2023-10, 2023-01-05/2023-03-10.",
                $"'{id}' is not a period id ({read.Reason.English}); for example: 2023, 2023H1, 2023Q4, 2023-11, YTD2023-11-10, 2021/2025, CY2023-10, 2023-01-05/2023-03-10."));
    }

    /// <summary>A date written yyyy-MM-dd, or <see langword="null"/> when none is given.</summary>
    public static NodaTime.LocalDate? Date(string? text, TextCulture culture)
    {
        if (text is null)
        {
            return null;
        }
        return NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw new UsageException(culture.Say($"'{text}' không phải ngày dạng yyyy-MM-dd.", $"'{text}' is not a date written yyyy-MM-dd."));
    }

    /// <summary>The map of units: <c>as-recorded</c>, or the map of a date written yyyy-MM-dd, with former units shown apart when asked.</summary>
    public static UnitBasis Basis(string? text, bool showFormer, TextCulture culture)
    {
        if (text is null || string.Equals(text.Trim(), "as-recorded", StringComparison.OrdinalIgnoreCase))
        {
            return showFormer
                ? throw new UsageException(culture.Say(
                    "--show-former chỉ dùng cùng --basis yyyy-MM-dd: theo dữ liệu như đã ghi nhận, mọi mục đã ở đơn vị cũ của nó.",
                    "--show-former goes with --basis yyyy-MM-dd: as recorded, every item is already under its own former unit."))
                : UnitBasis.AsRecorded;
        }
        if (NodaTime.Text.LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } day)
        {
            return showFormer ? UnitBasis.OnSplittingFormerUnits(day.Value) : UnitBasis.On(day.Value);
        }
        throw new UsageException(culture.Say(
            $"'{text}' không phải bản đồ đơn vị: dùng as-recorded hoặc một ngày dạng yyyy-MM-dd, ví dụ 2026-01-01.",
            $"'{text}' is not a map of units: use as-recorded or a date written yyyy-MM-dd, such as 2026-01-01."));
    }

    /// <summary>
    /// The root on the map <paramref name="basis"/> asks for. A unit named by the user must exist on that map; the
    /// dataset's top unit, when none is named, is followed to what it had become on the map's day, so that a report of
    /// a merged province's data on the new map covers the province it became.
    /// </summary>
    public static Unit Root(Dataset dataset, string? id, UnitBasis basis, TextCulture culture)
    {
        var root = Root(dataset, id, culture);
        if (basis.AsOf is not NodaTime.LocalDate day || root.IsValidOn(day))
        {
            return root;
        }
        var dayText = DateFormat.Format(day, DateStyle.Short, culture);
        var became = dataset.FindUnitOn(root.Id, day);
        if (id is null && became is not null)
        {
            return became;
        }
        throw new UsageException(became is null
            ? culture.Say($"{root.Name} không còn trên bản đồ ngày {dayText} và không xác định được đơn vị kế thừa.",
                $"{root.Name} is not on the map of {dayText}, and what it became cannot be told.")
            : culture.Say($"{root.Name} không còn trên bản đồ ngày {dayText}; trên bản đồ đó nó thuộc {became.Name} ({became.Id}). Hãy báo cáo theo đơn vị đó, hoặc theo dữ liệu như đã ghi nhận (--basis as-recorded).",
                $"{root.Name} is not on the map of {dayText}; on that map it is part of {became.Name} ({became.Id}). Report on that unit, or on the map as recorded (--basis as-recorded)."));
    }

    /// <summary>
    /// The unit given, or else the dataset's top unit: of the units without a parent, the one with the most units
    /// under it (a dataset may hold a territory's units beside its organisation, or a merged province's).
    /// </summary>
    public static Unit Root(Dataset dataset, string? id, TextCulture culture)
    {
        var tree = dataset.OrganisationTree;
        var roots = tree.Roots;
        if (id is not null)
        {
            return dataset.FindUnit(new UnitId(id))
                ?? throw new UsageException(culture.Say(
                    $"Dữ liệu không có đơn vị '{id}'. Các đơn vị cấp cao nhất: {Words.List(roots.Select(u => u.Id.Value))}.",
                    $"The dataset has no unit '{id}'. Its top units are: {Words.List(roots.Select(u => u.Id.Value))}."));
        }
        if (roots.IsEmpty)
        {
            throw new UsageException(culture.Say("Dữ liệu không có đơn vị nào.", "The dataset has no units."));
        }
        var best = roots[0];
        foreach (var root in roots)
        {
            if (tree.SubtreeSize(root.Id) > tree.SubtreeSize(best.Id))
            {
                best = root;
            }
        }
        return best;
    }

    /// <summary>The latest calendar year anything in the dataset is dated in, or the current year of <paramref name="today"/> when nothing is dated.</summary>
    public static ReportingPeriod LatestYear(Dataset dataset, NodaTime.LocalDate today)
    {
        var year = 0;
        foreach (var entry in dataset.FundEntries)
        {
            year = Math.Max(year, entry.Date.Year);
        }
        foreach (var model in dataset.Models)
        {
            foreach (var change in model.Lifecycle)
            {
                year = Math.Max(year, change.Date.Year);
            }
        }
        foreach (var pledge in dataset.Pledges)
        {
            year = Math.Max(year, pledge.Period.Start.Year);
        }
        foreach (var commendation in dataset.Commendations)
        {
            year = Math.Max(year, commendation.Date.Year);
        }
        return ReportingPeriod.Year(year == 0 ? today.Year : year);
    }
}
