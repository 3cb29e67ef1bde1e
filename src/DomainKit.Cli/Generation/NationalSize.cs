namespace DomainKit.Cli.Generation;

/// <summary>
/// The counts of a <see cref="NationalDataset"/>. <see cref="Full"/> is the whole country after the 2025
/// reorganisation over one five-year span (2021–2025); <see cref="Scaled"/> scales every count but the 34
/// provinces.
/// </summary>
/// <param name="Provinces">Provinces under the national root.</param>
/// <param name="Communes">Communes, spread unevenly over the provinces; each has a base Party organisation.</param>
/// <param name="Villages">Villages; each has one Party cell, so the village-level units are twice this.</param>
/// <param name="Models">Emulation models, owned by communes (two in five) and by Party cells.</param>
/// <param name="Pledges">Individual pledges of Party members in cells, spread over 2021–2025.</param>
/// <param name="FundEntries">Fund entries, spread over the funds (one to three per commune) and 2021–2025.</param>
public sealed record NationalSize(int Provinces, int Communes, int Villages, int Models, int Pledges, int FundEntries)
{
    /// <summary>The whole country: 34 provinces, 3,321 communes, 100,000 village-level units, 1,000,000 models, 5,000,000 pledges, 20,000,000 fund entries.</summary>
    public static NationalSize Full { get; } = new(34, 3_321, 50_000, 1_000_000, 5_000_000, 20_000_000);

    /// <summary>A tenth of the country (about a large province's department's worth of data).</summary>
    public static NationalSize Tenth { get; } = Scaled(0.1);

    /// <summary>A hundredth, for the quick mode of the suite.</summary>
    public static NationalSize Quick { get; } = Scaled(0.01);

    /// <summary>
    /// The full size with every count but the provinces multiplied by <paramref name="scale"/> (at least one
    /// commune per province, one village per commune and one model per commune).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is not positive.</exception>
    public static NationalSize Scaled(double scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        var full = Full;
        var communes = Math.Max(full.Provinces, Scale(full.Communes, scale));
        return new(
            full.Provinces,
            communes,
            Math.Max(communes, Scale(full.Villages, scale)),
            Math.Max(communes, Scale(full.Models, scale)),
            Scale(full.Pledges, scale),
            Scale(full.FundEntries, scale));
    }

    /// <summary>Villages and Party cells together.</summary>
    public int VillageLevelUnits => 2 * Villages;

    /// <summary>A one-line description.</summary>
    public override string ToString()
        => $"{Provinces} provinces, {Communes:N0} communes, {VillageLevelUnits:N0} village-level units, {Models:N0} models, {Pledges:N0} pledges, {FundEntries:N0} fund entries";

    private static int Scale(int count, double scale) => (int)Math.Min(int.MaxValue, Math.Round(count * scale));
}
