using DomainKit.Periods;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Indicators;

/// <summary>The forms of the "Dân vận khéo" movement's sơ kết and tổng kết reports, as the seed reports fill them in.</summary>
internal static class BuiltInForms
{
    private static readonly FormItem[] DanVanKheo =
    [
        new("models-active", "field-root"),
        new("models-registered", "field-root"),
        new("models-launched"),
        new("models-replicated"),
        new("models-exemplary"),
        new("models-committed"),
        new("study-participants"),
        new("study-eligible"),
        new("study-rate"),
        new("money-raised"),
        new("money-spent"),
        new("beneficiary-occurrences"),
        new("gifts"),
        new("in-kind-value"),
        new("houses-built"),
        new("houses-repaired"),
        new("commendations", "award-form"),
    ];

    private static readonly UnitKind[] Submitters =
        [UnitKind.District, UnitKind.PartyCommittee, UnitKind.BasePartyOrganisation, UnitKind.Commune, UnitKind.MilitaryCommand, UnitKind.BorderGuard, UnitKind.Police, UnitKind.Enterprise];

    public static readonly Form[] All =
    [
        new("dvk-half-year", new("Báo cáo sơ kết 6 tháng phong trào thi đua \u201cDân vận khéo\u201d", "Half-year report on the \u201cSkilled mass mobilisation\u201d movement"),
            PeriodKind.HalfYear, DanVanKheo) { Submitters = [.. Submitters], DueAfter = Period.FromDays(15) },
        new("dvk-year", new("Báo cáo tổng kết năm phong trào thi đua \u201cDân vận khéo\u201d", "Year-end report on the \u201cSkilled mass mobilisation\u201d movement"),
            PeriodKind.Year, DanVanKheo) { Submitters = [.. Submitters], DueAfter = Period.FromDays(-15) },
    ];
}
