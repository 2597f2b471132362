using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Baken.Web.Api.Responses;

/// <summary>A file sent as an attachment (never rendered in the platform's origin), documented as binary content.</summary>
public sealed class Download(FileContentHttpResult file) : IResult, IEndpointMetadataProvider, INestedHttpResult
{
    public IResult Result => file;

    public Task ExecuteAsync(HttpContext httpContext) => file.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), ["application/octet-stream"]));
}
