namespace DomainKit.Validation.Rules;

/// <summary>DK403: a payment is dated before the pledge's period starts or on or after the pledge was cancelled.</summary>
internal sealed class PaymentOutsidePledgeRule : IValidationRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "DK403", "PaymentOutsidePledge", Severity.Warning,
        new("Khoản nộp ngoài thời hạn đăng ký", "A payment falls outside its pledge"),
        new("Khoản nộp ngày {date} nằm ngoài thời hạn của đăng ký ({start} đến {end}).",
            "The payment of {date} falls outside its pledge ({start} to {end})."));

    public void Validate(RuleContext context)
    {
        var payments = context.Dataset.Payments;
        for (var i = 0; i < payments.Length; i++)
        {
            var payment = payments[i];
            if (payment.PledgeId.IsEmpty || context.Dataset.FindPledge(payment.PledgeId) is not { } pledge)
            {
                continue;
            }
            var end = pledge.CancelledOn is { } cancelled ? cancelled.PlusDays(-1) : (NodaTime.LocalDate?)null;
            if (payment.Date < pledge.Period.Start || (end is { } last && payment.Date > last))
            {
                context.Report(EntityRef.ForPayment(payment.PledgeId, i), "Date",
                    (MessageArguments.Date, payment.Date), (MessageArguments.Start, pledge.Period.Start), (MessageArguments.End, end));
            }
        }
    }
}
