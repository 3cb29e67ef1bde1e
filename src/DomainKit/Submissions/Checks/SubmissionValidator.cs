using System.Collections.Immutable;
using DomainKit.Data;
using DomainKit.Indicators;
using DomainKit.Periods;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Submissions.Checks;

/// <summary>
/// Checks the submitted reports of a <see cref="SubmissionSet"/> against its indicators and forms and the units of a
/// <see cref="Dataset"/>, and reports what is wrong with the codes of <see cref="SubmissionRules"/> (DK761 to DK769).
/// Every version of every submission is checked, not only the current one. The checks drop nothing: the engines still
/// read each report and say themselves what they could not place. Thread-safe.
/// </summary>
public static class SubmissionValidator
{
    /// <summary>
    /// The findings of every submission in <paramref name="submissions"/>, in the set's order and, within a submission,
    /// the report's own findings (version, unit, form, period) before its figures' in their order. A finding about a
    /// figure names <c>submission:{unit}/{form}/{period}#{index}</c> (its position from 0); its message counts from 1.
    /// Empty when everything holds.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ImmutableArray<Finding> Validate(SubmissionSet submissions, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(dataset);
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var versions = new HashSet<(SubmissionKey, int)>();
        foreach (var submission in submissions.Submissions)
        {
            var key = submission.Key;
            var name = key.ToString();
            if (submission.Version < 1)
            {
                findings.Add(Raise(SubmissionRules.VersionInvalid, key, null, "Version", new()
                {
                    ["submission"] = name,
                    ["version"] = submission.Version,
                    ["reason"] = new LocalizedText("phiên bản đánh số từ 1.", "versions are numbered from 1."),
                }));
            }
            else if (!versions.Add((key, submission.Version)))
            {
                findings.Add(Raise(SubmissionRules.VersionInvalid, key, null, "Version", new()
                {
                    ["submission"] = name,
                    ["version"] = submission.Version,
                    ["reason"] = new LocalizedText(
                        "một báo cáo khác của cùng đơn vị, biểu mẫu và kỳ cũng ghi phiên bản này, nên không biết bản nào là bản hiện hành.",
                        "another submission of the same unit, form and period has this version too, so which one is current cannot be told."),
                }));
            }
            var unit = dataset.FindUnit(key.Unit);
            if (unit is null)
            {
                findings.Add(Unknown(key, "Unit", new("đơn vị", "unit"), key.Unit.ToString()));
            }
            var form = submissions.FindForm(key.FormCode);
            if (form is null)
            {
                findings.Add(Unknown(key, "FormCode", new("biểu mẫu", "form"), key.FormCode));
            }
            else
            {
                if (unit is not null && !form.IsExpectedFrom(unit.Kind))
                {
                    findings.Add(Raise(SubmissionRules.SubmitterNotExpected, key, null, "Unit", new()
                    {
                        ["submission"] = name,
                        ["unit"] = unit.Name,
                        ["kind"] = unit.Kind.Name,
                        ["form"] = form.Name,
                        ["submitters"] = new LocalizedText(
                            string.Join(", ", form.Submitters.Select(k => k.Name.Vietnamese)), string.Join(", ", form.Submitters.Select(k => k.Name.English))),
                    }));
                }
                if (form.PeriodKind != key.Period.Kind)
                {
                    findings.Add(Raise(SubmissionRules.PeriodKindMismatch, key, null, "Period", new()
                    {
                        ["submission"] = name,
                        ["period"] = new LocalizedText(key.Period.ToString(TextCulture.Vietnamese), key.Period.ToString(TextCulture.English)),
                        ["expected"] = PeriodKindName(form.PeriodKind),
                        ["form"] = form.Name,
                    }));
                }
            }
            CheckFigures(submissions, submission, findings);
        }
        return findings.ToImmutable();
    }

    private static void CheckFigures(SubmissionSet submissions, Submission submission, ImmutableArray<Finding>.Builder findings)
    {
        var key = submission.Key;
        var name = key.ToString();
        var stated = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < submission.Figures.Length; i++)
        {
            var figure = submission.Figures[i];
            var text = new LocalizedText(
                $"{Cell(figure)} = {figure.Value.ToString(TextCulture.Vietnamese)}", $"{Cell(figure)} = {figure.Value.ToString(TextCulture.English)}");
            var indicator = submissions.FindIndicator(figure.IndicatorCode);
            if (indicator is null)
            {
                findings.Add(Raise(SubmissionRules.UnknownIndicator, key, i, "IndicatorCode", new()
                {
                    ["submission"] = name,
                    ["position"] = i + 1,
                    ["indicator"] = figure.IndicatorCode,
                    ["figure"] = text,
                }));
            }
            else
            {
                if (figure.Value.Kind != indicator.Kind)
                {
                    findings.Add(Raise(SubmissionRules.KindMismatch, key, i, "Value", new()
                    {
                        ["submission"] = name,
                        ["position"] = i + 1,
                        ["indicator"] = indicator.Name,
                        ["expected"] = KindName(indicator.Kind),
                        ["actual"] = KindName(figure.Value.Kind),
                        ["figure"] = text,
                    }));
                }
                foreach (var figureKey in figure.Keys)
                {
                    if (!indicator.Disaggregations.Contains(figureKey.Dimension ?? string.Empty, StringComparer.OrdinalIgnoreCase))
                    {
                        findings.Add(Raise(SubmissionRules.UnknownDisaggregation, key, i, "Keys", new()
                        {
                            ["submission"] = name,
                            ["position"] = i + 1,
                            ["indicator"] = indicator.Name,
                            ["dimension"] = figureKey.Dimension,
                            ["allowed"] = indicator.Disaggregations.IsEmpty
                                ? new LocalizedText("không phân tổ", "no breakdown")
                                : new LocalizedText(string.Join(", ", indicator.Disaggregations), string.Join(", ", indicator.Disaggregations)),
                        }));
                    }
                }
                if (indicator.Kind == IndicatorKind.Rate && MissingCounts(submissions, indicator) is { } missing)
                {
                    findings.Add(Raise(SubmissionRules.RateWithoutCounts, key, i, "IndicatorCode", new()
                    {
                        ["submission"] = name,
                        ["position"] = i + 1,
                        ["indicator"] = indicator.Name,
                        ["missing"] = missing,
                        ["figure"] = text,
                    }));
                }
            }
            var cell = CellKey(indicator?.Code ?? figure.IndicatorCode, figure.Keys);
            if (stated.TryGetValue(cell, out var first))
            {
                var earlier = submission.Figures[first];
                findings.Add(Raise(SubmissionRules.FigureStatedTwice, key, i, "Keys", new()
                {
                    ["submission"] = name,
                    ["position"] = i + 1,
                    ["first"] = first + 1,
                    ["what"] = Cell(figure),
                    ["earlier"] = new LocalizedText(earlier.Value.ToString(TextCulture.Vietnamese), earlier.Value.ToString(TextCulture.English)),
                    ["figure"] = new LocalizedText(figure.Value.ToString(TextCulture.Vietnamese), figure.Value.ToString(TextCulture.English)),
                }));
            }
            else
            {
                stated[cell] = i;
            }
        }
    }

    // What a rate indicator lacks to be computed from counts, in words; null when it names both counts and both are known.
    private static LocalizedText? MissingCounts(SubmissionSet submissions, Indicator rate)
    {
        if (rate.Numerator is not { } numerator || rate.Denominator is not { } denominator)
        {
            return new("chưa xác định tử số và mẫu số", "it does not name both the counts it is computed from");
        }
        var unknown = new[] { numerator, denominator }.Where(code => submissions.FindIndicator(code) is null).ToList();
        return unknown.Count == 0
            ? null
            : new($"không có chỉ tiêu mã {string.Join(", ", unknown)} mà tỷ lệ tính từ đó", $"no indicator has the code {string.Join(", ", unknown)} it is computed from");
    }

    // The cell a figure states: its indicator and its keys, in any order.
    private static string CellKey(string indicator, ImmutableArray<FigureKey> keys)
        => keys.IsEmpty
            ? indicator
            : indicator + "|" + string.Join("|", keys.Select(k => $"{k.Dimension}={k.Value}".ToUpperInvariant()).Order(StringComparer.Ordinal));

    private static string Cell(SubmittedFigure figure)
        => figure.Keys.IsEmpty ? figure.IndicatorCode : $"{figure.IndicatorCode}[{string.Join(", ", figure.Keys)}]";

    private static Finding Unknown(SubmissionKey key, string field, LocalizedText what, string code)
        => Raise(SubmissionRules.ReferenceUnknown, key, null, field, new()
        {
            ["submission"] = key.ToString(),
            ["what"] = what,
            ["code"] = code,
        });

    private static Finding Raise(RuleDescriptor descriptor, SubmissionKey key, int? figure, string field, Dictionary<string, object?> arguments)
        => Finding.Of(descriptor, descriptor.DefaultSeverity, EntityRef.ForSubmission(key, figure), field, arguments.ToImmutableDictionary(StringComparer.Ordinal));

    private static LocalizedText KindName(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Count => new("số đếm", "a count"),
        IndicatorKind.Money => new("số tiền", "an amount of money"),
        IndicatorKind.Quantity => new("số lượng có đơn vị tính", "a quantity"),
        _ => new("tỷ lệ", "a rate"),
    };

    private static LocalizedText PeriodKindName(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => new("kỳ năm", "a year"),
        PeriodKind.HalfYear => new("kỳ 6 tháng", "a half-year"),
        PeriodKind.Quarter => new("kỳ quý", "a quarter"),
        PeriodKind.Month => new("kỳ tháng", "a month"),
        PeriodKind.YearToDate => new("kỳ từ đầu năm đến nay", "a year to date"),
        PeriodKind.Term => new("kỳ nhiệm kỳ", "a term"),
        PeriodKind.CampaignYear => new("kỳ năm vận động", "a campaign year"),
        _ => new("khoảng thời gian tự chọn", "a range of days"),
    };
}
