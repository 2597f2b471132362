using System.Text.Json;
using Baken.Core.Classification;
using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baken.Web.Api.V1;

/// <summary>
/// The MDR/IVDR and AI Act classification chain: evaluate facts (pure computation, anonymous,
/// stores nothing), read the current rules, and save or read the classification of a product version.
/// </summary>
internal static class ClassificationsApi
{
    public static void MapClassificationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/classifications/evaluate", Evaluate).WithTags("Classification").WithName("EvaluateClassification")
            .WithSummary("Bepaal klasse, hoog-risicostatus en plichten met de volledige redenering (slaat niets op)");
        api.MapGet("/classification-rules", GetRules).WithTags("Classification").WithName("GetClassificationRules")
            .WithSummary("De huidige classificatieregels (versie, stappen, bronnen en data)");

        var version = api.MapGroup("/products/{id:guid}/versions/{versionId:guid}/classification").WithTags("Classification");
        version.MapPut("", SaveAsync).WithName("SaveProductVersionClassification")
            .WithSummary("Sla de classificatie van een productversie op (maker)").RequireAuthorization();
        version.MapGet("", GetAsync).WithName("GetProductVersionClassification")
            .WithSummary("De opgeslagen classificatie van een productversie");
    }

    private static ApiResult<Ok<ClassificationOutcome>, Problem.Invalid> Evaluate(ClassificationFacts facts, ClassificationRules rules)
    {
        var result = Classifier.Evaluate(rules.Current, facts);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error;
    }

    private static Ok<JsonElement> GetRules(ClassificationRules rules) => TypedResults.Ok(rules.Current.Document);

    private static async Task<ApiResult<Ok<StoredClassification>, Problem.Invalid, Problem.Forbidden, Problem.NotFound, Problem.Conflict, Problem.Stale>> SaveAsync(
        Guid id, Guid versionId, ClassificationFacts facts, BakenDbContext db, Actor actor, TimeProvider clock, ClassificationRules rules, CancellationToken ct)
    {
        var result = await SaveClassification.HandleAsync(db, actor, clock, rules, id, versionId, facts, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error;
    }

    private static async Task<ApiResult<Ok<StoredClassification>, Problem.NotFound>> GetAsync(Guid id, Guid versionId, BakenDbContext db, Actor actor, CancellationToken ct)
    {
        var result = await SaveClassification.GetAsync(db, actor, id, versionId, ct);
        return result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error;
    }
}
