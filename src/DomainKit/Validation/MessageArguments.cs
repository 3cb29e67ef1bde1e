namespace DomainKit.Validation;

/// <summary>
/// The names of the values findings carry in <see cref="Finding.Arguments"/> and fill their message templates'
/// <c>{placeholders}</c> with, for the built-in rules, the reconciliation checks and the report rules: each spelled
/// once, here, so that the code that raises a finding and the template it fills cannot drift apart unnoticed (a test
/// checks that every placeholder of every template is supplied by the code that raises it).
/// </summary>
internal static class MessageArguments
{
    public const string Actual = "actual";

    public const string Amount = "amount";

    public const string Balance = "balance";

    public const string Candidates = "candidates";

    public const string Characters = "characters";

    public const string Computed = "computed";

    public const string Count = "count";

    public const string CoversEnd = "coversEnd";

    public const string Date = "date";

    public const string Definition = "definition";

    public const string Denominator = "denominator";

    public const string Detail = "detail";

    public const string Difference = "difference";

    public const string Distinct = "distinct";

    public const string Eligible = "eligible";

    public const string End = "end";

    public const string Error = "error";

    public const string Excess = "excess";

    public const string Exempt = "exempt";

    public const string Expected = "expected";

    public const string Extra = "extra";

    public const string Field = "field";

    public const string Figure = "figure";

    public const string From = "from";

    public const string Goods = "goods";

    public const string Id = "id";

    public const string Inception = "inception";

    public const string Loan = "loan";

    public const string Map = "map";

    public const string Matched = "matched";

    public const string Members = "members";

    public const string Occurrences = "occurrences";

    public const string Origin = "origin";

    public const string OriginDate = "originDate";

    public const string Parent = "parent";

    public const string Part = "part";

    public const string Path = "path";

    public const string Period = "period";

    public const string Previous = "previous";

    public const string Primary = "primary";

    public const string Principal = "principal";

    public const string Problem = "problem";

    public const string Quantity = "quantity";

    public const string Quote = "quote";

    public const string Rate = "rate";

    public const string Reason = "reason";

    public const string Registered = "registered";

    public const string Repaid = "repaid";

    public const string Rule = "rule";

    public const string Score = "score";

    public const string Shortfall = "shortfall";

    public const string Source = "source";

    public const string Stage = "stage";

    public const string Start = "start";

    public const string Stated = "stated";

    public const string Successor = "successor";

    public const string Successors = "successors";

    public const string Target = "target";

    public const string Title = "title";

    public const string To = "to";

    public const string Today = "today";

    public const string Unit = "unit";

    public const string Value = "value";

    public const string What = "what";

    public const string When = "when";

    public const string Where = "where";
}
