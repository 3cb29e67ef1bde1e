using DomainKit.Data;
using DomainKit.Periods;
using NodaTime;

namespace DomainKit.Examples.BinhPhuoc;

/// <summary>
/// The figures of the report "Một số mô hình, câu lạc bộ làm theo lời Bác trên địa bàn tỉnh Bình Phước năm
/// 2023" (Gia Phúc, published 25/03/2024; seed 000), transcribed as a DomainKit dataset: every unit, model,
/// fund, pledge and figure the report names. The transcription is split over partial files by item kind:
/// <c>.Units.cs</c>, <c>.Models.cs</c>, <c>.Funds.cs</c> and <c>.Pledges.cs</c>.
/// </summary>
/// <remarks>
/// Where the report is silent (dates, owners, fields, splits of totals) the transcription makes an assumption
/// and says so in a comment that quotes the Vietnamese it comes from. Nothing the report does not say is added
/// as a figure: a figure it names without a value is kept as "missing" (null), never as zero.
/// </remarks>
public static partial class BinhPhuoc2023
{
    /// <summary>The title of the source report.</summary>
    public const string ReportTitle = "Một số mô hình, câu lạc bộ làm theo lời Bác trên địa bàn tỉnh Bình Phước năm 2023";

    /// <summary>
    /// The 2023 theme (chuyên đề) of the Tỉnh ủy, quoted from the report's first sentence: "Năm 2023, Tỉnh ủy
    /// Bình Phước thực hiện chuyên đề “...”".
    /// </summary>
    public const string Theme =
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về phát huy sức mạnh đại đoàn kết toàn dân tộc; " +
        "xây dựng đảng và hệ thống chính trị tỉnh Bình Phước trong sạch, vững mạnh";

    /// <summary>The day the report was published: "Thứ hai - 25/03/2024 12:30".</summary>
    public static LocalDate Published { get; } = new(2024, 3, 25);

    /// <summary>
    /// The day the report's figures hold on. Only the Phước Long figures are dated ("Tính đến ngày 10/11/2023");
    /// the report's other "đến nay" (to date) figures are taken to hold on the same day, since it is the only
    /// date the report gives for its 2023 figures.
    /// </summary>
    public static LocalDate AsOf { get; } = new(2023, 11, 10);

    /// <summary>The year the report covers: "năm 2023".</summary>
    public static ReportingPeriod Year { get; } = ReportingPeriod.Year(2023);

    /// <summary>
    /// The last day of the district level and of the province of Bình Phước: the district level was abolished
    /// and Bình Phước merged into Đồng Nai on 1 July 2025.
    /// </summary>
    public static LocalDate LastDayBeforeMerger { get; } = new(2025, 6, 30);

    /// <summary>The first day of the merged province of Đồng Nai.</summary>
    public static LocalDate MergerDay { get; } = new(2025, 7, 1);

    /// <summary>Builds the dataset. Each call builds a new, equal dataset.</summary>
    public static Dataset Build()
    {
        var builder = new DatasetBuilder();
        builder.Add(BuildUnits());
        builder.Add(BuildModels());
        builder.Add(BuildFunds());
        builder.Add(BuildFundEntries());
        builder.Add(BuildPledges());
        // Seed 000 names no commendation (khen thưởng), so none is added.
        return builder.Build();
    }
}
