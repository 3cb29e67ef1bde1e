using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;

namespace DomainKit.Models;

/// <summary>An emulation movement (phong trào thi đua) that models serve; apps may define more. Equal by code. Immutable and thread-safe.</summary>
public sealed record Movement : Classifier
{
    /// <summary>Creates a movement.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public Movement(string code, LocalizedText name)
        : base(code, name)
    {
    }

    /// <summary>Directive 05-CT/TW (2016): studying and following Ho Chi Minh's ideology, morality and style.</summary>
    public static Movement Directive05 { get; } = new("ct-05", new(
        "Chỉ thị 05-CT/TW: Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Directive 05-CT/TW: studying and following Ho Chi Minh's ideology, morality and style"));

    /// <summary>Conclusion 01-KL/TW (2021), which continues Directive 05.</summary>
    public static Movement Conclusion01 { get; } = new("kl-01", new(
        "Kết luận 01-KL/TW: Tiếp tục thực hiện Chỉ thị 05-CT/TW",
        "Conclusion 01-KL/TW: continuing Directive 05-CT/TW"));

    /// <summary>The "Skilled mass mobilisation" movement (Dân vận khéo).</summary>
    public static Movement DanVanKheo { get; } = new("dan-van-kheo", new("Phong trào thi đua \"Dân vận khéo\"", "Skilled mass mobilisation"));

    /// <summary>Every built-in movement.</summary>
    public static IReadOnlyList<Movement> BuiltIn { get; } = [Directive05, Conclusion01, DanVanKheo];

    /// <summary>The built-in movement with <paramref name="code"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentException">No built-in movement has that code; an app's own values are made with the constructor.</exception>
    public static Movement FromCode(string code) => ClassifierCodes.Find(BuiltIn, code, "movement");

    /// <summary>Finds the built-in movement with <paramref name="code"/> (ordinal, ignoring case); false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Movement? movement) => ClassifierCodes.TryFind(BuiltIn, code, out movement);
}
