using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;

namespace DomainKit.Models;

/// <summary>The kind of an emulation initiative; apps may define more. Equal by code. Immutable and thread-safe.</summary>
public sealed record ModelKind : Classifier
{
    /// <summary>Creates a kind of initiative.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public ModelKind(string code, LocalizedText name)
        : base(code, name)
    {
    }

    /// <summary>A model (mô hình).</summary>
    public static ModelKind Model { get; } = new("model", new("Mô hình", "Model"));

    /// <summary>A club (câu lạc bộ).</summary>
    public static ModelKind Club { get; } = new("club", new("Câu lạc bộ", "Club"));

    /// <summary>A movement or emulation drive (phong trào).</summary>
    public static ModelKind Movement { get; } = new("movement", new("Phong trào", "Movement"));

    /// <summary>A work or task (công trình, phần việc).</summary>
    public static ModelKind Work { get; } = new("work", new("Công trình, phần việc", "Work"));

    /// <summary>A programme or campaign (chương trình, cuộc vận động).</summary>
    public static ModelKind Programme { get; } = new("programme", new("Chương trình, cuộc vận động", "Programme"));

    /// <summary>Every built-in kind.</summary>
    public static IReadOnlyList<ModelKind> BuiltIn { get; } = [Model, Club, Movement, Work, Programme];

    /// <summary>The built-in kind of model with <paramref name="code"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentException">No built-in kind of model has that code; an app's own values are made with the constructor.</exception>
    public static ModelKind FromCode(string code) => ClassifierCodes.Find(BuiltIn, code, "kind of model");

    /// <summary>Finds the built-in kind of model with <paramref name="code"/> (ordinal, ignoring case); false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out ModelKind? modelKind) => ClassifierCodes.TryFind(BuiltIn, code, out modelKind);
}
