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
}
