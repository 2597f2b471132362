using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Validation;

namespace Baken.Cli.Submit;

/// <summary>
/// Turns a result file into the signed submission: the <see cref="Submission"/> serialised once to
/// UTF-8 (camelCase, the platform's JSON), and those exact bytes are what is shown, hashed, signed
/// and sent.
/// </summary>
internal static class SubmissionPayload
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The protocol the result was computed for, from <c>metadata.protocolId</c>.</summary>
    public static Guid? ProtocolId(JsonObject result) =>
        result["metadata"]?["protocolId"] is JsonValue value && value.TryGetValue<string>(out var text) && Guid.TryParse(text, out var id) ? id : null;

    public static Submission Build(JsonObject result, Guid protocolId, DateTimeOffset now) => new()
    {
        SubmissionId = Guid.NewGuid(),
        ProtocolId = protocolId,
        CreatedAt = now,
        Result = result,
    };

    public static byte[] Serialize(Submission submission) => JsonSerializer.SerializeToUtf8Bytes(submission, BakenJson.Options);

    /// <summary>The payload bytes re-indented for reading; same content, so the owner approves what is signed.</summary>
    public static string Display(byte[] payload) => JsonNode.Parse(payload)!.ToJsonString(Pretty);

    /// <summary>Lower-case hex SHA-256 of the payload: the platform stores the same hash, so the two can be matched later.</summary>
    public static string Hash(byte[] payload) => Convert.ToHexStringLower(SHA256.HashData(payload));

    /// <summary>ES256 compact JWS whose header names the key by its RFC 7638 thumbprint.</summary>
    public static string Sign(byte[] payload, ECDsa key) => ResultSignature.Sign(payload, key, (string)ResultSignature.PublicJwk(key)["kid"]!);
}
