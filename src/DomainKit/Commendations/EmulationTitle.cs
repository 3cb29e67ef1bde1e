using System.Diagnostics.CodeAnalysis;
using DomainKit.Text;

namespace DomainKit.Commendations;

/// <summary>
/// An emulation title (danh hiệu thi đua), such as "Lao động tiên tiến" or "Chiến sĩ thi đua cơ sở".
/// The Law on Emulation and Commendation (06/2022/QH15) keeps titles apart from forms of award
/// (<see cref="AwardForm"/>). Apps may define more. Equal by code. Immutable and thread-safe.
/// </summary>
public sealed record EmulationTitle : Classifier
{
    /// <summary>Creates a title given to <paramref name="recipients"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty.</exception>
    public EmulationTitle(string code, LocalizedText name, RecipientKind recipients)
        : base(code, name)
    {
        Recipients = recipients;
    }

    /// <summary>Whom the title is for: individuals, collectives or households.</summary>
    public RecipientKind Recipients { get; }

    /// <summary>"Lao động tiên tiến" (advanced worker), for individuals.</summary>
    public static EmulationTitle AdvancedWorker { get; } = new("lao-dong-tien-tien", new("Lao động tiên tiến", "Advanced worker"), RecipientKind.Individual);

    /// <summary>"Chiến sĩ thi đua cơ sở" (grassroots emulation fighter), for individuals.</summary>
    public static EmulationTitle GrassrootsEmulationFighter { get; } = new("chien-si-thi-dua-co-so", new("Chiến sĩ thi đua cơ sở", "Grassroots emulation fighter"), RecipientKind.Individual);

    /// <summary>"Chiến sĩ thi đua cấp tỉnh" (provincial emulation fighter), for individuals.</summary>
    public static EmulationTitle ProvincialEmulationFighter { get; } = new("chien-si-thi-dua-cap-tinh", new("Chiến sĩ thi đua cấp tỉnh", "Provincial emulation fighter"), RecipientKind.Individual);

    /// <summary>"Tập thể lao động tiên tiến" (advanced collective), for collectives.</summary>
    public static EmulationTitle AdvancedCollective { get; } = new("tap-the-lao-dong-tien-tien", new("Tập thể lao động tiên tiến", "Advanced collective"), RecipientKind.Collective);

    /// <summary>"Tập thể lao động xuất sắc" (excellent collective), for collectives.</summary>
    public static EmulationTitle ExcellentCollective { get; } = new("tap-the-lao-dong-xuat-sac", new("Tập thể lao động xuất sắc", "Excellent collective"), RecipientKind.Collective);

    /// <summary>"Cờ thi đua" (emulation flag), for collectives.</summary>
    public static EmulationTitle EmulationFlag { get; } = new("co-thi-dua", new("Cờ thi đua", "Emulation flag"), RecipientKind.Collective);

    /// <summary>"Gia đình văn hóa" (cultured family), for households.</summary>
    public static EmulationTitle CulturedFamily { get; } = new("gia-dinh-van-hoa", new("Gia đình văn hóa", "Cultured family"), RecipientKind.Household);

    /// <summary>Every built-in title.</summary>
    public static IReadOnlyList<EmulationTitle> BuiltIn { get; } =
        [AdvancedWorker, GrassrootsEmulationFighter, ProvincialEmulationFighter, AdvancedCollective, ExcellentCollective, EmulationFlag, CulturedFamily];

    /// <summary>The built-in emulation title with <paramref name="code"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentException">No built-in emulation title has that code; an app's own values are made with the constructor.</exception>
    public static EmulationTitle FromCode(string code) => ClassifierCodes.Find(BuiltIn, code, "emulation title");

    /// <summary>Finds the built-in emulation title with <paramref name="code"/> (ordinal, ignoring case); false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out EmulationTitle? emulationTitle) => ClassifierCodes.TryFind(BuiltIn, code, out emulationTitle);
}
