using System.Collections.Immutable;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Aggregation;

/// <summary>
/// The items of one report that could not be placed, gathered from the passes of its most detailed level (every
/// item goes through those once), and the findings that say so: one per unit they were recorded under.
/// </summary>
internal sealed class UnplacedTally
{
    private readonly Dictionary<UnitId, int> byUnit = [];
    private readonly Dictionary<FundId, int> byFund = [];
    private int outOfRange;

    /// <summary>Every item counted: those in the unplaced row and those with no row at all.</summary>
    public int Count => byUnit.Values.Sum() + byFund.Values.Sum() + outOfRange;

    public void Add(PassContext pass)
    {
        foreach (var (unit, count) in pass.Unplaced)
        {
            byUnit[unit] = byUnit.GetValueOrDefault(unit) + count;
        }
        foreach (var (fund, count) in pass.UnplacedFunds)
        {
            byFund[fund] = byFund.GetValueOrDefault(fund) + count;
        }
        outOfRange += pass.OutOfRange;
    }

    public ImmutableArray<Finding> Findings(Dataset dataset, UnitScope scope, ReportQuery query, bool groupsByUnit)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var map = query.Basis.AsOf is LocalDate day
            ? new LocalizedText("ngày " + DateFormat.Format(day, DateStyle.Short, TextCulture.Vietnamese), "of " + DateFormat.Format(day, DateStyle.Short, TextCulture.English))
            : new LocalizedText("như đã ghi nhận đến ngày " + DateFormat.Format(query.Period.End, DateStyle.Short, TextCulture.Vietnamese),
                "as recorded on " + DateFormat.Format(query.Period.End, DateStyle.Short, TextCulture.English));
        var where = groupsByUnit
            ? new LocalizedText($"nằm ở dòng “{KeySpace.UnplacedLabel.Vietnamese}” và được tính vào tổng cộng", $"are in the row “{KeySpace.UnplacedLabel.English}” and in the total")
            : new LocalizedText("được tính trong các dòng của báo cáo, vốn không chia theo đơn vị", "are counted in the report's rows, which are not by unit");
        foreach (var (unitId, count) in byUnit.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            var unit = unitId.IsEmpty ? null : dataset.FindUnit(unitId);
            var name = unit is null ? new LocalizedText($"'{unitId.Value}'", $"'{unitId.Value}'") : new LocalizedText(unit.Name ?? unitId.Value, unit.Name ?? unitId.Value);
            var reason = unit is null
                ? (unitId.IsEmpty
                    ? new LocalizedText("mục không ghi đơn vị", "the item names no unit")
                    : new LocalizedText("dữ liệu không có đơn vị này", "the dataset holds no such unit"))
                : Reason(dataset, scope.BlockerOf(unitId));
            findings.Add(Make(unitId.IsEmpty ? EntityRef.Dataset : EntityRef.ForUnit(unitId), count, name, map, reason, where));
        }
        foreach (var (fundId, count) in byFund.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            var name = new LocalizedText($"quỹ '{fundId.Value}'", $"fund '{fundId.Value}'");
            findings.Add(Make(EntityRef.ForFund(fundId), count, name, map,
                new LocalizedText("dữ liệu không có quỹ này nên không biết đơn vị của nó", "the dataset holds no such fund, so its unit is unknown"), where));
        }
        if (outOfRange > 0)
        {
            var descriptor = ReportRules.ItemsOutOfRange;
            var values = ImmutableDictionary.Create<string, object?>(StringComparer.Ordinal).Add(MessageArguments.Count, outOfRange);
            findings.Add(Finding.Of(descriptor, descriptor.DefaultSeverity, EntityRef.Dataset, null, values));
        }
        return findings.ToImmutable();
    }

    private static LocalizedText Reason(Dataset dataset, Unit? blocker)
    {
        if (blocker is null)
        {
            return new LocalizedText("đơn vị không có vị trí trên bản đồ này", "the unit has no place on this map");
        }
        var successors = (blocker.Successors.IsDefault ? [] : blocker.Successors)
            .Where(id => !id.IsEmpty && dataset.FindUnit(id) is not null)
            .Select(id => dataset.FindUnit(id)!.Name ?? id.Value)
            .Distinct()
            .ToArray();
        if (successors.Length > 1)
        {
            return new LocalizedText(
                $"{blocker.Name} được chia cho {string.Join(", ", successors)} mà không ghi đơn vị kế thừa chính",
                $"{blocker.Name} was split between {string.Join(", ", successors)} and names no primary successor");
        }
        var end = blocker.ValidTo is LocalDate to
            ? new LocalizedText(" ngày " + DateFormat.Format(to, DateStyle.Short, TextCulture.Vietnamese), " on " + DateFormat.Format(to, DateStyle.Short, TextCulture.English))
            : new LocalizedText(string.Empty, string.Empty);
        return new LocalizedText(
            $"{blocker.Name} đã kết thúc{end.Vietnamese} mà không có đơn vị kế thừa, và không đơn vị cấp trên nào của nó còn tiếp tục",
            $"{blocker.Name} ended{end.English} with no successor, and no unit above it goes on");
    }

    private static Finding Make(EntityRef entity, int count, LocalizedText unit, LocalizedText map, LocalizedText reason, LocalizedText where)
    {
        var descriptor = ReportRules.UnplacedItems;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [MessageArguments.Count] = count,
            [MessageArguments.Unit] = unit,
            [MessageArguments.Map] = map,
            [MessageArguments.Reason] = reason,
            [MessageArguments.Where] = where,
        };
        return Finding.Of(descriptor, descriptor.DefaultSeverity, entity, null, values.ToImmutableDictionary(StringComparer.Ordinal));
    }
}
