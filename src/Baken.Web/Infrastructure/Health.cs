using Baken.Core.Data;

namespace Baken.Web.Infrastructure;

internal static class Health
{
    /// <summary>Ready means the database answers; a load balancer stops sending traffic otherwise.</summary>
    public static async Task<IResult> ReadyAsync(BakenDbContext db, HttpContext context, CancellationToken ct)
    {
        // A 503 here, as from the exception handler, tells clients when to look again.
        context.Response.Headers.RetryAfter = "5";
        try
        {
            return await db.Database.CanConnectAsync(ct)
                ? TypedResults.Text("ready")
                : ProblemDetailsSetup.DatabaseUnavailable();
        }
        catch (Exception e) when (ProblemExceptionHandler.IsDatabaseOutage(e))
        {
            return ProblemDetailsSetup.DatabaseUnavailable();
        }
    }
}
