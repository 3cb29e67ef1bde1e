using System.Globalization;

namespace DomainKit.Validation;

/// <summary>
/// Where a finding is: the kind of item, its id, and for items without ids of their own (fund entries,
/// payments) their position. Immutable and thread-safe.
/// </summary>
/// <param name="Kind">The kind of item.</param>
/// <param name="Id">The item's id (for a fund entry, the fund's id; for a payment, the pledge's id).</param>
/// <param name="Index">The position of a fund entry in its ledger or of a payment in the dataset, from 0.</param>
public readonly record struct EntityRef(EntityKind Kind, string Id, int? Index = null)
{
    /// <summary>The dataset as a whole.</summary>
    public static EntityRef Dataset { get; } = new(EntityKind.Dataset, string.Empty);

    /// <summary>A unit.</summary>
    public static EntityRef ForUnit(Units.UnitId id) => new(EntityKind.Unit, id.ToString());

    /// <summary>An emulation model.</summary>
    public static EntityRef ForModel(Models.ModelId id) => new(EntityKind.Model, id.ToString());

    /// <summary>A pledge.</summary>
    public static EntityRef ForPledge(Pledges.PledgeId id) => new(EntityKind.Pledge, id.ToString());

    /// <summary>A payment: the pledge it names and its position among the dataset's payments.</summary>
    public static EntityRef ForPayment(Pledges.PledgeId id, int index) => new(EntityKind.Payment, id.ToString(), index);

    /// <summary>A fund.</summary>
    public static EntityRef ForFund(Funds.FundId id) => new(EntityKind.Fund, id.ToString());

    /// <summary>A fund entry: its fund and its position in the fund's ledger in date order.</summary>
    public static EntityRef ForFundEntry(Funds.FundId id, int index) => new(EntityKind.FundEntry, id.ToString(), index);

    /// <summary>A commendation.</summary>
    public static EntityRef ForCommendation(Commendations.CommendationId id) => new(EntityKind.Commendation, id.ToString());

    /// <summary>A step of a report's approval history: the report's slot and the step's position among the stored steps, from 0.</summary>
    public static EntityRef ForApprovalStep(Submissions.SubmissionKey key, int index) => new(EntityKind.ApprovalStep, key.ToString(), index);

    /// <summary>A submitted report, by its slot; with <paramref name="figure"/>, the position of one of its figures, from 0.</summary>
    public static EntityRef ForSubmission(Submissions.SubmissionKey key, int? figure = null) => new(EntityKind.Submission, key.ToString(), figure);

    /// <summary>Writes <c>unit:huyen-bu-dang</c> or <c>fund-entry:pl-tk#3</c>.</summary>
    public override string ToString()
    {
        var kind = Kind switch
        {
            EntityKind.FundEntry => "fund-entry",
            EntityKind.ApprovalStep => "approval-step",
            _ => Kind.ToString().ToLowerInvariant(),
        };
        return Index is int i ? string.Create(CultureInfo.InvariantCulture, $"{kind}:{Id}#{i}") : $"{kind}:{Id}";
    }
}
