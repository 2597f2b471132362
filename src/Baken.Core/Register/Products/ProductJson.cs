using System.Text.Json;
using System.Text.Json.Nodes;
using Baken.Core.Data;
using Baken.Core.Platform;

namespace Baken.Core.Register.Products;

/// <summary>
/// Reads product content from a JSON document strictly: unknown fields, wrong types, unknown
/// enum values and nulls in required fields are reported per field instead of being ignored.
/// </summary>
public static class ProductJson
{
    private static JsonSerializerOptions Strict => BakenJson.Strict;

    public static Result<ProductContent> Read(JsonObject document)
    {
        try
        {
            var content = document.Deserialize<ProductContent>(Strict);
            return content is null ? Error.Invalid("$", "A product document is required.") : content;
        }
        catch (JsonException e)
        {
            return Error.Invalid(BakenJson.FieldErrors(e));
        }
    }

    public static JsonObject Write(ProductContent content) =>
        JsonSerializer.SerializeToNode(content, Strict)!.AsObject();

    /// <summary>RFC 7396 JSON merge patch: objects merge, null removes, everything else replaces.</summary>
    public static JsonObject MergePatch(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch)
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else if (value is JsonObject patchObject && target[key] is JsonObject targetObject)
            {
                MergePatch(targetObject, patchObject);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }

        return target;
    }

}
