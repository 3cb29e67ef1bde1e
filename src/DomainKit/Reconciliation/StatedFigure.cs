namespace DomainKit.Reconciliation;

/// <summary>
/// A figure as a published report states it, to be checked by <see cref="Reconciler"/> against the data and against
/// itself. The sealed subtypes are the complete list: <see cref="StatedBreakdown"/>, <see cref="StatedAmountBreakdown"/>,
/// <see cref="StatedModelCount"/>, <see cref="StatedParticipation"/>, <see cref="StatedBalance"/>,
/// <see cref="StatedFundTotals"/>, <see cref="StatedAmount"/> and <see cref="StatedOutcome"/>. Immutable and thread-safe.
/// </summary>
public abstract record StatedFigure
{
    private protected StatedFigure(string quote) => Quote = quote;

    /// <summary>The words of the report the figure comes from, quoted as written: <c>Có 3922/4.127 đảng viên đăng ký ...</c>.</summary>
    public string Quote { get; init; }

    /// <summary>A short name for the figure in finding messages, such as <c>Bù Đăng, “3 không, 4 có”</c>; the quote is used when <see langword="null"/>.</summary>
    public string? Label { get; init; }

    /// <summary>The name messages use: <see cref="Label"/>, or the <see cref="Quote"/>.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Label) ? Quote : Label;
}
