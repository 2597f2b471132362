namespace Baken.Web.Infrastructure;

/// <summary>
/// Dutch API Design Rules that hold for every response: the API-Version header, 404 for a
/// trailing slash (never a redirect), and the transport security headers.
/// </summary>
internal sealed class ApiConventionsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["API-Version"] = ApiSetup.ApiVersion;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = path.StartsWith("/api/v1/reference", StringComparison.Ordinal)
                    ? "frame-ancestors 'none'"
                    : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
            }

            if (path.StartsWith("/api/", StringComparison.Ordinal) && !headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });

        // The reference page's own redirect adds a slash; send it straight to the page instead.
        if (path == "/api/v1/reference/")
        {
            context.Response.Redirect("/api/v1/reference/v1");
            return;
        }

        if (path.Length > 1 && path.EndsWith('/'))
        {
            await ProblemDetailsSetup.WriteAsync(context, StatusCodes.Status404NotFound, "Not found",
                "Paths have no trailing slash; remove it.");
            return;
        }

        // Checked here as well as in Kestrel, so the limit holds behind any server and gives problem+json.
        // An endpoint that takes uploads declares its own, larger limit.
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? ApiSetup.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await ProblemDetailsSetup.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Payload too large",
                $"The request body is larger than the limit of {limit / 1024} KiB.");
            return;
        }

        await next(context);
    }
}
