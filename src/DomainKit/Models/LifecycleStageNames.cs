using DomainKit.Text;

namespace DomainKit.Models;

/// <summary>The names of lifecycle stages in findings and report rows.</summary>
internal static class LifecycleStageNames
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
