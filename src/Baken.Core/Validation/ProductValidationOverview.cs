using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Validation;

/// <summary>All sites' results for a product side by side, with the pooled AUROC per protocol.</summary>
public static class ProductValidationOverview
{
    public sealed record SiteResult(
        Guid Id, Guid OrganisationId, string OrganisationName, Guid ProtocolId, int ProtocolVersion,
        SiteSummary Summary, IReadOnlyList<CriterionOutcome> Criteria, bool AllCriteriaMet, DateTimeOffset SubmittedAt);

    public sealed record ProtocolResults(Guid ProtocolId, int Version, string Title, IReadOnlyList<SiteResult> Sites, Pooling.Pooled? Pooled);

    public sealed record Overview(Guid ProductId, string PoolingMethod, IReadOnlyList<ProtocolResults> Protocols);

    public const string Method = "Random-effects meta-analysis (DerSimonian-Laird) of logit AUROC, variance from each site's DeLong SE by the delta method; 95% CI back-transformed.";

    public static async Task<Result<Overview>> HandleAsync(BakenDbContext db, Actor actor, Guid productId, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || !RegisterAccess.CanRead(actor, product))
        {
            return Error.NotFound("The product");
        }

        var protocols = await db.ValidationProtocols.AsNoTracking().Where(p => p.ProductId == productId).ToListAsync(ct);
        var results = await db.ValidationResults.AsNoTracking().Where(r => r.ProductId == productId).ToListAsync(ct);
        var organisationIds = results.Select(r => r.OrganisationId).Distinct().ToList();
        var names = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var perProtocol = protocols.OrderBy(p => p.Version).Select(p =>
        {
            var sites = results.Where(r => r.ProtocolId == p.Id)
                .OrderBy(r => names[r.OrganisationId], StringComparer.Ordinal).ThenBy(r => r.SubmittedAt)
                .Select(r => new SiteResult(r.Id, r.OrganisationId, names[r.OrganisationId], p.Id, p.Version, r.Summary, r.Outcomes, r.AllCriteriaMet, r.SubmittedAt))
                .ToList();
            var pooled = Pooling.RandomEffects([.. sites.Where(s => s.Summary.Auroc is not null && s.Summary.AurocSe is not null)
                .Select(s => new Pooling.Site(s.Summary.Auroc!.Value, s.Summary.AurocSe!.Value))]);
            return new ProtocolResults(p.Id, p.Version, p.Document.Title, sites, pooled);
        }).ToList();
        return new Overview(productId, Method, perProtocol);
    }
}
