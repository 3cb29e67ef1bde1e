using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using DomainKit.Data;

namespace DomainKit.Tests.Conventions;

/// <summary>
/// The layers point one way (<see cref="Layers"/>): read from the compiled assemblies' metadata, so that no attribute,
/// signature or call can quietly make a lower layer depend on a higher one.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly[] Assemblies =
        [typeof(Dataset).Assembly, typeof(DomainKit.Export.OpenXml.XlsxExporter).Assembly, typeof(DomainKit.Cli.CliApplication).Assembly];

    [Fact]
    public void Every_namespace_of_the_library_has_its_place_in_the_layers()
    {
        var unplaced = typeof(Dataset).Assembly.GetTypes()
            .Where(t => !t.IsNested && !t.Name.StartsWith('<') && !t.IsDefined(typeof(CompilerGeneratedAttribute), false))
            .Select(t => t.Namespace ?? "")
            .Distinct()
            .Where(ns => Layers.LayerOf(new TypeKey(Layers.Library, ns, "")) is null)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(unplaced.Count == 0, "Place these namespaces in Layers.Order: " + string.Join(", ", unplaced));
    }

    [Fact]
    public void Every_placed_namespace_still_exists()
    {
        var present = typeof(Dataset).Assembly.GetTypes().Select(t => t.Namespace).ToHashSet(StringComparer.Ordinal);

        var gone = Layers.Order.SelectMany(n => n).Where(ns => !present.Contains(ns)).ToList();

        Assert.Empty(gone);
    }

    [Fact]
    public void No_type_uses_a_type_of_a_higher_layer()
    {
        var upward = Assemblies.SelectMany(a => Layers.Upward(TypeReferences.Read(a.Location))).ToList();

        Assert.True(upward.Count == 0, $"{upward.Count} reference(s) point up the layers:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void The_library_does_not_reference_the_packages_built_on_it()
    {
        var referenced = typeof(Dataset).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.Empty(referenced.Intersect(Layers.Top, StringComparer.Ordinal));
    }

    [Fact]
    public void A_call_an_attribute_or_a_field_that_points_up_is_found_and_named()
    {
        // A "DomainKit" assembly made here: a value type's method calls an exporter, a record holds an exporter in a
        // field, and a value is marked with an attribute naming an exporter; the exporter using the value is fine.
        var builder = new PersistedAssemblyBuilder(new AssemblyName(Layers.Library), typeof(object).Assembly);
        var module = builder.DefineDynamicModule(Layers.Library);
        var exporter = module.DefineType("DomainKit.Export.Exporter", TypeAttributes.Public | TypeAttributes.Class);
        var write = exporter.DefineMethod("Write", MethodAttributes.Public | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
        write.GetILGenerator().Emit(OpCodes.Ret);
        var value = module.DefineType("DomainKit.Money.Amount", TypeAttributes.Public | TypeAttributes.Class);
        var format = value.DefineMethod("Format", MethodAttributes.Public | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
        var il = format.GetILGenerator();
        il.Emit(OpCodes.Call, write);
        il.Emit(OpCodes.Ret);
        var marked = module.DefineType("DomainKit.Periods.Period", TypeAttributes.Public | TypeAttributes.Class);
        marked.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(System.ComponentModel.TypeConverterAttribute).GetConstructor([typeof(Type)])!, [exporter]));
        var record = module.DefineType("DomainKit.Funds.Fund", TypeAttributes.Public | TypeAttributes.Class);
        record.DefineField("exporter", exporter, FieldAttributes.Private);
        var export = exporter.DefineMethod("Export", MethodAttributes.Public | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
        var exportIl = export.GetILGenerator();
        exportIl.Emit(OpCodes.Call, format);
        exportIl.Emit(OpCodes.Ret);
        exporter.CreateType();
        value.CreateType();
        marked.CreateType();
        record.CreateType();
        using var image = new MemoryStream();
        builder.Save(image);
        image.Position = 0;

        var upward = Layers.Upward(TypeReferences.Read(image));

        Assert.Equal(
        [
            "DomainKit.Funds.Fund -> DomainKit.Export.Exporter (layer DomainKit.Funds uses DomainKit.Export)",
            "DomainKit.Money.Amount -> DomainKit.Export.Exporter (layer DomainKit.Money uses DomainKit.Export)",
            "DomainKit.Periods.Period -> DomainKit.Export.Exporter (layer DomainKit.Periods uses DomainKit.Export)",
        ], upward);
    }
}
