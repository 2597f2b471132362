using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace Baken.Web.Api.Responses;

/// <summary>An open-data export as RFC 4180 CSV in UTF-8, documented as text/csv.</summary>
public sealed class CsvFile(string text) : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "text/csv; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Text(text, ContentType, Encoding.UTF8).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/csv"]));
}
