using DomainKit.Periods;
using DomainKit.Units;
using DomainKit.Utility;

namespace DomainKit.Submissions;

/// <summary>
/// The slot a report fills: the unit that files it, the code of its form, and the period it covers. Approval is kept per
/// slot; the versions a unit files for one slot are corrections of one report, not reports of their own. Immutable;
/// equal to another key with the same unit, form code (ordinal) and period.
/// </summary>
/// <remarks>The default value has no unit and no form; use the constructor.</remarks>
public readonly record struct SubmissionKey
{
    /// <summary>Creates the key of the report <paramref name="unit"/> files on <paramref name="formCode"/> for <paramref name="period"/>.</summary>
    /// <exception cref="ArgumentException">The unit is the empty id, or the form code is blank.</exception>
    /// <exception cref="ArgumentNullException">The form code is <see langword="null"/>.</exception>
    public SubmissionKey(UnitId unit, string formCode, ReportingPeriod period)
    {
        if (unit.IsEmpty)
        {
            throw new ArgumentException("A submission needs the unit that files it.", nameof(unit));
        }
        Unit = unit;
        FormCode = Preconditions.CheckNotBlank(formCode);
        Period = period;
    }

    /// <summary>The unit that files the report.</summary>
    public UnitId Unit { get; }

    /// <summary>The code of the form (biểu mẫu) the report is filed on, compared ordinally.</summary>
    public string FormCode { get; }

    /// <summary>The period the report covers.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Whether the key was made by the constructor (the default value has no unit).</summary>
    internal bool IsDefault => FormCode is null;

    /// <summary>Writes <c>xa-binh-duc/BC-DVK/2023H1</c>: the unit, the form code and the period id.</summary>
    public override string ToString() => IsDefault ? string.Empty : $"{Unit}/{FormCode}/{Period.Id}";
}
