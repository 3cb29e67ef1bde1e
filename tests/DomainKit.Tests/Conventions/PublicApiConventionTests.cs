using System.Reflection;
using System.Runtime.CompilerServices;
using DomainKit.Data;

namespace DomainKit.Tests.Conventions;

public sealed class PublicApiConventionTests
{
    private static readonly Type[] PublicTypes =
        [.. typeof(Dataset).Assembly.GetExportedTypes(), .. typeof(DomainKit.Export.OpenXml.XlsxExporter).Assembly.GetExportedTypes(),
            .. typeof(DomainKit.Cli.CliApplication).Assembly.GetExportedTypes()];

    [Fact]
    public void Public_classes_are_sealed_unless_abstract_or_static()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName)
            .ToArray();

        Assert.Empty(open);
    }

    [Fact]
    public void Public_classes_and_structs_say_what_they_are_in_ToString()
    {
        // The core and OpenXml packages: what a notebook or a debugger shows of any of their objects is readable.
        Type[] library = [.. typeof(Dataset).Assembly.GetExportedTypes(), .. typeof(DomainKit.Export.OpenXml.XlsxExporter).Assembly.GetExportedTypes()];

        var silent = library
            .Where(t => (t.IsClass || t.IsValueType) && !t.IsEnum && !t.IsAbstract)
            .Where(t => !typeof(Delegate).IsAssignableFrom(t) && !typeof(Attribute).IsAssignableFrom(t) && !typeof(Exception).IsAssignableFrom(t))
            .Where(t => t.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!.DeclaringType is var declaring
                && (declaring == typeof(object) || declaring == typeof(ValueType)))
            .Select(t => t.FullName)
            .ToArray();

        Assert.Empty(silent);
    }

    [Fact]
    public void Public_types_have_no_public_setters_only_init()
    {
        var mutable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();

        Assert.Empty(mutable);
    }

    [Fact]
    public void Public_types_have_no_public_fields_except_constants()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}")
            .ToArray();

        Assert.Empty(fields);
    }

    [Fact]
    public void Public_value_types_are_readonly()
    {
        var writable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<IsReadOnlyAttribute>() is null)
            .Select(t => t.FullName)
            .ToArray();

        Assert.Empty(writable);
    }

    [Fact]
    public void The_domain_model_uses_no_DateTime_and_no_floating_point()
    {
        Type[] forbidden = [typeof(DateTime), typeof(DateTimeOffset), typeof(double), typeof(float)];
        var offenders = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => forbidden.Contains(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToArray();

        Assert.Empty(offenders);
    }
}
