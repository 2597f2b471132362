using System.Security.Claims;
using Baken.Core.Platform.Audit;

namespace Baken.Web.Infrastructure;

/// <summary>Fills the request's <see cref="AuditContext"/>: who acts, for which organisation, from where.</summary>
internal sealed class AuditContextMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, AuditContext audit)
    {
        var actor = ActorAccessor.From(context.User);
        audit.ActorId = actor.UserId;
        audit.OrganisationId = actor.OrganisationId;
        audit.ActorName = actor.IsAuthenticated ? context.User.FindFirstValue(ClaimTypes.Name) ?? "unknown" : "anonymous";
        audit.ClientAddress = context.Connection.RemoteIpAddress?.ToString();
        audit.RequestId = context.TraceIdentifier;
        return next(context);
    }
}
