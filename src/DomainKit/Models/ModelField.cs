using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;

namespace DomainKit.Models;

/// <summary>
/// A field (lĩnh vực) of an emulation model. The four fields of the "Skilled mass mobilisation" statistics
/// are built in; apps add finer or different fields, each optionally under a broader one
/// (<see cref="Parent"/>), so a report in a finer list can still be rolled up to the four. Equal by code.
/// Immutable and thread-safe.
/// </summary>
public sealed record ModelField : Classifier
{
    /// <summary>Creates a field, optionally under a broader <paramref name="parent"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public ModelField(string code, LocalizedText name, ModelField? parent = null)
        : base(code, name)
    {
        Parent = parent;
    }

    /// <summary>The broader field this one belongs to, if any.</summary>
    public ModelField? Parent { get; }

    /// <summary>Economy (kinh tế).</summary>
    public static ModelField Economy { get; } = new("economy", new("Kinh tế", "Economy"));

    /// <summary>Culture and society (văn hóa – xã hội).</summary>
    public static ModelField CultureSociety { get; } = new("culture-society", new("Văn hóa – xã hội", "Culture and society"));

    /// <summary>Defence and security (quốc phòng – an ninh).</summary>
    public static ModelField DefenceSecurity { get; } = new("defence-security", new("Quốc phòng – an ninh", "Defence and security"));

    /// <summary>Building the political system (xây dựng hệ thống chính trị).</summary>
    public static ModelField PoliticalSystem { get; } = new("political-system", new("Xây dựng hệ thống chính trị", "Building the political system"));

    /// <summary>The four fields of the "Skilled mass mobilisation" (Dân vận khéo) statistics.</summary>
    public static IReadOnlyList<ModelField> DanVanKheo { get; } = [Economy, CultureSociety, DefenceSecurity, PoliticalSystem];

    /// <summary>Every built-in field: the four of <see cref="DanVanKheo"/>.</summary>
    public static IReadOnlyList<ModelField> BuiltIn => DanVanKheo;

    /// <summary>The built-in field with <paramref name="code"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentException">No built-in field has that code; an app's own values are made with the constructor.</exception>
    public static ModelField FromCode(string code) => ClassifierCodes.Find(BuiltIn, code, "field");

    /// <summary>Finds the built-in field with <paramref name="code"/> (ordinal, ignoring case); false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out ModelField? modelField) => ClassifierCodes.TryFind(BuiltIn, code, out modelField);

    /// <summary>The broadest field above this one: itself when it has no parent.</summary>
    public ModelField Root
    {
        get
        {
            // A parent must exist before its child is constructed, so the chain cannot loop.
            var current = this;
            while (current.Parent is not null)
            {
                current = current.Parent;
            }
            return current;
        }
    }
}
