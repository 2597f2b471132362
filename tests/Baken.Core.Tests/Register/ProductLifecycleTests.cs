using Baken.Core.Register;
using Baken.Core.Register.Products;
using Baken.Testing.Builders;

namespace Baken.Core.Tests.Register;

public sealed class ProductLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static Product Draft() => Product.Create(Guid.NewGuid(), Guid.NewGuid(), ContentBuilder.Valid(), Now);

    [Fact]
    public void Publish_FromDraft_IsRefused()
    {
        var product = Draft();

        var outcome = product.Publish(Now);

        Assert.False(outcome.Succeeded);
        Assert.Equal(ProductStatus.Draft, product.Status);
        Assert.Equal(1, product.Revision);
    }

    [Fact]
    public void FullPath_DraftReviewPublishWithdraw_BumpsRevisionEachStep()
    {
        var product = Draft();

        Assert.True(product.RequestReview(Now).Succeeded);
        Assert.True(product.Publish(Now).Succeeded);
        Assert.True(product.Withdraw(Now).Succeeded);

        Assert.Equal(ProductStatus.Withdrawn, product.Status);
        Assert.Equal(4, product.Revision);
        Assert.Equal(Now, product.PublishedAt);
    }

    [Fact]
    public void Update_Withdrawn_IsRefused()
    {
        var product = Draft();
        product.RequestReview(Now);
        product.Publish(Now);
        product.Withdraw(Now);

        Assert.False(product.Update(ContentBuilder.Valid() with { Name = "Anders" }, Now).Succeeded);
        Assert.Equal("Voorbeeld", product.Content.Name);
    }

    [Fact]
    public void ReturnToDraft_KeepsReasonUntilNextReviewRequest()
    {
        var product = Draft();
        product.RequestReview(Now);

        product.ReturnToDraft("Bewijs ontbreekt", Now);
        Assert.Equal("Bewijs ontbreekt", product.ReturnReason);
        product.RequestReview(Now);

        Assert.Null(product.ReturnReason);
    }

    [Fact]
    public void Update_ChangedGroup_LosesVerifiedMarkOthersKeepIt()
    {
        var product = Draft();
        product.Verify([FieldGroup.Description, FieldGroup.Evidence], Now);

        product.Update(product.Content with { Name = "Nieuwe naam" }, Now);

        Assert.Equal(Provenance.StatedByMaker, product.Provenance[FieldGroup.Description]);
        Assert.Equal(Provenance.Verified, product.Provenance[FieldGroup.Evidence]);
    }
}
