using System.Text;
using DomainKit.Periods;
using DomainKit.Money;
using NodaTime;

namespace DomainKit.Funds;

/// <summary>
/// One entry of a fund's ledger. The sealed subtypes are the complete list: <see cref="OpeningBalance"/>,
/// <see cref="Contribution"/>, <see cref="Disbursement"/>, <see cref="LoanDisbursement"/>,
/// <see cref="LoanRepayment"/>, <see cref="InKindReceipt"/>, <see cref="InKindDistribution"/> and
/// <see cref="BalanceAssertion"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Reports often state a flow for a whole span ("since Q4/2017: 2.407.798.600 đ"); such a summary entry is
/// dated on the last day of the span and says the span in <see cref="Covers"/>.
/// </remarks>
public abstract record FundEntry
{
    private protected FundEntry(FundId fundId, LocalDate date)
    {
        FundId = fundId;
        Date = date;
    }

    /// <summary>The fund whose ledger holds the entry.</summary>
    public FundId FundId { get; init; }

    /// <summary>The day the entry takes effect (for a summary entry, the last day of its span).</summary>
    public LocalDate Date { get; init; }

    /// <summary>The span a summary entry covers, or <see langword="null"/> for a single transaction.</summary>
    public ReportingPeriod? Covers { get; init; }

    /// <summary>A voucher or document number.</summary>
    public string? Reference { get; init; }

    /// <summary>A note in the report's words.</summary>
    public string? Note { get; init; }

    /// <summary>The kind of entry.</summary>
    public abstract FundEntryKind Kind { get; }

    /// <summary>
    /// The change the entry makes to the fund's cash balance: positive for money in, negative for money out,
    /// zero for goods and for balance assertions.
    /// </summary>
    /// <exception cref="OverflowException">The amount is <see cref="Dong.MinValue"/>.</exception>
    public abstract Dong CashEffect { get; }

    /// <summary>Writes the members for <see cref="ToString"/>.</summary>
    /// <remarks>
    /// <see cref="CashEffect"/> is left out: it follows from the amount, and an amount of <see cref="Dong.MinValue"/>
    /// (bad data, which validation reports) cannot be negated, so printing it would throw from <c>ToString</c>.
    /// </remarks>
    protected virtual bool PrintMembers(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Append("FundId = ").Append(FundId)
            .Append(", Date = ").Append(Date)
            .Append(", Covers = ").Append(Covers)
            .Append(", Reference = ").Append(Reference)
            .Append(", Note = ").Append(Note)
            .Append(", Kind = ").Append(Kind);
        return true;
    }
}

/// <summary>The balance a fund had when its ledger starts.</summary>
/// <param name="FundId">The fund.</param>
/// <param name="Date">The day the ledger starts (the balance holds at the start of the day).</param>
/// <param name="Amount">The balance.</param>
public sealed record OpeningBalance(FundId FundId, LocalDate Date, Dong Amount) : FundEntry(FundId, Date)
{
    /// <inheritdoc/>
    public override FundEntryKind Kind => FundEntryKind.OpeningBalance;

    /// <inheritdoc/>
    public override Dong CashEffect => Amount;
}

/// <summary>Money received (đóng góp, thu, huy động, vận động).</summary>
/// <param name="FundId">The fund.</param>
/// <param name="Date">The day received.</param>
/// <param name="Amount">The amount.</param>
public sealed record Contribution(FundId FundId, LocalDate Date, Dong Amount) : FundEntry(FundId, Date)
{
    /// <summary>Who contributed, if recorded.</summary>
    public string? Contributor { get; init; }

    /// <inheritdoc/>
    public override FundEntryKind Kind => FundEntryKind.Contribution;

    /// <inheritdoc/>
    public override Dong CashEffect => Amount;
}

/// <summary>Money paid out in support (chi hỗ trợ), with its purpose and beneficiaries.</summary>
/// <param name="FundId">The fund.</param>
/// <param name="Date">The day paid.</param>
/// <param name="Amount">The amount.</param>
public sealed record Disbursement(FundId FundId, LocalDate Date, Dong Amount) : FundEntry(FundId, Date)
{
    /// <summary>What it paid for, if stated.</summary>
    public DisbursementPurpose? Purpose { get; init; }

    /// <summary>Who benefited, if stated.</summary>
    public Beneficiaries? Beneficiaries { get; init; }

    /// <inheritdoc/>
    public override FundEntryKind Kind => FundEntryKind.Disbursement;

    /// <inheritdoc/>
    public override Dong CashEffect => -Amount;
}

/// <summary>An interest-free loan paid out (cho vay không lấy lãi), identified by <paramref name="LoanId"/> for its repayments.</summary>
/// <param name="FundId">The fund.</param>
/// <param name="Date">The day paid out.</param>
/// <param name="Principal">The amount lent.</param>
/// <param name="LoanId">The loan's id, which repayments name.</param>
public sealed record LoanDisbursement(FundId FundId, LocalDate Date, Dong Principal, string LoanId) : FundEntry(FundId, Date)
{
    /// <summary>Who borrowed, if recorded.</summary>
    public string? Borrower { get; init; }

    /// <summary>The term in months ("thời gian vay 36 tháng"), if stated.</summary>
    public int? TermMonths { get; init; }

    /// <summary>What the loan is for, if stated.</summary>
    public DisbursementPurpose? Purpose { get; init; }

    /// <summary>Who benefited, if stated: a loan to one member is one occurrence.</summary>
    public Beneficiaries? Beneficiaries { get; init; }

    /// <inheritdoc/>
    public override FundEntryKind Kind => FundEntryKind.LoanDisbursement;

    /// <inheritdoc/>
    public override Dong CashEffect => -Principal;
}

/// <summary>A repayment of a loan.</summary>
/// <param name="FundId">The fund.</param>
/// <param name="Date">The day received.</param>
/// <param name="Amount">The amount repaid.</param>
/// <param name="LoanId">The loan repaid.</param>
public sealed record LoanRepayment(FundId FundId, LocalDate Date, Dong Amount, string LoanId) : FundEntry(FundId, Date)
{
    /// <inheritdoc/>
    public override FundEntryKind Kind => FundEntryKind.LoanRepayment;

    /// <inheritdoc/>
    public override Dong CashEffect => Amount;
}

/// <summary>Goods received, kept as goods, with an optional money valuation.</summary>
/// <param name="FundId">The fund.</param>
/// <param name="Date">The day received.</param>
/// <param name="Goods">What and how much.</param>
public sealed record InKindReceipt(FundId FundId, LocalDate Date, Goods Goods) : FundEntry(FundId, Date)
{
    /// <summary>The money value, if one was put on the goods.</summary>
    public Valuation? Valuation { get; init; }

    /// <inheritdoc/>
    public override FundEntryKind Kind => FundEntryKind.InKindReceipt;

    /// <inheritdoc/>
    public override Dong CashEffect => Dong.Zero;
}

/// <summary>Goods handed out, with an optional money valuation and the beneficiaries.</summary>
/// <param name="FundId">The fund.</param>
/// <param name="Date">The day handed out.</param>
/// <param name="Goods">What and how much.</param>
public sealed record InKindDistribution(FundId FundId, LocalDate Date, Goods Goods) : FundEntry(FundId, Date)
{
    /// <summary>The money value, if one was put on the goods.</summary>
    public Valuation? Valuation { get; init; }

    /// <summary>Who benefited, if stated.</summary>
    public Beneficiaries? Beneficiaries { get; init; }

    /// <inheritdoc/>
    public override FundEntryKind Kind => FundEntryKind.InKindDistribution;

    /// <inheritdoc/>
    public override Dong CashEffect => Dong.Zero;
}

/// <summary>
/// A balance a report states ("as of 10/11/2023 the fund holds ..."), saying whether it holds at the start
/// or at the end of the day. It does not move money; validation checks it against the other entries.
/// </summary>
/// <param name="FundId">The fund.</param>
/// <param name="Date">The day the balance holds on.</param>
/// <param name="StatedBalance">The balance stated.</param>
/// <param name="At">Whether it holds at the start or the end of <paramref name="Date"/>.</param>
public sealed record BalanceAssertion(FundId FundId, LocalDate Date, Dong StatedBalance, BalanceTime At) : FundEntry(FundId, Date)
{
    /// <inheritdoc/>
    public override FundEntryKind Kind => FundEntryKind.BalanceAssertion;

    /// <inheritdoc/>
    public override Dong CashEffect => Dong.Zero;
}
