using DomainKit.Commendations;
using DomainKit.Funds;
using DomainKit.Text;

namespace DomainKit.Aggregation;

/// <summary>Row labels of the enumerations reports group by.</summary>
internal static class Names
{
    public static LocalizedText Of(FundEntryKind kind) => kind switch
    {
        FundEntryKind.OpeningBalance => new("Số dư đầu kỳ", "Opening balance"),
        FundEntryKind.Contribution => new("Đóng góp", "Contribution"),
        FundEntryKind.Disbursement => new("Chi hỗ trợ", "Disbursement"),
        FundEntryKind.LoanDisbursement => new("Cho vay", "Loan"),
        FundEntryKind.LoanRepayment => new("Thu hồi nợ", "Repayment"),
        FundEntryKind.InKindReceipt => new("Nhận hiện vật", "Goods received"),
        FundEntryKind.InKindDistribution => new("Trao hiện vật", "Goods handed out"),
        _ => new("Số dư công bố", "Stated balance"),
    };

    public static LocalizedText Of(AuthorityLevel level) => level switch
    {
        AuthorityLevel.Central => new("Trung ương", "Central"),
        AuthorityLevel.Province => new("Cấp tỉnh", "Province"),
        AuthorityLevel.District => new("Cấp huyện", "District"),
        AuthorityLevel.Commune => new("Cấp xã", "Commune"),
        _ => new("Cấp cơ sở", "Base"),
    };

    public static LocalizedText Of(RecipientKind kind) => kind switch
    {
        RecipientKind.Collective => new("Tập thể", "Collective"),
        RecipientKind.Individual => new("Cá nhân", "Individual"),
        _ => new("Hộ gia đình", "Household"),
    };
}
