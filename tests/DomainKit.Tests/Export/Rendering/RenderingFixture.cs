using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using DomainKit.Aggregation;
using DomainKit.Data;
using DomainKit.Examples.BinhPhuoc;
using DomainKit.Export;
using DomainKit.Funds;
using DomainKit.Interchange;
using DomainKit.Money;
using DomainKit.Periods;
using DomainKit.Reconciliation;
using DomainKit.Tests.Periods;
using DomainKit.Text;
using DomainKit.Units;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Tests.Export.Rendering;

/// <summary>What the rendering tests render: the Bình Phước report, its dataset and checks, an import with problems, and hostile names.</summary>
internal static class RenderingFixture
{
    public const string Script = "<script>alert(1)</script>";

    public static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static readonly ExportOptions English = new() { Culture = TextCulture.English };

    private static readonly Lazy<Dataset> BinhPhuocDataset = new(BinhPhuoc2023.Build);

    private static readonly Lazy<ValidationResult> QuickStartValidation = new(() => DatasetValidator.CreateDefault(clock: FixedClock.AtPublication)
        .Validate(new DatasetBuilder()
            .Add(new Unit { Id = "thi-uy-phuoc-long", Name = "Thị ủy Phước Long", Kind = UnitKind.PartyCommittee, ParentId = new UnitId("khong-co") })
            .Add(new Fund { Id = "pl-tiet-kiem", Name = "Thực hành tiết kiệm vì người nghèo", OwnerId = "thi-uy-phuoc-long" })
            .Add(
                new Contribution("pl-tiet-kiem", new LocalDate(2023, 11, 10), new Dong(6_100_542_700)),
                new Disbursement("pl-tiet-kiem", new LocalDate(2023, 11, 10), new Dong(6_101_542_700)))
            .Build()));

    private static readonly Lazy<ReconciliationResult> BinhPhuocReconciliation =
        new(() => new Reconciler(BinhPhuocData).Reconcile(BinhPhuoc2023.StatedFigures()));

    public static ReportDocument Report => ExportFixture.BinhPhuoc;

    /// <summary>The models active and exemplary by main field: a distribution by field, drawn as a chart.</summary>
    public static ReportTable ModelsByField => Report.Tables.Single(t => t.Id == BinhPhuoc2023.TableIds.ModelsByField).Table!;

    public static Dataset BinhPhuocData => BinhPhuocDataset.Value;

    /// <summary>The dataset of the README's quick start, with its overdraft, and a unit whose parent does not exist: two errors (DK103 and DK501).</summary>
    public static ValidationResult QuickStartChecks => QuickStartValidation.Value;

    public static ReconciliationResult BinhPhuocFigures => BinhPhuocReconciliation.Value;

    /// <summary>A read of two payments: one good, one whose amount is a script, rejected.</summary>
    public static ImportResult Import()
    {
        var json = """{"format":"domainkit-dataset","version":1,"payments":[{"pledgeId":"p","date":"2023-11-10","amount":1000},""" +
            """{"pledgeId":"p","date":"2023-11-10","amount":"<script>alert(1)</script>"}]}""";
        return DatasetJson.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), Script + ".json").GetAwaiter().GetResult();
    }

    /// <summary>A result whose every text is an attack: file, field, value and message.</summary>
    public static ImportResult HostileImport() => new(
        Dataset.Empty,
        [
            new ImportProblem
            {
                Code = Script,
                Severity = Severity.Warning,
                File = Script,
                Line = 12,
                Column = 4,
                Field = Script,
                Value = "\" onmouseover=\"alert(1)",
                Message = new(Script, Script),
            },
        ],
        recordsRead: 1,
        recordsRejected: 0);

    /// <summary>A report whose every name is an attack (see <see cref="HtmlExporterTests.Hostile"/>): units, a model and a field named with a script.</summary>
    public static ReportDocument HostileReport() => HtmlExporterTests.Hostile();

    /// <summary>A validation report whose findings name a unit and a field with a script.</summary>
    public static ValidationResult HostileValidation()
    {
        var dataset = new DatasetBuilder()
            .Add(new Unit { Id = Script, Name = Script, Kind = UnitKind.PartyCommittee, ParentId = new UnitId(Script + "-cha") })
            .Build();
        return DatasetValidator.CreateDefault(clock: FixedClock.AtPublication).Validate(dataset);
    }

    /// <summary>One sample of every type that carries the notebook formatter attribute.</summary>
    public static IReadOnlyDictionary<Type, object> Samples() => new Dictionary<Type, object>
    {
        [typeof(ReportDocument)] = Report,
        [typeof(ReportTable)] = ModelsByField,
        [typeof(ValidationResult)] = QuickStartChecks,
        [typeof(ReconciliationResult)] = BinhPhuocFigures,
        [typeof(ImportResult)] = Import(),
        [typeof(Dataset)] = BinhPhuocData,
        [typeof(Dong)] = Dong.Parse("6.100.542.700 đ", TextCulture.Vietnamese),
        [typeof(Rate)] = Rate.Of(3_922, 4_127),
        [typeof(StatedRate)] = BinhPhuoc2023.BuDangStatedRate,
        [typeof(ReportingPeriod)] = ReportingPeriod.Quarter(2023, 4),
        [typeof(Finding)] = QuickStartChecks.Findings[0],
    };

    /// <summary>Parses an HTML fragment as XML, as the page is parsed: it must be well-formed.</summary>
    public static XElement Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(html), settings);
        return XElement.Load(reader);
    }

    /// <summary>The prelude of every rule of <paramref name="css"/>, inside <c>@media</c> too: its selectors, or an at-rule.</summary>
    public static IEnumerable<string> Preludes(string css)
        // A prelude is what stands before a '{' since the last brace.
        => Regex.Matches(css, "([^{}]*)\\{").Select(m => m.Groups[1].Value.Trim());

    /// <summary>Runs <paramref name="render"/> under the current cultures of Arabic (Saudi Arabia) and Turkish, and gives what each gave.</summary>
    public static (T Arabic, T Turkish) UnderOtherCultures<T>(Func<T> render)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DateFormatTests.TryCulture("ar-SA");
            var arabic = render();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DateFormatTests.TryCulture("tr-TR");
            var turkish = render();
            return (arabic, turkish);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
