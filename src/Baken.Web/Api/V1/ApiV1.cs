using Baken.Core.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace Baken.Web.Api.V1;

internal static class ApiV1
{
    public const string RegisterCacheTag = "register";

    public static void MapApiV1(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapProductsApi();
        api.MapOrganisationsApi();
        api.MapDeploymentsApi();
        api.MapAuditEventsApi();
        api.MapApiTokensApi();
        api.MapValidationApi();
        api.MapChecklistsApi();
        api.MapAssessmentsApi();
        api.MapAssessmentEvidenceApi();
        api.MapEthicsApi();
        api.MapClassificationsApi();

        // Anonymous register queries are cached per URL; a committed register write drops them all.
        var signal = app.Services.GetRequiredService<RegisterChangeSignal>();
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        signal.Changed += () => _ = store.EvictByTagAsync(RegisterCacheTag, CancellationToken.None).AsTask();
    }

    public static void AddRegisterCachePolicy(OutputCacheOptions options) =>
        options.AddPolicy(RegisterCacheTag, p => p.Tag(RegisterCacheTag).SetVaryByQuery(ListKeys).Expire(TimeSpan.FromSeconds(5)));

    // Only the list's own parameters make a cache entry; junk parameters cannot flood the cache.
    private static readonly string[] ListKeys =
    [
        "search", "area", "sector", "phase", "regime", "deviceClass", "aiKind", "hostingRegion", "maker", "highRisk", "classification",
        "status", "sort", "page", "pageSize",
    ];
}
