namespace DomainKit.Aggregation;

/// <summary>
/// Where a unit stands for one form and period in a <see cref="CompletenessTable"/>. Values are never renumbered, so
/// a stored number keeps its meaning.
/// </summary>
public enum CompletenessStatus
{
    /// <summary>Expected and filed by the due date, or filed for a form that sets no due date (đúng hạn).</summary>
    OnTime = 0,

    /// <summary>Expected and filed after the due date (trễ hạn).</summary>
    Late = 1,

    /// <summary>Expected and filed, but the day it was filed is not known, so timeliness cannot be told (đã gửi, chưa rõ ngày).</summary>
    FiledDateUnknown = 2,

    /// <summary>Expected, not filed, and the due date (or the period's end, for a form without one) has passed (chưa gửi).</summary>
    Missing = 3,

    /// <summary>Expected, not filed, and not yet due by the engine's clock (chưa đến hạn).</summary>
    NotDueYet = 4,

    /// <summary>Filed by a unit on the map that the form does not expect: of another kind, or not in existence during the period (không thuộc diện).</summary>
    NotExpected = 5,

    /// <summary>Filed by a unit the dataset does not hold, so that it has no place on the map (không có trên sơ đồ).</summary>
    NotOnMap = 6,
}
