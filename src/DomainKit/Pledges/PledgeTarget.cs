using DomainKit.Models;

namespace DomainKit.Pledges;

/// <summary>
/// What a pledge is for: a model, a set of criteria, a beneficiary, or households to accompany.
/// The subtypes are the complete list. Immutable and thread-safe.
/// </summary>
public abstract record PledgeTarget
{
    private protected PledgeTarget()
    {
    }

    /// <summary>A pledge to carry out an emulation model: "3922 Party members registered the model '3 không, 4 có'".</summary>
    public static PledgeTarget ForModel(ModelId modelId) => new ModelPledgeTarget(modelId);

    /// <summary>A pledge to meet a set of criteria, such as ethical standards.</summary>
    public static PledgeTarget ForCriteria(string criteriaSet) => new CriteriaPledgeTarget(criteriaSet);

    /// <summary>A pledge to support a beneficiary or a humanitarian address (địa chỉ nhân đạo).</summary>
    public static PledgeTarget ForBeneficiary(string beneficiary) => new BeneficiaryPledgeTarget(beneficiary);

    /// <summary>A pledge to accompany households; each count is <see langword="null"/> when not stated.</summary>
    public static PledgeTarget ForHouseholds(int? poorHouseholds, int? nearPoorHouseholds)
        => new HouseholdsPledgeTarget(poorHouseholds, nearPoorHouseholds);
}

/// <summary>A pledge to carry out an emulation model.</summary>
/// <param name="ModelId">The model.</param>
public sealed record ModelPledgeTarget(ModelId ModelId) : PledgeTarget;

/// <summary>A pledge to meet a set of criteria.</summary>
/// <param name="CriteriaSet">The name of the criteria set.</param>
public sealed record CriteriaPledgeTarget(string CriteriaSet) : PledgeTarget;

/// <summary>A pledge to support a beneficiary or a humanitarian address.</summary>
/// <param name="Beneficiary">Who or what is supported.</param>
public sealed record BeneficiaryPledgeTarget(string Beneficiary) : PledgeTarget;

/// <summary>A pledge to accompany poor and near-poor households.</summary>
/// <param name="PoorHouseholds">Poor households (hộ nghèo), or <see langword="null"/> when not stated.</param>
/// <param name="NearPoorHouseholds">Near-poor households (hộ cận nghèo), or <see langword="null"/> when not stated.</param>
public sealed record HouseholdsPledgeTarget(int? PoorHouseholds, int? NearPoorHouseholds) : PledgeTarget;
