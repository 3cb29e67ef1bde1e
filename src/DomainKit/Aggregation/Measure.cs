using System.Diagnostics.CodeAnalysis;
using DomainKit.Indicators;
using DomainKit.Text;

namespace DomainKit.Aggregation;

/// <summary>
/// A figure a report computes, with what it counts (<see cref="Subject"/>), its type, and how it combines over
/// time and over units, declared separately so that no report ever adds up snapshots: flows add up both ways;
/// stocks (balances, head counts, models active) take the last value over time and add up over units; rates
/// are recomputed from their numerator and denominator. Immutable and thread-safe; equal by code.
/// </summary>
public sealed class Measure : IEquatable<Measure>
{
    private Measure(string code, LocalizedText name, MeasureSubject subject, MeasureValueKind valueKind,
        TimeAggregation overTime, HierarchyAggregation overUnits, Window window, MeasureSource source)
    {
        Code = code;
        Name = name;
        Subject = subject;
        ValueKind = valueKind;
        OverTime = overTime;
        OverUnits = overUnits;
        Window = window;
        Source = source;
    }

    /// <summary>The stable code, used as a column id: <c>contributions</c>, <c>contributions@since-inception</c>.</summary>
    public string Code { get; }

    /// <summary>The column header in Vietnamese and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>What the measure counts or adds up.</summary>
    public MeasureSubject Subject { get; }

    /// <summary>The type of its values.</summary>
    public MeasureValueKind ValueKind { get; }

    /// <summary>How it combines over time.</summary>
    public TimeAggregation OverTime { get; }

    /// <summary>How it combines over units.</summary>
    public HierarchyAggregation OverUnits { get; }

    /// <summary>The span a flow adds up over; <see cref="Window.Period"/> for stocks.</summary>
    public Window Window { get; }

    internal MeasureSource Source { get; }

    /// <summary>Models active at the end of the period (or of each time bucket): piloted, launched, maintained or replicated, not suspended or ended.</summary>
    public static Measure ActiveModels { get; } = Stock("active-models", new("Mô hình đang hoạt động", "Active models"), MeasureSubject.Models, MeasureSource.ActiveModels);

    /// <summary>Models launched (ra mắt) within the period.</summary>
    public static Measure LaunchedModels { get; } = Flow("launched-models", new("Mô hình ra mắt mới", "Models launched"), MeasureSubject.Models, MeasureValueKind.Count, MeasureSource.LaunchedModels);

    /// <summary>
    /// Replications (nhân rộng) within the period, as reports count them: each "replicated" event of a model's lifecycle,
    /// whether or not the data records the model it copies, and each replica (a model with an origin) that starts in
    /// the period without such an event of its own that day.
    /// </summary>
    public static Measure ReplicatedModels { get; } = Flow("replicated-models", new("Mô hình nhân rộng", "Models replicated"), MeasureSubject.Models, MeasureValueKind.Count, MeasureSource.ReplicatedModels);

    /// <summary>Exemplary models (tiêu biểu) active at the end of the period.</summary>
    public static Measure ExemplaryModels { get; } = Stock("exemplary-models", new("Mô hình tiêu biểu", "Exemplary models"), MeasureSubject.Models, MeasureSource.ExemplaryModels);

    /// <summary>Models registered (đăng ký) within the period: the "registered" events of their lifecycles.</summary>
    public static Measure RegisteredModels { get; } = Flow("registered-models", new("Mô hình đăng ký", "Models registered"), MeasureSubject.Models, MeasureValueKind.Count, MeasureSource.RegisteredModels);

    /// <summary>Money contributed to funds.</summary>
    public static Measure Contributions { get; } = Flow("contributions", new("Số tiền đóng góp", "Contributions"), MeasureSubject.Funds, MeasureValueKind.Money, MeasureSource.Contributions);

    /// <summary>Money disbursed in support.</summary>
    public static Measure Disbursements { get; } = Flow("disbursements", new("Số tiền chi hỗ trợ", "Disbursements"), MeasureSubject.Funds, MeasureValueKind.Money, MeasureSource.Disbursements);

    /// <summary>Principal lent.</summary>
    public static Measure Loans { get; } = Flow("loans", new("Số tiền cho vay", "Loans"), MeasureSubject.Funds, MeasureValueKind.Money, MeasureSource.Loans);

    /// <summary>Loan repayments received.</summary>
    public static Measure Repayments { get; } = Flow("repayments", new("Số tiền thu hồi nợ", "Repayments"), MeasureSubject.Funds, MeasureValueKind.Money, MeasureSource.Repayments);

    /// <summary>The valuation of goods received and handed out (goods without a valuation count as missing, not zero).</summary>
    public static Measure InKindValue { get; } = Flow("in-kind-value", new("Giá trị hiện vật quy ra tiền", "In-kind value"), MeasureSubject.Funds, MeasureValueKind.Money, MeasureSource.InKindValue);

    /// <summary>
    /// The money of every flow entry (contributions, disbursements, loans, repayments, valued goods) without
    /// netting; group it by <see cref="Dimension.FundEntryKind"/> to see each kind.
    /// </summary>
    public static Measure FlowAmount { get; } = Flow("flow-amount", new("Số tiền phát sinh", "Flow amount"), MeasureSubject.Funds, MeasureValueKind.Money, MeasureSource.FlowAmount);

    /// <summary>The cash balance of funds at the end of the period (or of each time bucket).</summary>
    public static Measure FundBalance { get; } = Stock("fund-balance", new("Số dư quỹ", "Fund balance"), MeasureSubject.Funds, MeasureSource.FundBalance, MeasureValueKind.Money);

    /// <summary>Loan principal still owed at the end of the period (or of each time bucket).</summary>
    public static Measure OutstandingLoans { get; } = Stock("outstanding-loans", new("Dư nợ cho vay", "Outstanding loans"), MeasureSubject.Funds, MeasureSource.OutstandingLoans, MeasureValueKind.Money);

    /// <summary>Beneficiaries counted in occurrences (lượt); entries that give no count are missing, not zero.</summary>
    public static Measure BeneficiaryOccurrences { get; } = Flow("beneficiary-occurrences", new("Số lượt người được hỗ trợ", "Beneficiary occurrences"), MeasureSubject.Funds, MeasureValueKind.Count, MeasureSource.Occurrences);

    /// <summary>
    /// Distinct beneficiaries: the distinct counts of the entries added up. Entries do not name the people they
    /// helped, so one person helped by two entries counts twice: an upper bound of the people helped, and never
    /// more than the occurrences of the same entries.
    /// </summary>
    public static Measure DistinctBeneficiaries { get; } = Flow("distinct-beneficiaries", new("Số người (hộ) được hỗ trợ", "Distinct beneficiaries"), MeasureSubject.Funds, MeasureValueKind.Count, MeasureSource.Distinct);

    /// <summary>People with an individual pledge for a period overlapping the report's period, each counted once per unit.</summary>
    public static Measure RegisteredMembers { get; } = Stock("registered-members", new("Số người đăng ký", "Members registered"), MeasureSubject.Pledges, MeasureSource.RegisteredMembers);

    /// <summary>Members eligible to pledge at the end of the period, by the query's <see cref="ReportQuery.Eligibility"/>.</summary>
    public static Measure EligibleMembers { get; } = Stock("eligible-members", new("Số người thuộc diện", "Members eligible"), MeasureSubject.Pledges, MeasureSource.EligibleMembers);

    /// <summary>Registered members over eligible members, recomputed at every level; missing where no head count is known.</summary>
    public static Measure ParticipationRate { get; } = new("participation-rate", new("Tỷ lệ đăng ký", "Participation rate"), MeasureSubject.Pledges,
        MeasureValueKind.Rate, TimeAggregation.Recompute, HierarchyAggregation.Recompute, Window.Period, MeasureSource.ParticipationRate);

    /// <summary>Pledges (individual and collective) whose period overlaps the report's period; group by <see cref="Dimension.EvaluationRating"/> for results.</summary>
    public static Measure Pledges { get; } = Stock("pledges", new("Số đăng ký", "Pledges"), MeasureSubject.Pledges, MeasureSource.Pledges);

    /// <summary>Commendations decided within the period.</summary>
    public static Measure Commendations { get; } = Flow("commendations", new("Số khen thưởng", "Commendations"), MeasureSubject.Commendations, MeasureValueKind.Count, MeasureSource.Commendations);

    /// <summary>Every built-in measure.</summary>
    public static IReadOnlyList<Measure> BuiltIn { get; } =
    [
        ActiveModels, LaunchedModels, ReplicatedModels, ExemplaryModels, RegisteredModels,
        Contributions, Disbursements, Loans, Repayments, InKindValue, FlowAmount, FundBalance, OutstandingLoans,
        BeneficiaryOccurrences, DistinctBeneficiaries,
        RegisteredMembers, EligibleMembers, ParticipationRate, Pledges,
        Commendations,
    ];

    /// <summary>
    /// The built-in measure with <paramref name="code"/> (ordinal, ignoring case); a flow's code may end in
    /// <c>@since-inception</c> or <c>@year-to-date</c> for the flow over that window (<see cref="Over"/>).
    /// </summary>
    /// <exception cref="ArgumentException">No built-in measure has that code, the window is unknown, or the measure is not a flow.</exception>
    public static Measure FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out var measure)
            ? measure
            : throw new ArgumentException(
                $"No built-in measure has the code '{code}'; there are: {string.Join(", ", BuiltIn.Select(m => m.Code))}, and flows @since-inception or @year-to-date.",
                nameof(code));
    }

    /// <summary>Finds the built-in measure with <paramref name="code"/>, as <see cref="FromCode"/> does; false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Measure? measure)
    {
        measure = null;
        if (code is null)
        {
            return false;
        }
        var at = code.IndexOf('@', StringComparison.Ordinal);
        var baseCode = at < 0 ? code : code[..at];
        var found = BuiltIn.FirstOrDefault(m => string.Equals(m.Code, baseCode, StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            return false;
        }
        if (at < 0)
        {
            measure = found;
            return true;
        }
        Window? window = code[(at + 1)..] switch
        {
            var w when string.Equals(w, "since-inception", StringComparison.OrdinalIgnoreCase) => Window.SinceInception,
            var w when string.Equals(w, "year-to-date", StringComparison.OrdinalIgnoreCase) => Window.YearToDate,
            _ => null,
        };
        if (window is not { } over || found.Window != Window.Period || found.OverTime != TimeAggregation.Sum)
        {
            return false;
        }
        measure = found.Over(over);
        return true;
    }

    /// <summary>
    /// This flow added up over another window: since inception or year to date. Such a figure is cumulative, so
    /// over time it takes the last value instead of a sum.
    /// </summary>
    /// <exception cref="InvalidOperationException">The measure is not a flow.</exception>
    public Measure Over(Window window)
    {
        if (window == Window)
        {
            return this;
        }
        if (Window != Window.Period || OverTime != TimeAggregation.Sum)
        {
            throw new InvalidOperationException($"Only flows measured over the period can be measured over another window; '{Code}' is not one.");
        }
        var suffix = window == Window.SinceInception
            ? new LocalizedText(" (lũy kế từ khi thành lập)", " (since inception)")
            : new LocalizedText(" (từ đầu năm)", " (year to date)");
        var code = window == Window.SinceInception ? "since-inception" : "year-to-date";
        return new Measure($"{Code}@{code}", new LocalizedText(Name.Vietnamese + suffix.Vietnamese, Name.English + suffix.English),
            Subject, ValueKind, TimeAggregation.LastValue, OverUnits, window, Source);
    }

    /// <inheritdoc/>
    public bool Equals(Measure? other) => other is not null && Code == other.Code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Measure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    public override string ToString() => Code;

    private static Measure Flow(string code, LocalizedText name, MeasureSubject subject, MeasureValueKind kind, MeasureSource source)
        => new(code, name, subject, kind, TimeAggregation.Sum, HierarchyAggregation.Sum, Window.Period, source);

    private static Measure Stock(string code, LocalizedText name, MeasureSubject subject, MeasureSource source, MeasureValueKind kind = MeasureValueKind.Count)
        => new(code, name, subject, kind, TimeAggregation.LastValue, HierarchyAggregation.Sum, Window.Period, source);
}
