using DomainKit.Funds;
using DomainKit.Money;
using NodaTime;

namespace DomainKit.Reconciliation;

/// <summary>
/// A stated balance of a fund at the start or end of a day ("số dư đến ngày 10/11/2023 là 2,1 tỷ đồng"), checked against
/// the ledger's balance, rounding-aware (DK821 or DK822).
/// </summary>
/// <param name="Quote">The words of the report.</param>
/// <param name="Fund">The fund.</param>
/// <param name="Date">The day.</param>
/// <param name="At">Whether the balance holds at the start or the end of the day.</param>
/// <param name="Amount">The stated balance, as written.</param>
public sealed record StatedBalance(string Quote, FundId Fund, LocalDate Date, BalanceTime At, StatedDong Amount) : StatedFigure(Quote);
