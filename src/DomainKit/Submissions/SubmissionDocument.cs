using NodaTime;

namespace DomainKit.Submissions;

/// <summary>
/// The document a submission was filed as, as its header and signature give it: its number
/// (<c>14-CTr/BCĐDVK</c>, <c>125-BC/HU</c>), its date, the body that issued it and who signed it, where known.
/// Immutable; equal by value. Construction never rejects bad data: validation reports it.
/// </summary>
public sealed record SubmissionDocument
{
    /// <summary>The document's number and symbol: <c>14-CTr/BCĐDVK</c>.</summary>
    public string? Number { get; init; }

    /// <summary>The date the document bears.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Its title or excerpt (trích yếu): <c>Báo cáo sơ kết 6 tháng đầu năm 2023 ...</c>.</summary>
    public string? Title { get; init; }

    /// <summary>The body that issued it: <c>Ban Chỉ đạo Dân vận khéo huyện Bù Đăng</c>.</summary>
    public string? Issuer { get; init; }

    /// <summary>Who signed it, as the signature block names them: <c>Nguyễn Văn A, Phó Trưởng ban</c>.</summary>
    public string? Signer { get; init; }

    /// <summary>The number, or the title, or nothing.</summary>
    public override string ToString() => Number ?? Title ?? string.Empty;
}
