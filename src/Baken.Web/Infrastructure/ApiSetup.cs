using Baken.Core.Data;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace Baken.Web.Infrastructure;

internal static class ApiSetup
{
    public const string ApiVersion = "1.0.0";

    /// <summary>Request bodies are small documents; anything larger is refused with 413.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    private const string OpenDocumentPolicy = "open-document";

    public static void AddBakenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        // Without this, a malformed body outside Development is a bare 400 with no field named.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o => BakenJson.ConfigureStrict(o.SerializerOptions));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsSetup.Customize);
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.AddBakenOpenApi();
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxBodyBytes);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = MaxBodyBytes);
        builder.Services.AddOutputCache(Api.V1.ApiV1.AddRegisterCachePolicy);
        builder.Services.AddCors(o => o.AddPolicy(OpenDocumentPolicy, p => p.AllowAnyOrigin().WithMethods("GET").WithExposedHeaders("API-Version")));
    }

    public static void UseBakenHttpPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<ApiConventionsMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AuditContextMiddleware>();
        app.UseOutputCache();
    }

    public static void MapHealth(this WebApplication app)
    {
        app.MapGet("/health", () => TypedResults.Text("ok")).ExcludeFromDescription().DisableHttpMetrics();
        app.MapGet("/health/ready", Health.ReadyAsync).ExcludeFromDescription();
        // The document is open to everyone, also from other origins (/core/publish-openapi).
        app.MapOpenApi("/api/v1/openapi.json").CacheOutput().RequireCors(OpenDocumentPolicy);
        app.MapScalarApiReference("/api/v1/reference", o => o
            .WithTitle("Baken API")
            .WithOpenApiRoutePattern("/api/v1/openapi.json"));
    }
}
