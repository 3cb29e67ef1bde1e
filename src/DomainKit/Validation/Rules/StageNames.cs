using DomainKit.Models;
using DomainKit.Text;

namespace DomainKit.Validation.Rules;

/// <summary>The names of lifecycle stages in findings.</summary>
internal static class StageNames
{
    public static LocalizedText Of(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Registered => new("đăng ký", "registered"),
        LifecycleStage.Pilot => new("thí điểm", "pilot"),
        LifecycleStage.Launched => new("ra mắt", "launched"),
        LifecycleStage.Maintained => new("duy trì", "maintained"),
        LifecycleStage.Replicated => new("nhân rộng", "replicated"),
        LifecycleStage.Reviewed => new("sơ kết, tổng kết", "reviewed"),
        LifecycleStage.Suspended => new("tạm dừng", "suspended"),
        _ => new("kết thúc", "ended"),
    };
}
