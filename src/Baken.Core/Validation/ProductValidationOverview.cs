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

    /// <summary>A documentation measure over all sites: each figure weighted by the site's number of documents.</summary>
    public sealed record CombinedMeasure(string Measure, int Sites, int Documents, IReadOnlyDictionary<string, double?> Figures);

    public sealed record ProtocolResults(
        Guid ProtocolId, int Version, string Title, IReadOnlyList<SiteResult> Sites, Pooling.Pooled? Pooled,
        string TaskType = "classification", IReadOnlyList<CombinedMeasure>? Combined = null);

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
            return new ProtocolResults(p.Id, p.Version, p.Document.Title, sites, pooled, p.Document.TaskType,
                p.Document.TaskType == "documentation" ? Combine(sites) : null);
        }).ToList();
        return new Overview(productId, Method, perProtocol);
    }

    // Per measure, the latest result of each site, figures averaged with the documents as weights
    // (for WER that is close to, not equal to, the corpus WER; the note says "weighted mean").
    private static List<CombinedMeasure> Combine(List<SiteResult> sites) =>
    [
        .. sites.Where(s => s.Summary.Measure is not null)
            .GroupBy(s => s.Summary.Measure!, StringComparer.Ordinal)
            .Select(measure =>
            {
                var latest = measure.GroupBy(s => s.OrganisationId).Select(g => g.MaxBy(s => s.SubmittedAt)!).ToList();
                var keys = latest.SelectMany(s => s.Summary.Figures?.Keys ?? []).Distinct(StringComparer.Ordinal);
                var figures = keys.ToDictionary(k => k, k =>
                {
                    var weighted = latest.Where(s => s.Summary.Figures?.GetValueOrDefault(k) is not null && s.Summary.N > 0).ToList();
                    var documents = weighted.Sum(s => s.Summary.N);
                    return documents == 0 ? (double?)null : weighted.Sum(s => s.Summary.Figures![k]!.Value * s.Summary.N) / documents;
                }, StringComparer.Ordinal);
                return new CombinedMeasure(measure.Key, latest.Count, latest.Sum(s => s.Summary.N), figures);
            }),
    ];
}
