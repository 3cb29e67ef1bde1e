using System.Collections.Immutable;
using DomainKit.Text;
using DomainKit.Validation;

namespace DomainKit.Reconciliation.Checks;

/// <summary>A model's stated outcome, its quantity or money value, against the outcome the data records (DK803, DK804, DK821, DK822 or DK899).</summary>
internal sealed class OutcomeCheck : FigureCheck<StatedOutcome>
{
    protected override void Check(StatedOutcome figure, FigureContext context)
    {
        var entity = EntityRef.ForModel(figure.Model);
        var model = context.Dataset.FindModel(figure.Model);
        if (model is null)
        {
            context.NotCheckable(entity, "Outcomes", new("kết quả", "outcome"),
                new($"mô hình '{figure.Model}' không có trong dữ liệu", $"model '{figure.Model}' is not in the data"));
            return;
        }
        var outcomes = model.Outcomes.IsDefault ? [] : model.Outcomes.Where(o => o is not null).ToImmutableArray();
        var indicator = figure.Indicator is { } name
            ? outcomes.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal))
            : outcomes.Length == 1 ? outcomes[0] : null;
        if (indicator is null)
        {
            context.NotCheckable(entity, "Outcomes", new("kết quả", "outcome"), figure.Indicator is { } missing
                ? new($"mô hình {model.Name} không có chỉ tiêu “{missing}”", $"model {model.Name} has no indicator “{missing}”")
                : new($"mô hình {model.Name} có {outcomes.Length} chỉ tiêu; cần nêu tên chỉ tiêu", $"model {model.Name} has {outcomes.Length} indicators; name one"));
            return;
        }

        if (figure.Quantity is { } quantity)
        {
            var what = new LocalizedText($"số lượng “{indicator.Name}”", $"quantity of “{indicator.Name}”");
            if (indicator.Quantity is not { } recorded)
            {
                context.NotCheckable(entity, "Quantity", what, new("dữ liệu không có số lượng", "the data has no quantity"));
            }
            else
            {
                context.Count(entity, "Quantity", what, Whole(quantity), Whole(recorded), quantity - recorded);
            }
        }
        if (figure.MoneyValue is { } money)
        {
            var what = new LocalizedText($"giá trị tiền của “{indicator.Name}”", $"money value of “{indicator.Name}”");
            if (indicator.MoneyValue is not { } recorded)
            {
                context.NotCheckable(entity, "MoneyValue", what, new("dữ liệu không có giá trị tiền", "the data has no money value"));
            }
            else
            {
                context.Amount(entity, "MoneyValue", what, money, recorded,
                    new($"kết quả ghi nhận của mô hình {model.Name}", $"the outcome recorded for model {model.Name}"));
            }
        }
    }

    // A whole quantity compares and shows as a count; a fractional one as the decimal it is.
    private static object Whole(decimal value)
        => decimal.Truncate(value) == value && value >= long.MinValue && value <= long.MaxValue ? (object)(long)value : value;
}
