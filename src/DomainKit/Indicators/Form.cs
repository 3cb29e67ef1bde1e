using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Units;
using NodaTime;

namespace DomainKit.Indicators;

/// <summary>
/// A biểu mẫu báo cáo: the figures a kind of report asks for (<see cref="Items"/>), for which kind of period
/// (a half-year sơ kết, a year's tổng kết, a quarter, a term, a campaign), from which kinds of unit, and when it is due.
/// Units file a submission of a form for each period; completeness is counted against it. The built-in forms are the
/// reports of "Dân vận khéo"; apps define their own with the constructor. Immutable and thread-safe; equal by code
/// (ordinal, ignoring case).
/// </summary>
public sealed class Form : IEquatable<Form>
{
    private readonly ImmutableArray<UnitKind> submitters = [];

    /// <summary>Creates a form.</summary>
    /// <param name="code">The stable code: <c>dvk-half-year</c>. Letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</param>
    /// <param name="name">The report's title in Vietnamese and English.</param>
    /// <param name="periodKind">The kind of period a submission covers.</param>
    /// <param name="items">The lines of the form, in order; an indicator stands at most once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code, there is no item, or an indicator stands twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodKind"/> is not defined.</exception>
    public Form(string code, LocalizedText name, PeriodKind periodKind, params IEnumerable<FormItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Code = IndicatorCodes.Check(code);
        Name = name;
        PeriodKind = Enum.IsDefined(periodKind) ? periodKind : throw new ArgumentOutOfRangeException(nameof(periodKind), periodKind, "Unknown kind of period.");
        Items = [.. items];
        if (Items.Any(i => i is null))
        {
            throw new ArgumentNullException(nameof(items), "An item of the form is null.");
        }
        if (Items.IsEmpty)
        {
            throw new ArgumentException("A form asks for at least one figure.", nameof(items));
        }
        if (Items.Select(i => i.IndicatorCode).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Items.Length)
        {
            throw new ArgumentException("An indicator stands twice in the form.", nameof(items));
        }
    }

    /// <summary>The stable code, used in files and submissions.</summary>
    public string Code { get; }

    /// <summary>The report's title in Vietnamese and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The kind of period a submission covers.</summary>
    public PeriodKind PeriodKind { get; }

    /// <summary>The lines of the form, in order.</summary>
    public ImmutableArray<FormItem> Items { get; }

    /// <summary>The kinds of unit expected to file it; empty when every unit under the one that asks is.</summary>
    /// <exception cref="ArgumentNullException">A kind is <see langword="null"/>.</exception>
    public ImmutableArray<UnitKind> Submitters
    {
        get => submitters;
        init => submitters = value.IsDefault ? [] : value.Any(k => k is null) ? throw new ArgumentNullException(nameof(Submitters)) : value;
    }

    /// <summary>
    /// When a submission is due, counted from the last day of its period: 15 days after for a half-year sơ kết;
    /// negative when reports are due before the period ends, as year-end reports often are. <see langword="null"/>
    /// when the form sets no date, so that no submission is late.
    /// </summary>
    public Period? DueAfter { get; init; }

    /// <summary>The day a submission for <paramref name="period"/> is due, or <see langword="null"/> when the form sets no date.</summary>
    public LocalDate? DueOn(ReportingPeriod period) => DueAfter is { } after ? period.End.Plus(after) : null;

    /// <summary>Whether a unit of <paramref name="kind"/> is expected to file the form.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is <see langword="null"/>.</exception>
    public bool IsExpectedFrom(UnitKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Submitters.IsEmpty || Submitters.Contains(kind);
    }

    /// <summary>The item of the form for <paramref name="indicatorCode"/> (ordinal, ignoring case), or <see langword="null"/>.</summary>
    public FormItem? ItemOf(string indicatorCode)
    {
        ArgumentNullException.ThrowIfNull(indicatorCode);
        return Items.FirstOrDefault(i => string.Equals(i.IndicatorCode, indicatorCode, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The built-in forms.</summary>
    public static IReadOnlyList<Form> BuiltIn => BuiltInForms.All;

    /// <summary>The built-in form with <paramref name="code"/> (ordinal, ignoring case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">No built-in form has that code.</exception>
    public static Form FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out var form)
            ? form
            : throw new ArgumentException(
                $"No built-in form has the code '{code}'; there are: {string.Join(", ", BuiltIn.Select(f => f.Code))}. An app's own forms are made with the constructor.",
                nameof(code));
    }

    /// <summary>Finds the built-in form with <paramref name="code"/>, as <see cref="FromCode"/> does; false when there is none.</summary>
    public static bool TryFromCode([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Form? form)
    {
        form = code is null ? null : BuiltIn.FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));
        return form is not null;
    }

    /// <inheritdoc/>
    public bool Equals(Form? other) => other is not null && string.Equals(Code, other.Code, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Form);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Code);

    /// <summary>The code and the English name.</summary>
    public override string ToString() => $"{Code} ({Name.English})";
}
