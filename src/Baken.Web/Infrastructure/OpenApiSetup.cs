using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Baken.Web.Infrastructure;

/// <summary>
/// The OpenAPI document as the Dutch API Design Rules 2.2 want it: the major version in the server
/// URL, a full contact, the API-Version header on every response, and for every operation the
/// problems the framework itself can give (400 for unreadable input, 401/403 where sign-in is needed,
/// 500 from the one exception handler).
/// The use cases' own problems come from the endpoints' return types (see Api/Responses).
/// </summary>
internal static class OpenApiSetup
{
    public const string BasePath = "/api/v1";

    public static void AddBakenOpenApi(this WebApplicationBuilder builder) =>
        builder.Services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Baken API";
                document.Info.Version = ApiSetup.ApiVersion;
                document.Info.Description = "Het open register van AI in de Nederlandse zorg: producten, organisaties, inzet en validatie.";
                document.Info.Contact = new OpenApiContact
                {
                    Name = "Baken-team",
                    Email = "api@baken.example",
                    Url = new Uri("https://github.com/baken-zorg/baken"),
                };
                document.Servers = [new OpenApiServer { Url = BasePath, Description = "Baken API, major version 1" }];
                document.Paths = RelativeTo(document.Paths);
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(DocumentFrameworkResponsesAsync);
        });

    // Paths are documented below the server URL, which carries the major version (/core/uri-version).
    private static OpenApiPaths RelativeTo(OpenApiPaths paths)
    {
        var relative = new OpenApiPaths();
        foreach (var (path, item) in paths)
        {
            relative.Add(path.StartsWith(BasePath, StringComparison.Ordinal) ? path[BasePath.Length..] : path, item);
        }

        return relative;
    }

    private static async Task DocumentFrameworkResponsesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.Responses ??= [];
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var takesInput = context.Description.ParameterDescriptions.Count > 0
            || context.Description.HttpMethod is not ("GET" or "HEAD" or "DELETE");
        if (takesInput && !operation.Responses.ContainsKey("400"))
        {
            operation.Responses["400"] = await ProblemAsync("Invalid input: the errors name each field.", typeof(HttpValidationProblemDetails), context, ct);
        }

        var protectedEndpoint = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        if (protectedEndpoint)
        {
            operation.Responses.TryAdd("401", await ProblemAsync("Sign in or send a valid API token.", typeof(ProblemDetails), context, ct));
            operation.Responses.TryAdd("403", await ProblemAsync("Signed in, but not allowed to do this.", typeof(ProblemDetails), context, ct));
        }

        // Every operation can fail unexpectedly; the one exception handler answers with a request id.
        operation.Responses.TryAdd("500", await ProblemAsync("Unexpected failure on our side; the problem's requestId identifies it in our logs.", typeof(ProblemDetails), context, ct));

        foreach (var response in operation.Responses.Values.OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["API-Version"] = new OpenApiHeader
            {
                Description = "The full version of the API that answered (semantic versioning).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create(ApiSetup.ApiVersion)] },
            };
        }
    }

    private static async Task<OpenApiResponse> ProblemAsync(string description, Type schema, OpenApiOperationTransformerContext context, CancellationToken ct) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [ProblemDetailsSetup.ContentType] = new() { Schema = await context.GetOrCreateSchemaAsync(schema, null, ct) },
        },
    };
}
