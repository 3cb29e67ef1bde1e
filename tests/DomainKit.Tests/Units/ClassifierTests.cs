using DomainKit.Models;
using DomainKit.Text;
using DomainKit.Units;

namespace DomainKit.Tests.Units;

public sealed class ClassifierTests
{
    [Fact]
    public void Classifiers_of_different_taxonomies_are_never_equal_even_with_the_same_code()
    {
        Classifier kind = new UnitKind("economy", new LocalizedText("Kinh tế", "Economy"));
        Classifier field = ModelField.Economy;

        Assert.False(kind.Equals(field));
        Assert.True(field.Equals(new ModelField("ECONOMY", new LocalizedText("Kinh tế", "Economy"))));
    }

    [Fact]
    public void A_localized_text_gives_the_form_of_each_culture()
    {
        var text = new LocalizedText("Quỹ vì người nghèo", "Fund for the poor");

        Assert.Equal("Quỹ vì người nghèo", text.In(TextCulture.Vietnamese));
        Assert.Equal("Fund for the poor", text.In(TextCulture.English));
        Assert.Equal("Fund for the poor", text.ToString());
        Assert.Throws<ArgumentNullException>(() => new LocalizedText(null!, "x"));
    }
}
