using Baken.Core.Data;
using Baken.Core.Platform;

namespace Baken.Web.Api.V1;

/// <summary>Bodies an endpoint reads itself (optional or multi-format bodies), with the same field errors as bound ones.</summary>
internal static class RequestBodies
{
    public static async Task<Result<T>> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return Error.Invalid("$", "Send JSON (application/json) for a link or item, or multipart/form-data for a file.");
        }

        try
        {
            return await request.ReadFromJsonAsync<T>(BakenJson.Strict, ct) is { } value
                ? value
                : Error.Invalid("$", "The body is empty.");
        }
        catch (System.Text.Json.JsonException e)
        {
            return Error.Invalid(BakenJson.FieldErrors(e));
        }
    }
}
