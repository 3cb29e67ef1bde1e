namespace DomainKit.Benchmarks;

/// <summary>
/// The dataset scales the benchmarks run at (the <c>Scale</c> parameter of <see cref="NationalSize.Scaled"/>):
/// a hundredth in quick mode, else the full size for the queries and a tenth for building and validating,
/// whose single iterations at full size take minutes (see <c>--validate-full</c> for one timed full-size
/// validation). Program sets <see cref="QuickVariable"/> in quick mode; benchmark processes inherit it.
/// </summary>
public static class SuiteScale
{
    /// <summary>The environment variable that selects the quick scales when it is <c>1</c>.</summary>
    public const string QuickVariable = "DOMAINKIT_BENCHMARKS_QUICK";

    /// <summary>The scale of the quick mode.</summary>
    public const double Quick = 0.01;

    /// <summary>Whether the quick scales are in force.</summary>
    public static bool IsQuick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    /// <summary>The scales of the roll-up and participation benchmarks.</summary>
    public static IEnumerable<double> Queries => IsQuick ? [Quick] : [1.0];

    /// <summary>The scales of the building and validation benchmarks.</summary>
    public static IEnumerable<double> Building => IsQuick ? [Quick] : [0.1];
}
