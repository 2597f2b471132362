using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Ethics;

/// <summary>
/// The ethics records of one product or one deployment, as the API lists them and the page shows
/// them: visible only to their keepers and the oversight roles, and only for a subject the caller
/// may see at all; oldest first.
/// </summary>
public static class EthicsRecords
{
    /// <summary>The records and whether the caller may add one.</summary>
    public sealed record Listing(IReadOnlyList<EthicsRecord> Records, Guid OwnerOrganisationId, bool CanCreate);

    public static async Task<Result<Listing>> ForProductAsync(BakenDbContext db, Actor actor, Guid productId, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product) || !EthicsAccess.CanList(actor, product.MakerId))
        {
            return Error.NotFound("The product's ethics records");
        }

        var records = await db.EthicsRecords.AsNoTracking().Where(r => r.ProductId == productId).ToListAsync(ct);
        return new Listing(Ordered(records), product.MakerId, EthicsAccess.CanCreateForProduct(actor, product.MakerId));
    }

    public static async Task<Result<Listing>> ForDeploymentAsync(BakenDbContext db, Actor actor, Guid deploymentId, CancellationToken ct)
    {
        var deployment = await db.Deployments.AsNoTracking().Include(d => d.Product).FirstOrDefaultAsync(d => d.Id == deploymentId, ct);
        if (deployment is null || !RegisterAccess.CanRead(actor, deployment, deployment.Product!) || !EthicsAccess.CanList(actor, deployment.OrganisationId))
        {
            return Error.NotFound("The deployment's ethics records");
        }

        var records = await db.EthicsRecords.AsNoTracking().Where(r => r.DeploymentId == deploymentId).ToListAsync(ct);
        return new Listing(Ordered(records), deployment.OrganisationId, EthicsAccess.CanCreateForDeployment(actor, deployment.OrganisationId));
    }

    // Sorted in memory: SQLite cannot order by DateTimeOffset, and a subject has few records.
    private static EthicsRecord[] Ordered(List<EthicsRecord> records) => [.. records.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)];
}
