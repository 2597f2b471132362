using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Baken.Web.Api.Responses;

/// <summary>304 for a conditional GET whose If-None-Match names the current ETag; documented like any other answer.</summary>
public sealed class NotModified : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public static readonly NotModified Instance = new();

    private NotModified() { }

    public int? StatusCode => StatusCodes.Status304NotModified;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
        return Task.CompletedTask;
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
}
