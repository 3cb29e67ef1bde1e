namespace DomainKit.Funds;

/// <summary>Whether a balance holds at the start of a day (before its entries) or at its end (after them).</summary>
public enum BalanceTime
{
    /// <summary>At the start of the day: entries of that day are not included.</summary>
    StartOfDay = 0,

    /// <summary>At the end of the day: entries of that day are included.</summary>
    EndOfDay = 1,
}
