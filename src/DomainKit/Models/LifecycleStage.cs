namespace DomainKit.Models;

/// <summary>A stage in the life of an emulation model.</summary>
public enum LifecycleStage
{
    /// <summary>Registered (đăng ký).</summary>
    Registered = 0,

    /// <summary>Piloted (thí điểm).</summary>
    Pilot = 1,

    /// <summary>Launched (ra mắt).</summary>
    Launched = 2,

    /// <summary>Maintained (duy trì).</summary>
    Maintained = 3,

    /// <summary>Replicated to other units (nhân rộng).</summary>
    Replicated = 4,

    /// <summary>Reviewed (sơ kết, tổng kết); a review does not change the stage the model is in.</summary>
    Reviewed = 5,

    /// <summary>Suspended (tạm dừng).</summary>
    Suspended = 6,

    /// <summary>Ended (kết thúc).</summary>
    Ended = 7,
}
