using System.Data.Common;
using System.Net.Sockets;
using System.Text.Json;
using Baken.Core.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Baken.Web.Infrastructure;

/// <summary>
/// Unexpected failures, and the framework's own input failures, as problem+json. Nothing here
/// echoes exception messages that could carry data; a 500 only says that it happened.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }:
                await ProblemDetailsSetup.WriteAsync(context, 413, "Payload too large",
                    $"The request body is larger than the limit of {ApiSetup.MaxBodyBytes / 1024} KiB.");
                return true;
            case BadHttpRequestException { InnerException: JsonException json }:
                await ProblemDetailsSetup.WriteAsync(context, 400, "Invalid input", "The request body could not be read; see errors.",
                    BakenJson.FieldErrors(json));
                return true;
            case BadHttpRequestException bad:
                await ProblemDetailsSetup.WriteAsync(context, bad.StatusCode, "Bad request", BadRequestDetail(bad));
                return true;
            case var e when IsDatabaseOutage(e):
                LogOutage(logger, e.GetType().Name);
                context.Response.Headers.RetryAfter = "5";
                await ProblemDetailsSetup.WriteAsync(context, 503, "Service unavailable", "The database cannot be reached right now. Try again shortly.");
                return true;
            case OperationCanceledException when context.RequestAborted.IsCancellationRequested:
                return true;
            default:
                LogUnexpected(logger, exception);
                await ProblemDetailsSetup.WriteAsync(context, 500, "Internal server error",
                    "Something went wrong on our side. The request id identifies it in our logs.");
                return true;
        }
    }

    public static bool IsDatabaseOutage(Exception e) => e switch
    {
        DbUpdateException { InnerException: { } inner } => IsDatabaseOutage(inner),
        InvalidOperationException { InnerException: { } inner } => IsDatabaseOutage(inner),
        SocketException or TimeoutException => true,
        Npgsql.NpgsqlException npgsql => npgsql is not Npgsql.PostgresException || npgsql.IsTransient,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 10 or 14,
        DbException { IsTransient: true } => true,
        _ => false,
    };

    private static string BadRequestDetail(BadHttpRequestException e) =>
        e.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal) || e.Message.StartsWith("Required parameter", StringComparison.Ordinal)
            ? e.Message
            : "The request could not be read.";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType})")]
    private static partial void LogOutage(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
