using DomainKit.Money;
using DomainKit.Pledges;

namespace DomainKit.Tests.Pledges;

public sealed class PledgeTargetTests
{
    [Fact]
    public void Each_factory_makes_its_own_kind_of_target()
    {
        Assert.Equal("bd-3-khong-4-co", Assert.IsType<ModelPledgeTarget>(PledgeTarget.ForModel("bd-3-khong-4-co")).ModelId.Value);
        Assert.Equal("4 Có", Assert.IsType<CriteriaPledgeTarget>(PledgeTarget.ForCriteria("4 Có")).CriteriaSet);
        Assert.Equal("Địa chỉ nhân đạo", Assert.IsType<BeneficiaryPledgeTarget>(PledgeTarget.ForBeneficiary("Địa chỉ nhân đạo")).Beneficiary);
        var households = Assert.IsType<HouseholdsPledgeTarget>(PledgeTarget.ForHouseholds(230, 333));
        Assert.Equal((230, 333), (households.PoorHouseholds!.Value, households.NearPoorHouseholds!.Value));
    }

    [Fact]
    public void Targets_are_equal_by_value()
        => Assert.Equal(PledgeTarget.ForHouseholds(230, null), PledgeTarget.ForHouseholds(230, null));

    [Fact]
    public void An_instalment_knows_what_remains_to_be_paid()
    {
        var instalment = new Instalment(new NodaTime.LocalDate(2023, 1, 1), new Dong(300_000), new Dong(100_000));

        Assert.False(instalment.IsPaid);
        Assert.Equal(new Dong(200_000), instalment.Outstanding);
        Assert.True((instalment with { AmountPaid = new Dong(300_000) }).IsPaid);
    }
}
