using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Funds;
using DomainKit.Models;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Pledges;
using DomainKit.Reconciliation;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Examples.BinhPhuoc;

/// <summary>
/// Writes the dataset's summary, the validation findings and a short summary of the figures, in Vietnamese or
/// in the invariant culture. Every amount, rate and date goes through DomainKit's own formatting (counts through
/// <see cref="ReportNumbers"/>), never through the host's culture, and lists keep the dataset's order, never a
/// culture-sensitive sort, so the output is the same byte for byte on every machine.
/// </summary>
public sealed class Summary(TextWriter output, TextCulture culture)
{
    private bool Vietnamese => culture == TextCulture.Vietnamese;

    /// <summary>Writes everything: the source, the dataset, the validation findings, the reconciliation findings, the figures.</summary>
    public void Write(Dataset dataset, ValidationResult report, LocalDate validatedOn, ReconciliationResult reconciliation)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(reconciliation);

        output.WriteLine(T(
            $"Nguồn: “{BinhPhuoc2023.ReportTitle}”, đăng ngày {Date(BinhPhuoc2023.Published)}.",
            $"Source: “{BinhPhuoc2023.ReportTitle}”, published {Date(BinhPhuoc2023.Published)}."));
        output.WriteLine(Vietnamese
            ? $"Dữ liệu: {N(dataset.Units.Length)} đơn vị, {N(dataset.Models.Length)} mô hình, {N(dataset.Pledges.Length)} đăng ký, " +
              $"{N(dataset.Payments.Length)} khoản nộp, {N(dataset.Funds.Length)} quỹ, {N(dataset.FundEntries.Count)} bút toán, " +
              $"{N(dataset.Commendations.Length)} khen thưởng."
            : dataset.ToString());
        output.WriteLine();

        WriteFindings(report, validatedOn);
        WriteReconciliation(reconciliation);
        WriteUnitsAndModels(dataset);
        WriteFunds(dataset);
        WritePledges(dataset);
        WriteReports(dataset);
    }

    // The report's aggregated tables, computed by DomainKit's report engine as of the report's date.
    private void WriteReports(Dataset dataset)
    {
        var engine = new ReportEngine(dataset, FixedClock.AtPublication);
        var period = ReportingPeriod.YearToDate(BinhPhuoc2023.AsOf);
        ReportTable Run(Measure[] measures, params Dimension[] groupBy) => engine.Run(new ReportQuery
        {
            Root = BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc,
            Period = period,
            GroupBy = [.. groupBy],
            Measures = [.. measures],
        });

        output.WriteLine(T($"Báo cáo tổng hợp {PeriodFormat.Format(period, culture)}:", $"Aggregated report, {PeriodFormat.Format(period, culture)}:"));
        output.WriteLine();
        output.WriteLine(T("Mô hình theo lĩnh vực:", "Models by field:"));
        output.WriteLine(Run([Measure.ActiveModels, Measure.ExemplaryModels], Dimension.FieldRoot).ToString(culture));
        output.WriteLine();
        output.WriteLine(T("Quỹ (lũy kế từ khi thành lập; số dư cuối kỳ):", "Funds (since inception; balance at the end):"));
        output.WriteLine(Run(
            [
                Measure.Contributions.Over(Window.SinceInception),
                Measure.Disbursements.Over(Window.SinceInception),
                Measure.Loans.Over(Window.SinceInception),
                Measure.FundBalance,
                Measure.BeneficiaryOccurrences.Over(Window.SinceInception),
            ],
            Dimension.Fund).ToString(culture));
        output.WriteLine();
        output.WriteLine(T("Đăng ký làm theo theo đảng bộ trực thuộc:", "Pledges by Party committee:"));
        output.WriteLine(Run([Measure.Pledges, Measure.RegisteredMembers, Measure.EligibleMembers, Measure.ParticipationRate], Dimension.ChildOfRoot).ToString(culture));
        output.WriteLine();
    }

    private void WriteFindings(ValidationResult report, LocalDate validatedOn)
    {
        output.WriteLine(T($"Kiểm tra dữ liệu (ngày kiểm tra {Date(validatedOn)}):", $"Validation (as of {Date(validatedOn)}):"));
        output.WriteLine(report.ToString(culture));
        if (report.Findings.IsEmpty)
        {
            output.WriteLine(T("Không có phát hiện nào.", "No findings."));
        }
        output.WriteLine();
    }

    // The figures the report states, checked by DomainKit's Reconciler: one line per finding, figure by figure.
    private void WriteReconciliation(ReconciliationResult reconciliation)
    {
        output.WriteLine(T("Đối chiếu số liệu báo cáo nêu với dữ liệu:", "Reconciliation of the figures the report states:"));
        output.WriteLine(reconciliation.ToString(culture));
        output.WriteLine();
    }

    // Units and models by the organisations directly under the Tỉnh ủy (the district-level Party committees,
    // the armed forces, the companies), each with everything below it.
    private void WriteUnitsAndModels(Dataset dataset)
    {
        var tree = dataset.OrganisationTree;
        var root = BinhPhuoc2023.UnitIds.TinhUyBinhPhuoc;
        output.WriteLine(T(
            $"Đơn vị và mô hình theo đảng bộ trực thuộc {tree.Find(root)?.Name}:",
            $"Units and models by organisation under {tree.Find(root)?.Name}:"));
        foreach (var child in tree.ChildrenOf(root))
        {
            var units = tree.SubtreeSize(child.Id);
            var models = dataset.Models.Count(m => tree.IsInSubtree(m.OwnerId, child.Id));
            var exemplary = dataset.Models.Count(m => m.IsExemplary && tree.IsInSubtree(m.OwnerId, child.Id));
            var line = T($"  {child.Name}: {N(units)} đơn vị, {N(models)} mô hình", $"  {child.Name}: {Plural(units, "unit", "units")}, {Plural(models, "model", "models")}");
            if (exemplary > 0)
            {
                line += T($" ({N(exemplary)} tiêu biểu)", $" ({N(exemplary)} exemplary)");
            }
            output.WriteLine(line);
        }
        output.WriteLine();
        output.WriteLine(T("Đơn vị theo loại:", "Units by kind:"));
        foreach (var group in dataset.Units.GroupBy(u => u.Kind))
        {
            output.WriteLine($"  {group.Key.Name.In(culture)}: {N(group.Count())}");
        }
        foreach (var unit in dataset.Units.Where(u => !u.Successors.IsDefaultOrEmpty && u.ValidTo is not null))
        {
            var successors = string.Join(", ", unit.Successors.Select(id => dataset.FindUnit(id)?.Name ?? id.ToString()));
            output.WriteLine(T(
                $"  {unit.Name} có hiệu lực đến ngày {Date(unit.ValidTo!.Value)}; đơn vị kế thừa: {successors}.",
                $"  {unit.Name} is valid to {Date(unit.ValidTo!.Value)}; succeeded by {successors}."));
        }
        output.WriteLine();
    }

    private void WriteFunds(Dataset dataset)
    {
        output.WriteLine(T("Quỹ:", "Funds:"));
        foreach (var fund in dataset.Funds)
        {
            var owner = dataset.FindUnit(fund.OwnerId)?.Name ?? fund.OwnerId.ToString();
            var ledger = dataset.LedgerOf(fund.Id);
            if (ledger.Entries.Count == 0)
            {
                output.WriteLine(T(
                    $"  {fund.Name} ({owner}): báo cáo không nêu số liệu.",
                    $"  {fund.Name} ({owner}): the report gives no figures."));
                continue;
            }
            var asOf = ledger.Entries.Max(e => e.Date);
            var entries = ledger.Entries.Where(e => e.Date <= asOf).ToList();
            var contributed = Dong.Sum(entries.OfType<Contribution>().Select(e => e.Amount));
            var disbursements = entries.OfType<Disbursement>().ToList();
            var disbursed = Dong.Sum(disbursements.Select(e => e.Amount));
            var loans = entries.OfType<LoanDisbursement>().ToList();
            var lent = Dong.Sum(loans.Select(e => e.Principal));
            var balance = ledger.BalanceOn(asOf, BalanceTime.EndOfDay);

            output.WriteLine(T($"  {fund.Name} ({owner}), đến ngày {Date(asOf)}:", $"  {fund.Name} ({owner}), as of {Date(asOf)}:"));
            output.WriteLine(T(
                $"    đóng góp {Money(contributed)}; chi hỗ trợ {Money(disbursed)}; cho vay {Money(lent)}; số dư {Money(balance)}",
                $"    contributed {Money(contributed)}; disbursed {Money(disbursed)}; lent {Money(lent)}; balance {Money(balance)}"));
            if (loans.Count > 0)
            {
                output.WriteLine(T($"    tổng chi ra (kể cả cho vay) {Money(disbursed + lent)}", $"    total paid out (loans included) {Money(disbursed + lent)}"));
            }
            if (Beneficiaries(disbursements.Select(d => d.Beneficiaries), loans.Select(l => l.Beneficiaries)) is { } beneficiaries)
            {
                output.WriteLine(T($"    người hưởng: {beneficiaries}", $"    beneficiaries: {beneficiaries}"));
            }
        }
        output.WriteLine();
    }

    // Occurrences (lượt) when the report gives them, loans included; distinct beneficiaries when every
    // disbursement and loan gives them. Null when the report gives neither.
    private string? Beneficiaries(IEnumerable<Beneficiaries?> disbursed, IEnumerable<Beneficiaries?> lent)
    {
        var all = disbursed.Concat(lent).ToList();
        var loans = lent.Sum(b => b?.Occurrences ?? 0);
        var counted = all.Where(b => b is not null).Select(b => b!).ToList();
        if (counted.Count == 0)
        {
            return null;
        }
        var parts = new List<string>();
        if (counted.Any(b => b.Occurrences is not null))
        {
            var occurrences = counted.Sum(b => b.Occurrences ?? 0);
            var text = T($"{N(occurrences)} lượt", Plural(occurrences, "occurrence", "occurrences"));
            if (loans > 0)
            {
                text += T($" (kể cả {N(loans)} lượt vay vốn)", $" (including {Plural(loans, "loan", "loans")})");
            }
            parts.Add(text);
        }
        if (counted.Count == all.Count && counted.All(b => b.Distinct is not null) && counted.Select(b => b.Kind).Distinct().Count() == 1)
        {
            var distinct = counted.Sum(b => b.Distinct!.Value);
            parts.Add(counted[0].Kind switch
            {
                BeneficiaryKind.Households => T($"{N(distinct)} hộ", Plural(distinct, "household", "households")),
                BeneficiaryKind.Organisations => T($"{N(distinct)} tổ chức, cộng đồng", Plural(distinct, "organisation or community", "organisations or communities")),
                _ => T($"{N(distinct)} người", Plural(distinct, "person", "people")),
            });
        }
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private void WritePledges(Dataset dataset)
    {
        output.WriteLine(T("Đăng ký làm theo:", "Pledges:"));

        // Bù Đăng: individual registrations of "3 không, 4 có", one per person, against the unit's head count at
        // the end of the year.
        var model = dataset.FindModel(BinhPhuoc2023.ModelIds.BuDang3Khong4Co)!;
        var unit = dataset.FindUnit(model.OwnerId)!;
        var period = BinhPhuoc2023.Year;
        var registered = dataset.Pledges
            .Where(p => p.Pledger.Kind == PledgerKind.Individual && p.Pledger.UnitId == unit.Id && p.Period == period
                && p.Target is ModelPledgeTarget t && t.ModelId == model.Id && p.CancelledOn is null)
            .Select(p => p.Pledger.PersonId)
            .Distinct(StringComparer.Ordinal)
            .Count();
        var count = unit.HeadCountOn(period.End)!;
        var all = count.Eligible(EligibilityDefinition.AllMembers)!.Value;
        var eligible = count.Eligible(EligibilityDefinition.ExcludingExempt)!.Value;
        var ofAll = Rate.Of(registered, all);
        var ofEligible = Rate.Of(registered, eligible);
        // The report states "đạt tỷ lệ 96,7%"; say which definition of eligible, if any, gives that figure (the
        // reconciliation above reports the same with the differences).
        var stated = BinhPhuoc2023.BuDangStatedRate;
        var matches = (stated.IsConsistentWith(ofEligible), stated.IsConsistentWith(ofAll)) switch
        {
            (true, _) => T("khớp với cách tính trừ miễn sinh hoạt", "which matches the rate of eligible"),
            (_, true) => T("khớp với cách tính trên tổng số", "which matches the rate of all members"),
            _ => T("không khớp cách tính nào", "which matches neither"),
        };
        output.WriteLine(T(
            $"  {unit.Name}, mô hình “{model.Name}” ({PeriodFormat.Format(period, culture)}): {N(registered)} đảng viên đăng ký; " +
            $"{N(count.PartyMembers ?? all)} đảng viên, {N(count.Exempt ?? 0)} miễn sinh hoạt.",
            $"  {unit.Name}, model “{model.Name}” ({PeriodFormat.Format(period, culture)}): {N(registered)} Party members registered; " +
            $"{N(count.PartyMembers ?? all)} Party members, {N(count.Exempt ?? 0)} exempt from activities."));
        output.WriteLine(T(
            $"    tỷ lệ trên số thuộc diện (trừ miễn sinh hoạt, {N(eligible)}): {ofEligible.ToString(culture)}; " +
            $"trên tổng số ({N(all)}): {ofAll.ToString(culture)}; báo cáo nêu {stated.ToString(culture)}, {matches}.",
            $"    rate of eligible (excluding exempt, {N(eligible)}): {ofEligible.ToString(culture)}; " +
            $"of all members ({N(all)}): {ofAll.ToString(culture)}; the report states {stated.ToString(culture)}, {matches}."));

        // Lộc Ninh: collective registrations of the base Party organisations.
        var locNinh = dataset.OrganisationTree;
        var committee = BinhPhuoc2023.UnitIds.HuyenUyLocNinh;
        var organisations = locNinh.ChildrenOf(committee).Count(u => u.Kind == UnitKind.BasePartyOrganisation);
        var collective = dataset.Pledges
            .Where(p => p.Pledger.Kind == PledgerKind.Collective && p.Target is HouseholdsPledgeTarget && locNinh.IsInSubtree(p.Pledger.UnitId, committee))
            .Select(p => p.Pledger.UnitId)
            .Distinct()
            .Count();
        var outcomes = dataset.FindModel(BinhPhuoc2023.ModelIds.LocNinhChungTay)!.Outcomes;
        output.WriteLine(T(
            $"  {locNinh.Find(committee)?.Name}: {N(collective)}/{N(organisations)} tổ chức cơ sở đảng đăng ký đồng hành; " +
            $"{N((long)(outcomes[0].Quantity ?? 0))} hộ nghèo, {N((long)(outcomes[1].Quantity ?? 0))} hộ cận nghèo.",
            $"  {locNinh.Find(committee)?.Name}: {N(collective)}/{N(organisations)} base Party organisations registered to accompany " +
            $"{N((long)(outcomes[0].Quantity ?? 0))} poor and {N((long)(outcomes[1].Quantity ?? 0))} near-poor households."));

        // Đồng Phú: the money pledge per humanitarian address.
        var pledge = dataset.FindPledge(BinhPhuoc2023.DongPhuPledgeId)!;
        if (pledge.Schedule is { } schedule)
        {
            var max = schedule.MaximumAmount is { } m ? m : schedule.Amount;
            output.WriteLine(T(
                $"  {dataset.FindUnit(pledge.Pledger.UnitId)?.Name}: {Money(schedule.Amount)} đến {Money(max)} mỗi tháng cho mỗi địa chỉ nhân đạo, từ ngày {Date(schedule.Start)}.",
                $"  {dataset.FindUnit(pledge.Pledger.UnitId)?.Name}: {Money(schedule.Amount)} to {Money(max)} a month per humanitarian address, from {Date(schedule.Start)}."));
        }
    }

    private string T(string vietnamese, string english) => Vietnamese ? vietnamese : english;

    // English only: Vietnamese nouns do not inflect for number.
    private string Plural(long value, string one, string many) => N(value) + " " + (value == 1 ? one : many);

    private string N(long value) => ReportNumbers.Count(value, culture);

    private string Money(Dong amount) => DongFormat.Format(amount, DongStyle.Full, culture);

    private string Date(LocalDate date) => DateFormat.Format(date, DateStyle.Short, culture);
}
