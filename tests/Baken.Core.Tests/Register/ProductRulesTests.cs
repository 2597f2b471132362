using Baken.Core.Register;
using Baken.Core.Register.Products;
using Baken.Testing.Builders;

namespace Baken.Core.Tests.Register;

public sealed class ProductRulesTests
{
    [Fact]
    public void Validate_ValidContent_HasNoErrors() =>
        Assert.False(ProductRules.Validate(ContentBuilder.Valid()).Any);

    [Theory]
    [InlineData(Regime.Mdr, "IIa", true)]
    [InlineData(Regime.Mdr, "B", false)]
    [InlineData(Regime.Ivdr, "C", true)]
    [InlineData(Regime.Ivdr, "IIb", false)]
    [InlineData(Regime.Fda, "II", true)]
    public void Validate_DeviceClass_MustBelongToRegime(Regime regime, string deviceClass, bool valid)
    {
        var content = ContentBuilder.Valid() with { Certifications = [new Certification(regime, deviceClass)] };

        var errors = ProductRules.Validate(content).ToDictionary();

        Assert.Equal(valid, !errors.ContainsKey("certifications[0].deviceClass"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Validate_EfficacyLevelOutsideOneToSix_IsAnError(int level)
    {
        var content = ContentBuilder.Valid() with { Evidence = [new EvidenceItem(EvidenceKind.Study, "Studie", level)] };

        Assert.True(ProductRules.Validate(content).ToDictionary().ContainsKey("evidence[0].level"));
    }

    [Fact]
    public void Validate_ShortDescriptionOf351Characters_IsAnError()
    {
        var content = ContentBuilder.Valid() with { ShortDescription = new string('a', 351) };

        Assert.True(ProductRules.Validate(content).ToDictionary().ContainsKey("shortDescription"));
    }

    [Theory]
    [InlineData("Quantib")]
    [InlineData("dubbel--streepje")]
    [InlineData("-begin")]
    [InlineData("x'; drop table products;--")]
    public void Validate_BadSlug_IsAnError(string slug) =>
        Assert.True(ProductRules.Validate(ContentBuilder.Valid(slug)).ToDictionary().ContainsKey("slug"));
}
