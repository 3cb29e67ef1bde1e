namespace DomainKit.Funds;

/// <summary>The kinds of ledger entry of a fund.</summary>
public enum FundEntryKind
{
    /// <summary>The balance the fund had when its ledger starts.</summary>
    OpeningBalance = 0,

    /// <summary>Money received (đóng góp, thu, huy động, vận động).</summary>
    Contribution = 1,

    /// <summary>Money paid out in support (chi hỗ trợ).</summary>
    Disbursement = 2,

    /// <summary>An interest-free loan paid out (cho vay không lấy lãi).</summary>
    LoanDisbursement = 3,

    /// <summary>A loan repayment received.</summary>
    LoanRepayment = 4,

    /// <summary>Goods received (rice, vegetables).</summary>
    InKindReceipt = 5,

    /// <summary>Goods handed out.</summary>
    InKindDistribution = 6,

    /// <summary>A balance stated by a report, checked against the entries.</summary>
    BalanceAssertion = 7,
}
