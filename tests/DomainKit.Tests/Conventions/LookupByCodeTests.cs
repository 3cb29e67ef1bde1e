using System.Reflection;
using DomainKit.Aggregation;
using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Units;

namespace DomainKit.Tests.Conventions;

/// <summary>
/// Apps and the tool find measures, dimensions and classifiers by code through the types themselves, and every
/// built-in value is in its type's <c>BuiltIn</c> list, so that none is found only by reflection.
/// </summary>
public sealed class LookupByCodeTests
{
    private static List<T> DeclaredOn<T>(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(T) && p.GetIndexParameters().Length == 0)
            .Select(p => (T)p.GetValue(null)!),
    ];

    public static TheoryData<Type> ClassifierTypes =>
        [typeof(UnitKind), typeof(ModelField), typeof(ModelKind), typeof(Movement), typeof(DisbursementPurpose), typeof(AwardForm), typeof(EmulationTitle)];

    [Theory]
    [MemberData(nameof(ClassifierTypes))]
    public void Every_value_a_classifier_declares_is_built_in_and_found_by_its_code_in_any_case(Type type)
    {
        var builtIn = ((IEnumerable<object>)type.GetProperty("BuiltIn")!.GetValue(null)!).Cast<Text.Classifier>().ToList();
        var declared = type.GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == type)
            .Select(p => (Text.Classifier)p.GetValue(null)!)
            .ToList();
        Assert.NotEmpty(declared);
        Assert.Equal(declared.OrderBy(c => c.Code), builtIn.OrderBy(c => c.Code));

        var fromCode = type.GetMethod("FromCode")!;
        var tryFromCode = type.GetMethod("TryFromCode")!;
        foreach (var value in builtIn)
        {
            Assert.Same(value, fromCode.Invoke(null, [value.Code.ToUpperInvariant()]));
            object?[] args = [value.Code, null];
            Assert.True((bool)tryFromCode.Invoke(null, args)!);
            Assert.Same(value, args[1]);
        }
        object?[] missing = ["no-such-code", null];
        Assert.False((bool)tryFromCode.Invoke(null, missing)!);
        Assert.Null(missing[1]);
        var thrown = Assert.Throws<TargetInvocationException>(() => fromCode.Invoke(null, ["no-such-code"]));
        Assert.IsType<ArgumentException>(thrown.InnerException);
    }

    [Fact]
    public void A_kind_of_unit_not_built_in_is_not_found_by_code()
    {
        Assert.False(UnitKind.TryFromCode(null, out _));
        Assert.False(UnitKind.TryFromCode("hoi-nguoi-cao-tuoi", out var kind));
        Assert.Null(kind);
        var e = Assert.Throws<ArgumentException>(() => UnitKind.FromCode("hoi-nguoi-cao-tuoi"));
        Assert.Contains("constructor", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_dimension_declared_is_built_in_and_found_by_its_code()
    {
        Assert.Equal(DeclaredOn<Dimension>(typeof(Dimension)), Dimension.BuiltIn);
        foreach (var dimension in Dimension.BuiltIn)
        {
            Assert.Same(dimension, Dimension.FromCode(dimension.Code.ToUpperInvariant()));
        }
        Assert.Equal(Dimension.UnitAtLevel(2), Dimension.FromCode("unit-level-2"));
        Assert.False(Dimension.TryFromCode("unit-level-x", out _));
        Assert.False(Dimension.TryFromCode("province", out _));
        Assert.Throws<ArgumentException>(() => Dimension.FromCode("province"));
    }

    [Fact]
    public void Every_measure_declared_is_built_in_and_found_by_its_code_with_or_without_a_window()
    {
        Assert.Equal(DeclaredOn<Measure>(typeof(Measure)).Select(m => m.Code).Order(), Measure.BuiltIn.Select(m => m.Code).Order());
        foreach (var measure in Measure.BuiltIn)
        {
            Assert.Same(measure, Measure.FromCode(measure.Code));
        }
        Assert.Equal(Measure.Contributions.Over(Window.YearToDate), Measure.FromCode("Contributions@Year-To-Date"));
        Assert.Equal(Measure.Contributions.Over(Window.SinceInception).Code, Measure.FromCode("contributions@since-inception").Code);
        Assert.False(Measure.TryFromCode("fund-balance@year-to-date", out _));
        Assert.False(Measure.TryFromCode("contributions@last-week", out _));
        Assert.False(Measure.TryFromCode("gifts", out var none));
        Assert.Null(none);
        Assert.Throws<ArgumentException>(() => Measure.FromCode("gifts"));
    }
}
