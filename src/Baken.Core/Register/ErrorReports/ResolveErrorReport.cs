using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Audit;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Register.ErrorReports;

/// <summary>The maker's vendor editors (their products) or a reviewer mark a visitor's error report as dealt with.</summary>
public static class ResolveErrorReport
{
    public static async Task<Result<ErrorReport>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Guid id, CancellationToken ct)
    {
        var report = await ReportError.VisibleTo(db, actor).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return Error.NotFound("The error report");
        }

        if (!actor.MayWrite)
        {
            return Error.Forbidden("This token has no 'write' scope.");
        }

        report.Resolve(clock.GetUtcNow());
        db.Audit.Action = AuditActions.ErrorReportResolve;
        if (await db.TrySaveChangesAsync("the error report", ct) is { } clash)
        {
            return clash;
        }

        return report;
    }
}
