using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Audit;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baken.Web.Api.V1;

/// <summary>/api/v1/audit-events: the tamper-evident log, for the programme office and administrators.</summary>
internal static class AuditEventsApi
{
    public static void MapAuditEventsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit-events", ListAsync).WithTags("Audit").WithName("ListAuditEvents")
            .WithSummary("Auditlog (programmabureau, beheerder)").RequireAuthorization();
    }

    public sealed record AuditEventView(
        long Sequence, DateTimeOffset OccurredAt, Guid? ActorId, string ActorName, Guid? OrganisationId, string Action,
        string EntityType, string EntityId, string? Before, string? After, string? ClientAddress, string? RequestId, string Hash);

    private static async Task<ApiResult<Ok<PageOf<AuditEventView>>, Problem.Invalid, Problem.Forbidden>> ListAsync(
        BakenDbContext db, Actor actor, HttpRequest request, string? entityType, string? entityId, string? action, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Paging.Validate(errors, page, pageSize);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var log = AuditLog.Query(db, actor, new AuditLog.Filter(entityType, entityId, action));
        if (!log.IsSuccess)
        {
            return log.Error;
        }

        var query = log.Value;
        int p = page ?? 1, size = pageSize ?? 50;
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Sequence).Skip((p - 1) * size).Take(size)
            .Select(e => new AuditEventView(e.Sequence, e.OccurredAt, e.ActorId, e.ActorName, e.OrganisationId, e.Action,
                e.EntityType, e.EntityId, e.Before, e.After, e.ClientAddress, e.RequestId, e.Hash))
            .ToListAsync(ct);
        return TypedResults.Ok(Paging.Create(request, items, p, size, total));
    }
}
