using Baken.Core.Data;
using Baken.Core.Platform.Identity;
using Baken.Core.Register;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Platform.Audit;

/// <summary>
/// Reading the audit log, as the API lists it and the audit page shows it: only for the programme
/// office and administrators, filtered on exact action, entity type and entity id.
/// </summary>
public static class AuditLog
{
    public sealed record Filter(string? EntityType = null, string? EntityId = null, string? Action = null);

    public static Result<IQueryable<AuditEvent>> Query(BakenDbContext db, Actor actor, Filter filter)
    {
        if (!RegisterAccess.CanReadAudit(actor))
        {
            return Error.Forbidden("Only the programme office and administrators may read the audit log.");
        }

        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrEmpty(filter.EntityId))
        {
            query = query.Where(e => e.EntityId == filter.EntityId);
        }

        if (!string.IsNullOrEmpty(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        return Result<IQueryable<AuditEvent>>.Ok(query);
    }
}
