using DomainKit.Funds;
using DomainKit.Money;
using DomainKit.Periods;
using NodaTime;

namespace DomainKit.Reconciliation;

/// <summary>
/// Stated flows of a fund up to a day: "Tính đến ngày 10/11/2023, tổng số tiền tiết kiệm 6.100.542.700đ, chi hỗ trợ tổng
/// số tiền 3.990.589.000đ", or within a period: "từ đầu năm 2023 đến nay, đã chi 131.500.000 đồng". Each stated total is
/// checked, rounding-aware, against the sum of the ledger's entries (DK821 or DK822), and the stated occurrences against
/// the beneficiaries the entries record (DK803 or DK804).
/// </summary>
/// <remarks>
/// Contributions are the <see cref="Contribution"/> entries (not opening balances, repayments or goods); disbursements
/// are the <see cref="Disbursement"/> entries, and the <see cref="LoanDisbursement"/> principals too when
/// <see cref="DisbursementsIncludeLoans"/>. An entry counts when it is dated on or before <see cref="AsOf"/> and, when
/// <see cref="Period"/> is given, when it lies in the period: dated in it, and for a summary entry, with a span
/// (<see cref="FundEntry.Covers"/>) that starts in it too.
/// </remarks>
/// <param name="Quote">The words of the report.</param>
/// <param name="Fund">The fund.</param>
/// <param name="AsOf">The last day the totals cover ("tính đến ngày", "đến nay").</param>
public sealed record StatedFundTotals(string Quote, FundId Fund, LocalDate AsOf) : StatedFigure(Quote)
{
    /// <summary>The stated money received, if any.</summary>
    public StatedDong? Contributions { get; init; }

    /// <summary>The stated money paid out, if any.</summary>
    public StatedDong? Disbursements { get; init; }

    /// <summary>Whether the stated money paid out includes interest-free loans paid out ("đã chi ... vay vốn 50.000.000 đồng").</summary>
    public bool DisbursementsIncludeLoans { get; init; }

    /// <summary>The stated number of occurrences (lượt) supported, if any.</summary>
    public long? Occurrences { get; init; }

    /// <summary>The period the flows are stated for, or <see langword="null"/> for everything up to <see cref="AsOf"/>.</summary>
    public ReportingPeriod? Period { get; init; }
}
