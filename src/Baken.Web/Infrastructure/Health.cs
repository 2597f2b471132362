using Baken.Core.Data;

namespace Baken.Web.Infrastructure;

internal static class Health
{
    /// <summary>Ready means the database answers; a load balancer stops sending traffic otherwise.</summary>
    public static async Task<IResult> ReadyAsync(BakenDbContext db, HttpContext context, CancellationToken ct)
    {
        bool ready;
        try
        {
            ready = await db.Database.CanConnectAsync(ct);
        }
        catch (Exception e) when (ProblemExceptionHandler.IsDatabaseOutage(e))
        {
            ready = false;
        }

        if (ready)
        {
            return TypedResults.Text("ready");
        }

        // As from the exception handler: tell clients when to look again.
        context.Response.Headers.RetryAfter = "5";
        return ProblemDetailsSetup.DatabaseUnavailable();
    }
}
