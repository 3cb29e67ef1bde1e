using System.Collections.Immutable;
using DomainKit.Validation;

namespace DomainKit.Reconciliation;

/// <summary>
/// The checks <see cref="Reconciler"/> makes, as <see cref="RuleDescriptor"/>s with codes DK8xx, listed in
/// docs/findings.md. Findings come in pairs: information when a stated figure reconciles (so a report shows every figure
/// checked), an error when it certainly does not, and for rates a warning when the figure reconciles only under a
/// definition other than the expected one. DK899 is a warning that the data lacks what a check needs.
/// </summary>
public static class ReconciliationRules
{
    /// <summary>DK801: the stated parts add up to the stated total (rounding-aware for amounts).</summary>
    public static RuleDescriptor PartsAddUp { get; } = new(
        "DK801", "PartsAddUp", Severity.Info,
        new("Các phần khớp tổng số", "Parts add up to the total"),
        new("{figure}: các phần cộng lại bằng {computed}, khớp với tổng số {stated}.",
            "{figure}: the parts add up to {computed}, as the stated total {stated}."));

    /// <summary>DK802: the stated parts do not add up to the stated total; the difference is stated total minus the sum of the parts.</summary>
    public static RuleDescriptor PartsDoNotAddUp { get; } = new(
        "DK802", "PartsDoNotAddUp", Severity.Error,
        new("Các phần không khớp tổng số", "Parts do not add up to the total"),
        new("{figure}: các phần cộng lại bằng {computed}, khác tổng số {stated}; chênh lệch {difference}.",
            "{figure}: the parts add up to {computed}, not the stated total {stated}; the difference is {difference}."));

    /// <summary>DK803: a stated count (models, registrations, occurrences, an outcome's quantity) is what the data holds.</summary>
    public static RuleDescriptor CountReconciles { get; } = new(
        "DK803", "CountReconciles", Severity.Info,
        new("Số đếm khớp dữ liệu", "Count matches the data"),
        new("{figure}: {what} báo cáo nêu là {stated}, dữ liệu có {computed}, khớp.",
            "{figure}: {what}: stated {stated}, and the data holds {computed}."));

    /// <summary>DK804: a stated count differs from what the data holds; the difference is stated minus computed.</summary>
    public static RuleDescriptor CountMismatch { get; } = new(
        "DK804", "CountMismatch", Severity.Error,
        new("Số đếm không khớp dữ liệu", "Count does not match the data"),
        new("{figure}: {what} báo cáo nêu là {stated}, nhưng dữ liệu có {computed}; chênh lệch {difference}.",
            "{figure}: {what}: stated {stated}, but the data holds {computed}; the difference is {difference}."));

    /// <summary>DK811: a stated rate rounds from the registered count over the expected denominator.</summary>
    public static RuleDescriptor RateReconciles { get; } = new(
        "DK811", "RateReconciles", Severity.Info,
        new("Tỷ lệ khớp số liệu", "Rate matches its counts"),
        new("{figure}: tỷ lệ {stated} khớp với {registered}/{denominator} = {computed} ({definition}).",
            "{figure}: the stated rate {stated} matches {registered}/{denominator} = {computed} ({definition})."));

    /// <summary>DK812: a stated rate matches only under a definition of the denominator other than the expected one; the difference is the stated rate minus the expected one, in percentage points.</summary>
    public static RuleDescriptor RateMatchesOtherDefinition { get; } = new(
        "DK812", "RateMatchesOtherDefinition", Severity.Warning,
        new("Tỷ lệ chỉ khớp với cách tính khác", "Rate matches only another definition"),
        new("{figure}: tỷ lệ {stated} chỉ khớp với {matched}, không khớp cách tính {definition}: {registered}/{denominator} = {computed}, chênh {difference} điểm phần trăm.",
            "{figure}: the stated rate {stated} matches only {matched}, not {definition}: {registered}/{denominator} = {computed}, {difference} percentage points apart."));

    /// <summary>DK813: a stated rate matches no plausible denominator; each candidate rate and its difference is an argument.</summary>
    public static RuleDescriptor RateMatchesNoDefinition { get; } = new(
        "DK813", "RateMatchesNoDefinition", Severity.Error,
        new("Tỷ lệ không khớp cách tính nào", "Rate matches no definition"),
        new("{figure}: tỷ lệ {stated} không khớp với cách tính nào: {candidates}.",
            "{figure}: the stated rate {stated} matches no definition of the denominator: {candidates}."));

    /// <summary>DK814: the denominator a report writes after the slash is a count the data has.</summary>
    public static RuleDescriptor DenominatorReconciles { get; } = new(
        "DK814", "DenominatorReconciles", Severity.Info,
        new("Mẫu số khớp số liệu", "Denominator matches the data"),
        new("{figure}: mẫu số {stated} bằng {what} của {unit} ({computed}); {registered}/{stated} = {rate}.",
            "{figure}: the stated denominator {stated} is the {what} of {unit} ({computed}); {registered}/{stated} = {rate}."));

    /// <summary>DK815: the denominator a report writes is none of the counts the data has; compared with the first plausible one.</summary>
    public static RuleDescriptor DenominatorMismatch { get; } = new(
        "DK815", "DenominatorMismatch", Severity.Error,
        new("Mẫu số không khớp số liệu", "Denominator does not match the data"),
        new("{figure}: mẫu số {stated} khác {what} của {unit} ({computed}); chênh lệch {difference}.",
            "{figure}: the stated denominator {stated} is not the {what} of {unit} ({computed}); the difference is {difference}."));

    /// <summary>DK816: the stated remainder ("còn 205 ... miễn sinh hoạt") is the denominator less the registered, and the exempt members of the head count.</summary>
    public static RuleDescriptor RemainderReconciles { get; } = new(
        "DK816", "RemainderReconciles", Severity.Info,
        new("Số còn lại khớp", "Remainder reconciles"),
        new("{figure}: số còn lại {stated} bằng {denominator} − {registered}, tức {registered} + {stated} = {denominator}; số miễn sinh hoạt theo số liệu: {exempt}.",
            "{figure}: the stated remainder {stated} is {denominator} − {registered}, so {registered} + {stated} = {denominator}; exempt members in the data: {exempt}."));

    /// <summary>DK817: the stated remainder is not the denominator less the registered, or not the exempt members of the head count.</summary>
    public static RuleDescriptor RemainderMismatch { get; } = new(
        "DK817", "RemainderMismatch", Severity.Error,
        new("Số còn lại không khớp", "Remainder does not reconcile"),
        new("{figure}: số còn lại {stated} khác {what} ({computed}); chênh lệch {difference}.",
            "{figure}: the stated remainder {stated} is not {what} ({computed}); the difference is {difference}."));

    /// <summary>DK821: a stated amount (balance, flow total, rounded figure, money value) is consistent with the exact one, rounding-aware.</summary>
    public static RuleDescriptor AmountReconciles { get; } = new(
        "DK821", "AmountReconciles", Severity.Info,
        new("Số tiền khớp", "Amount reconciles"),
        new("{figure}: {what} báo cáo nêu là {stated}, khớp với {computed} theo {source}.",
            "{figure}: {what}: stated {stated}, consistent with the {computed} of {source}."));

    /// <summary>DK822: a stated amount is not consistent with the exact one, whatever the rounding; the difference is the stated value minus the exact one.</summary>
    public static RuleDescriptor AmountMismatch { get; } = new(
        "DK822", "AmountMismatch", Severity.Error,
        new("Số tiền không khớp", "Amount does not reconcile"),
        new("{figure}: {what} báo cáo nêu là {stated}, nhưng {source} cho {computed}; chênh lệch {difference}.",
            "{figure}: {what}: stated {stated}, but {source} gives {computed}; the difference is {difference}."));

    /// <summary>DK899: a figure cannot be checked because the data lacks what the check needs (a unit, a head count, a fund, a model).</summary>
    public static RuleDescriptor FigureNotCheckable { get; } = new(
        "DK899", "FigureNotCheckable", Severity.Warning,
        new("Không đối chiếu được số liệu", "Figure cannot be checked"),
        new("{figure}: không đối chiếu được {what}: {reason}.",
            "{figure}: the {what} cannot be checked: {reason}."));

    /// <summary>Every reconciliation check, in the order of their codes.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } =
    [
        PartsAddUp, PartsDoNotAddUp, CountReconciles, CountMismatch,
        RateReconciles, RateMatchesOtherDefinition, RateMatchesNoDefinition,
        DenominatorReconciles, DenominatorMismatch, RemainderReconciles, RemainderMismatch,
        AmountReconciles, AmountMismatch, FigureNotCheckable,
    ];
}
