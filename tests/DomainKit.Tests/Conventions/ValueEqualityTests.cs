using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using DomainKit.Aggregation;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Reconciliation;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Tests.Conventions;

/// <summary>Records that hold arrays or dictionaries are equal by their elements, not by the identity of the collections.</summary>
public sealed class ValueEqualityTests
{
    [Fact]
    public void Every_public_record_that_holds_a_collection_compares_it_element_by_element()
    {
        var collectionTypes = new[] { typeof(ImmutableArray<>), typeof(ImmutableDictionary<,>) };
        var offenders = typeof(Finding).Assembly.GetExportedTypes()
            .Where(t => t.GetMethod("<Clone>$") is not null)
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Any(p => p.PropertyType.IsGenericType && collectionTypes.Contains(p.PropertyType.GetGenericTypeDefinition())))
            .Where(t => t.GetMethod("Equals", [t]) is not { } equals || equals.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    private static ReportQuery Query(params Measure[] measures) => new()
    {
        Root = "tinh",
        Period = ReportingPeriod.Year(2023),
        Measures = [.. measures],
        GroupBy = [Dimension.ChildOfRoot, Dimension.Month],
    };

    [Fact]
    public void Queries_that_ask_the_same_are_equal()
    {
        var a = Query(Measure.Contributions, Measure.Disbursements);
        var b = Query(Measure.Contributions, Measure.Disbursements);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Query(Measure.Disbursements, Measure.Contributions));
        Assert.NotEqual(a, b with { GroupBy = [Dimension.ChildOfRoot] });
        Assert.NotEqual(a, b with { Period = ReportingPeriod.Year(2024) });
    }

    [Fact]
    public void Breakdowns_that_state_the_same_are_equal()
    {
        StatedBreakdown Breakdown(long economy) => new("120 mô hình", EntityRef.ForUnit("xa"), 120, [new("kinh tế", economy), new("khác", 80)]);
        StatedAmountBreakdown Amounts() => new("2,5 tỷ", EntityRef.ForFund("q"), StatedDong.Parse("2,5 tỷ", TextCulture.Vietnamese), [new("a", StatedDong.Parse("1,2 tỷ", TextCulture.Vietnamese))]);

        Assert.Equal(Breakdown(40), Breakdown(40));
        Assert.Equal(Breakdown(40).GetHashCode(), Breakdown(40).GetHashCode());
        Assert.NotEqual(Breakdown(40), Breakdown(41));
        Assert.NotEqual(Breakdown(40), Breakdown(40) with { Quote = "120" });
        Assert.Equal(Amounts(), Amounts());
        Assert.Equal(Amounts().GetHashCode(), Amounts().GetHashCode());
    }

    [Fact]
    public void Findings_with_the_same_arguments_in_any_order_are_equal()
    {
        Finding Make(params (string Key, object? Value)[] arguments) => new()
        {
            Code = "DK501",
            Severity = Severity.Error,
            Entity = EntityRef.ForFund("q"),
            Field = "Amount",
            Message = new LocalizedText("Vượt số dư.", "Above the balance."),
            Arguments = arguments.ToImmutableDictionary(a => a.Key, a => a.Value),
        };

        var a = Make(("balance", new Dong(5)), ("amount", new Dong(7)), ("note", null));
        var b = Make(("note", null), ("amount", new Dong(7)), ("balance", new Dong(5)));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Make(("balance", new Dong(5)), ("amount", new Dong(8)), ("note", null)));
        Assert.NotEqual(a, Make(("balance", new Dong(5)), ("amount", new Dong(7))));
        Assert.NotEqual(a, b with { Field = null });
    }
}
