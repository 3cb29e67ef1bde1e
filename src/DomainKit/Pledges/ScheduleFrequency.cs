namespace DomainKit.Pledges;

/// <summary>How often a recurring money pledge falls due.</summary>
public enum ScheduleFrequency
{
    /// <summary>Every day: "1.000 đồng mỗi ngày".</summary>
    Daily = 0,

    /// <summary>Every month: "300.000 đồng/tháng".</summary>
    Monthly = 1,

    /// <summary>Every year.</summary>
    Yearly = 2,
}
