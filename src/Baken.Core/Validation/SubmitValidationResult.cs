using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform;
using Baken.Core.Platform.Audit;
using Baken.Core.Platform.Identity;
using Baken.Engine;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Validation;

/// <summary>
/// Accepts a signed aggregate result only when the signature verifies against an active key of
/// the submitting organisation, the protocol exists, the sample is large enough, no suppressed
/// cell carries numbers, and the same submission was not seen before.
/// </summary>
public static class SubmitValidationResult
{
    /// <summary>The platform-wide floor for small cells (DOMAIN.md); a protocol cannot lower it.</summary>
    private const int MinCellSize = SmallCells.Floor;

    private static readonly HashSet<string> ResultKeys = ["metadata", "minCellSize", "overall", "subgroups", "bootstrap"];

    public sealed record Request(string Jws);

    public static async Task<Result<ValidationResult>> HandleAsync(BakenDbContext db, Actor actor, TimeProvider clock, Request request, CancellationToken ct)
    {
        if (!ValidationAccess.CanSubmit(actor))
        {
            return Error.Forbidden("Only care-organisation editors, with a token that has the 'validation:submit' scope, may submit results.");
        }

        if (request.Jws.Length > 2_000_000 || ResultSignature.Parse(request.Jws) is not { } parsed)
        {
            return Error.Invalid("jws", "Not a compact JWS (three base64url parts separated by dots).");
        }

        var kid = (string?)parsed.Header["kid"];
        var key = kid is null ? null : await db.SigningKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Kid == kid, ct);
        if (key is null || !key.IsActive)
        {
            return Error.Invalid("jws", "The signing key (kid) is not registered or was revoked. Register the public key with POST /api/v1/organisations/{id}/signing-keys.");
        }

        if (!actor.ActsFor(key.OrganisationId))
        {
            return Error.Forbidden("The signing key belongs to another organisation than the one you act for.");
        }

        using (var publicKey = ResultSignature.FromJwk(JsonNode.Parse(key.Jwk)!.AsObject()))
        {
            if (publicKey is null || !ResultSignature.Verify(request.Jws, publicKey))
            {
                return Error.Invalid("jws", "The signature does not verify: the result was altered or signed with another key.");
            }
        }

        Submission submission;
        try
        {
            submission = JsonSerializer.Deserialize<Submission>(parsed.Payload, BakenJson.Strict)!;
        }
        catch (JsonException e)
        {
            return Error.Invalid(BakenJson.FieldErrors(e, "payload."));
        }

        if (submission.Schema != Submission.SchemaName)
        {
            return Error.Invalid("payload.schema", $"Expected '{Submission.SchemaName}'.");
        }

        var protocol = await db.ValidationProtocols.AsNoTracking().FirstOrDefaultAsync(p => p.Id == submission.ProtocolId, ct);
        if (protocol is null)
        {
            return Error.Invalid("payload.protocolId", "No validation protocol has this id.");
        }

        var documentation = protocol.Document.TaskType == "documentation";
        var errors = documentation ? DocumentationResult.Check(submission.Result, protocol) : CheckResult(submission.Result, protocol);
        if (errors.Any)
        {
            return errors.ToError();
        }

        var payloadHash = Convert.ToHexStringLower(SHA256.HashData(parsed.Payload));
        var resultJson = submission.Result.ToJsonString();
        var resultHash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(resultJson)));
        if (await db.ValidationResults.AnyAsync(r => r.SubmissionId == submission.SubmissionId || r.PayloadHash == payloadHash || r.ResultHash == resultHash, ct))
        {
            return Error.Conflict(UniqueValues.SubmittedBefore, ErrorCodes.AlreadyExists);
        }

        var overall = submission.Result["overall"]!.AsObject();
        var outcomes = documentation
            ? DocumentationResult.Evaluate(overall, protocol.Document.Criteria)
            : Criteria.Evaluate(overall, protocol.Document.Criteria);
        var now = clock.GetUtcNow();
        var result = new ValidationResult(Guid.CreateVersion7(now), protocol, key.OrganisationId, key.Kid, submission.SubmissionId,
            payloadHash, request.Jws, resultJson, documentation ? DocumentationResult.Summarise(submission.Result) : Summarise(overall), outcomes, now);
        db.ValidationResults.Add(result);
        db.Audit.Action = AuditActions.ValidationResultSubmit;
        if (await db.TrySaveChangesAsync("the result", ct) is { } clash)
        {
            return clash;
        }

        return result;
    }

    /// <summary>The privacy and protocol checks on the result document itself.</summary>
    private static FieldErrors CheckResult(JsonObject result, ValidationProtocol protocol)
    {
        var errors = new FieldErrors();
        foreach (var key in result.Select(p => p.Key).Where(k => !ResultKeys.Contains(k)))
        {
            errors.Add($"payload.result.{key}", "Unknown part of a result; only aggregate metrics may be sent.");
        }

        if (result["overall"] is not JsonObject overall || Criteria.Read(overall, "n") is not { } n)
        {
            errors.Add("payload.result.overall", "The overall metric set with its row count 'n' is missing.");
            return errors;
        }

        if (n < protocol.Document.MinimumSampleSize)
        {
            errors.Add("payload.result.overall.n", $"The protocol needs at least {protocol.Document.MinimumSampleSize} rows; this result has {n}.");
        }

        if ((string?)result["metadata"]?["protocolId"] is { } stated && !string.Equals(stated, protocol.Id.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("payload.result.metadata.protocolId", "The result was computed for another protocol than the one submitted.");
        }

        var minCell = result["minCellSize"] is JsonValue m && m.TryGetValue<int>(out var size) ? size : 0;
        if (minCell < MinCellSize)
        {
            errors.Add("payload.result.minCellSize", $"Small cells must be suppressed below at least {MinCellSize} rows, positives and negatives.");
        }

        foreach (var (column, values) in result["subgroups"] as JsonObject ?? [])
        {
            foreach (var (value, cell) in values as JsonObject ?? [])
            {
                var at = $"payload.result.subgroups.{column}.{value}";
                if (cell is not JsonObject c)
                {
                    errors.Add(at, "Each subgroup cell is a metric set or {\"suppressed\": true}.");
                }
                else if (c["suppressed"] is JsonValue flag && flag.TryGetValue<bool>(out var suppressed) && suppressed)
                {
                    if (c.Count > 1)
                    {
                        errors.Add(at, "A suppressed cell must carry no numbers.");
                    }
                }
                else if (Criteria.Read(c, "n") is not { } rows || Criteria.Read(c, "positives") is not { } positives
                    || rows < MinCellSize || positives < MinCellSize || rows - positives < MinCellSize)
                {
                    errors.Add(at, $"A cell with fewer than {MinCellSize} rows, positives or negatives must be suppressed.");
                }
            }
        }

        return errors;
    }

    private static SiteSummary Summarise(JsonObject overall)
    {
        double? Read(string path) => Criteria.Read(overall, path);
        return new SiteSummary(
            (int)(Read("n") ?? 0), (int)(Read("positives") ?? 0), Read("auroc"), Read("aurocSe"),
            Read("aurocCi95.lower"), Read("aurocCi95.upper"), Read("calibrationSlope"), Read("brier"));
    }
}
