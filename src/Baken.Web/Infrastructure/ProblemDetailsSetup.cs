using Baken.Core.Platform;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Mvc;

namespace Baken.Web.Infrastructure;

/// <summary>The one place where failures become application/problem+json.</summary>
internal static class ProblemDetailsSetup
{
    /// <summary>NLGov requires status, title and detail on every problem.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= ReasonPhrases(problem.Status.Value);
        problem.Detail ??= problem.Status switch
        {
            401 => "Sign in or send a valid API token (Authorization: Bearer …).",
            403 => "You are signed in but not allowed to do this.",
            404 => "There is nothing at this address.",
            405 => "This method is not allowed on this resource.",
            415 => "Send the body as application/json.",
            _ => problem.Title,
        };
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions.Remove("traceId");
        problem.Extensions["requestId"] = context.HttpContext.TraceIdentifier;
    }

    public const string ContentType = "application/problem+json";

    /// <summary>A use case's error as problem+json: its status, title, detail and stable code, and the field errors.</summary>
    public static IResult ToResult(Error error)
    {
        var status = Problem.StatusCodeOf(error.Kind);
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Fields is { Count: > 0 } fields)
        {
            if (error.Kind == ErrorKind.Validation)
            {
                return TypedResults.ValidationProblem(fields, error.Detail, title: error.Title, extensions: extensions);
            }

            extensions["errors"] = fields;
        }

        return TypedResults.Problem(error.Detail, statusCode: status, title: error.Title, extensions: extensions);
    }

    public static IResult DatabaseUnavailable() => TypedResults.Problem(
        "The database cannot be reached right now. Try again shortly.",
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Service unavailable");

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, IDictionary<string, string[]>? errors = null)
    {
        context.Response.StatusCode = status;
        var problem = errors is null
            ? new ProblemDetails { Status = status, Title = title, Detail = detail }
            : new HttpValidationProblemDetails(errors) { Status = status, Title = title, Detail = detail };
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private static string ReasonPhrases(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error";
}
