using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Baken.Core.Platform.Audit;

namespace Baken.Core.Register.Deployments;

/// <summary>A care organisation records that it stopped using a product.</summary>
public static class EndDeployment
{
    public sealed record Request(DateOnly Until);

    public static async Task<Result<Deployment>> HandleAsync(BakenDbContext db, Actor actor, Guid id, Request request, CancellationToken ct)
    {
        var deployment = await db.Deployments.Include(d => d.Product).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (deployment is null || !RegisterAccess.CanRead(actor, deployment, deployment.Product!))
        {
            return Error.NotFound("The deployment");
        }

        if (!RegisterAccess.CanRegisterDeployment(actor, deployment.OrganisationId))
        {
            return Error.Forbidden("Only the care organisation's editors may end its deployments.");
        }

        var outcome = deployment.End(request.Until);
        if (!outcome.Succeeded)
        {
            return Error.Conflict(outcome.Reason!, ErrorCodes.TransitionNotAllowed);
        }

        db.Audit.Action = AuditActions.DeploymentEnd;
        if (await db.TrySaveChangesAsync("the deployment", ct) is { } clash)
        {
            return clash;
        }

        return deployment;
    }
}
