using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register.Products;
using Baken.Testing;
using Baken.Testing.Builders;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Tests.Data;

/// <summary>
/// A write that loses a race (the database refuses it) answers exactly as the use case's own check
/// would have: a taken slug is the same field error, a concurrent change is stale. On both databases.
/// </summary>
public sealed class SaveConflictsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TrySaveChangesAsync_SlugTakenMeanwhile_IsTheSameFieldErrorAsTheCheck()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var db = await database.MigratedContextAsync();
        var maker = await MakerAsync(db, ct);
        db.Products.Add(Product.Create(Guid.NewGuid(), maker, ContentBuilder.Valid("zelfde"), Now));
        await db.SaveChangesAsync(ct);

        await using var racer = new BakenDbContext(database.Options());
        racer.Products.Add(Product.Create(Guid.NewGuid(), maker, ContentBuilder.Valid("zelfde"), Now));
        var error = await racer.TrySaveChangesAsync("the product", ct);

        Assert.NotNull(error);
        Assert.Equal(ErrorKind.Validation, error.Kind);
        Assert.Equal(ErrorCodes.Taken, Assert.Single(error.Issues!["content.slug"]).Code);
        Assert.Equal(1, await db.Products.CountAsync(p => p.Slug == "zelfde", ct));
    }

    [Fact]
    public async Task TrySaveChangesAsync_ChangedMeanwhile_IsStale_AndTheFirstWriteStays()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var db = await database.MigratedContextAsync();
        var id = Guid.NewGuid();
        db.Products.Add(Product.Create(id, await MakerAsync(db, ct), ContentBuilder.Valid("gedeeld"), Now));
        await db.SaveChangesAsync(ct);

        await using var first = new BakenDbContext(database.Options());
        await using var second = new BakenDbContext(database.Options());
        var mine = await first.Products.SingleAsync(p => p.Id == id, ct);
        var theirs = await second.Products.SingleAsync(p => p.Id == id, ct);
        mine.Update(mine.Content with { Name = "Eerste" }, Now);
        theirs.Update(theirs.Content with { Name = "Tweede" }, Now);
        Assert.Null(await first.TrySaveChangesAsync("the product", ct));
        var error = await second.TrySaveChangesAsync("the product", ct);

        Assert.Equal(ErrorKind.PreconditionFailed, error?.Kind);
        Assert.Equal(ErrorCodes.Stale, error?.Code);
        await using var check = new BakenDbContext(database.Options());
        Assert.Equal("Eerste", (await check.Products.SingleAsync(p => p.Id == id, ct)).Content.Name);
    }

    private static async Task<Guid> MakerAsync(BakenDbContext db, CancellationToken ct)
    {
        var maker = Organisation.Create(Guid.NewGuid(), new OrganisationDetails(
            "Maker", "maker-" + Guid.NewGuid().ToString("N")[..8], OrganisationKind.Vendor, null, null, null, null, null, null, []), Now);
        db.Organisations.Add(maker);
        await db.SaveChangesAsync(ct);
        return maker.Id;
    }
}
