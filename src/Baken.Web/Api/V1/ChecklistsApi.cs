using Baken.Core.Assessment.Content;
using Baken.Core.Platform;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baken.Web.Api.V1;

/// <summary>/api/v1/checklists: the Leidraad and the AZWA national criteria, as versioned content.</summary>
internal static class ChecklistsApi
{
    public static void MapChecklistsApi(this RouteGroupBuilder api)
    {
        var checklists = api.MapGroup("/checklists").WithTags("Assessment");
        checklists.MapGet("", List).WithName("ListChecklists").WithSummary("Checklijsten: de Leidraad en de AZWA-criteria");
        checklists.MapGet("/{id}", Get).WithName("GetChecklist").WithSummary("Eén checklijst met alle uitspraken (?version=)");
    }

    public sealed record ChecklistInfo(string Id, string Version, int ContentRevision, string Title, ChecklistSource Source, string? Notice, IReadOnlyList<ChecklistPhase> Phases, int Statements)
    {
        public static ChecklistInfo From(Checklist c) => new(c.Id, c.Version, c.ContentRevision, c.Title, c.Source, c.Notice, c.Phases, c.Statements.Count);
    }

    private static Ok<List<ChecklistInfo>> List(ChecklistRegistry registry) => TypedResults.Ok(registry.All.Select(ChecklistInfo.From).ToList());

    private static ApiResult<Ok<Checklist>, Problem.NotFound> Get(string id, string? version, ChecklistRegistry registry) =>
        registry.Find(id, version) is { } checklist
            ? TypedResults.Ok(checklist)
            : Error.NotFound(version is null ? $"Checklist '{id}'" : $"Version {version} of checklist '{id}'");
}
