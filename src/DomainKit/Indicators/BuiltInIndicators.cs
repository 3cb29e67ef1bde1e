using System.Collections.Frozen;
using DomainKit.Text;

namespace DomainKit.Indicators;

/// <summary>
/// The indicators the reports of the movements state, in report order: the figures of the sơ kết and tổng kết reports
/// of "Dân vận khéo" and "Thi đua yêu nước" that officers write by hand today.
/// </summary>
internal static class BuiltInIndicators
{
    private static readonly LocalizedText Models = new("mô hình", "models");
    private static readonly LocalizedText People = new("người", "people");

    public static readonly Indicator[] All =
    [
        // Models.
        Count("models-active", "Mô hình đang thực hiện", "Models active", Models, TimeAggregation.LastValue, "active-models", "field-root", "field", "model-kind"),
        Count("models-registered", "Mô hình đăng ký", "Models registered", Models, TimeAggregation.Sum, "registered-models", "field-root", "field", "model-kind"),
        Count("models-launched", "Mô hình ra mắt mới", "Models launched", Models, TimeAggregation.Sum, "launched-models", "field-root", "field", "model-kind"),
        Count("models-replicated", "Mô hình nhân rộng", "Models replicated", Models, TimeAggregation.Sum, "replicated-models", "field-root", "field", "model-kind"),
        Count("models-exemplary", "Mô hình tiêu biểu", "Exemplary models", Models, TimeAggregation.LastValue, "exemplary-models", "field-root", "field", "model-kind"),
        Count("models-committed", "Mô hình đăng ký với cấp trên", "Models committed to a higher level", Models, TimeAggregation.LastValue, null, "committed-to", "field-root"),

        // Study and pledges: the counts and the rate of each.
        Count("study-participants", "Số người tham gia học tập, quán triệt", "People who studied", People, TimeAggregation.LastValue, null, "unit-kind"),
        Count("study-eligible", "Số người thuộc diện học tập, quán triệt", "People expected to study", People, TimeAggregation.LastValue, null, "unit-kind"),
        Rate("study-rate", "Tỷ lệ tham gia học tập, quán triệt", "Share who studied", "study-participants", "study-eligible", null, "unit-kind"),
        Count("pledge-participants", "Số người đăng ký thực hiện", "Members who pledged", People, TimeAggregation.LastValue, "registered-members", "pledger-kind"),
        Count("pledge-eligible", "Số người thuộc diện đăng ký", "Members expected to pledge", People, TimeAggregation.LastValue, "eligible-members"),
        Rate("pledge-rate", "Tỷ lệ đăng ký thực hiện", "Share who pledged", "pledge-participants", "pledge-eligible", "participation-rate"),

        // Money, by fund or purpose.
        Money("money-raised", "Số tiền vận động được", "Money raised", TimeAggregation.Sum, "contributions", "fund"),
        Money("money-spent", "Số tiền chi hỗ trợ", "Money spent", TimeAggregation.Sum, "disbursements", "purpose", "fund"),
        Money("money-held", "Số dư quỹ", "Money held", TimeAggregation.LastValue, "fund-balance", "fund"),
        Money("loans", "Số tiền cho vay", "Money lent", TimeAggregation.Sum, "loans", "purpose", "fund"),
        Money("loans-outstanding", "Dư nợ cho vay", "Loans outstanding", TimeAggregation.LastValue, "outstanding-loans", "fund"),
        Money("repayments", "Số tiền thu hồi nợ", "Loans repaid", TimeAggregation.Sum, "repayments", "fund"),

        // Support given.
        Count("beneficiary-occurrences", "Số lượt được hỗ trợ", "Times support was given", new("lượt", "times"), TimeAggregation.Sum, "beneficiary-occurrences", "purpose"),
        Count("beneficiaries-distinct", "Số người (hộ) được hỗ trợ", "People or households supported", new("người (hộ)", "people or households"), TimeAggregation.Sum, "distinct-beneficiaries", "purpose"),
        Count("gifts", "Số suất quà", "Gifts", new("suất quà", "gifts"), TimeAggregation.Sum, null, "purpose"),
        Money("in-kind-value", "Giá trị hiện vật quy ra tiền", "Value of goods given in kind", TimeAggregation.Sum, "in-kind-value", "purpose"),

        // Outcomes.
        Count("houses-built", "Nhà ở xây mới", "Houses built", new("căn", "houses"), TimeAggregation.Sum, null),
        Count("houses-repaired", "Nhà ở sửa chữa", "Houses repaired", new("căn", "houses"), TimeAggregation.Sum, null),
        Quantity("roads-built", "Đường giao thông làm mới, nâng cấp", "Roads built or upgraded", "km"),
        Quantity("roads-lit", "Đường được thắp sáng", "Roads lit", "km"),
        Count("flag-poles", "Cột cờ", "Flag poles", new("cột", "poles"), TimeAggregation.Sum, null),
        Count("scholarships", "Suất học bổng", "Scholarships", new("suất", "scholarships"), TimeAggregation.Sum, null),

        // Commendations.
        Count("commendations", "Tập thể, cá nhân được khen thưởng", "Commendations", new("lượt", "awards"), TimeAggregation.Sum, "commendations", "award-form", "award-level", "recipient-kind"),
    ];

    private static readonly FrozenDictionary<string, Indicator> ByCode = All.ToFrozenDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);

    public static Indicator? Find(string code) => ByCode.GetValueOrDefault(code);

    private static Indicator Count(string code, string vietnamese, string english, LocalizedText unit, TimeAggregation overTime, string? measure, params string[] by)
        => new(code, new(vietnamese, english), IndicatorKind.Count) { Unit = unit, OverTime = overTime, MeasureCode = measure, Disaggregations = [.. by] };

    private static Indicator Money(string code, string vietnamese, string english, TimeAggregation overTime, string? measure, params string[] by)
        => new(code, new(vietnamese, english), IndicatorKind.Money) { Unit = new("đồng", "VND"), OverTime = overTime, MeasureCode = measure, Disaggregations = [.. by] };

    private static Indicator Quantity(string code, string vietnamese, string english, string unitOfMeasure)
        => new(code, new(vietnamese, english), IndicatorKind.Quantity) { Unit = new(unitOfMeasure, unitOfMeasure) };

    private static Indicator Rate(string code, string vietnamese, string english, string numerator, string denominator, string? measure, params string[] by)
        => new(code, new(vietnamese, english), IndicatorKind.Rate) { Numerator = numerator, Denominator = denominator, MeasureCode = measure, Disaggregations = [.. by] };
}
