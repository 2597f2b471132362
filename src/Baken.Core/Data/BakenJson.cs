using System.Text.Json;
using System.Text.Json.Serialization;

namespace Baken.Core.Data;

/// <summary>The one JSON shape for stored documents and the API: camelCase, enums in kebab-case.</summary>
public static class BakenJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>For input: unknown fields, wrong types and nulls in non-nullable fields are errors.</summary>
    public static readonly JsonSerializerOptions Strict = ConfigureStrict(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions ConfigureStrict(JsonSerializerOptions options)
    {
        Configure(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        return options;
    }

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }

    /// <summary>
    /// Field-level errors for a failed read: a missing required field is reported under its own
    /// name, everything else under the JSON path where reading stopped.
    /// </summary>
    public static Dictionary<string, string[]> FieldErrors(JsonException e, string prefix = "")
    {
        var message = e.Message;
        const string marker = "missing required properties including:";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        var parent = FieldPath(e.Path);
        if (at >= 0)
        {
            var names = message[(at + marker.Length)..].Split('.')[0]
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(n => n.Trim('\'', '"'));
            return names.ToDictionary(n => prefix + Join(parent, n), _ => new[] { "This field is required." });
        }

        return new Dictionary<string, string[]> { [prefix.Length > 0 && parent == "$" ? prefix.TrimEnd('.') : prefix + parent] = [Describe(e)] };
    }

    /// <summary>"$.certifications[0].regime" becomes "certifications[0].regime"; the root stays "$".</summary>
    public static string FieldPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string Join(string parent, string name) => parent == "$" ? name : parent + "." + name;

    /// <summary>A message for a client that says what is wrong without echoing internals.</summary>
    public static string Describe(JsonException e)
    {
        var message = e.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return "This field is unknown.";
        }

        if (message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var start = message.IndexOf(':', StringComparison.Ordinal);
            return "Required fields are missing: " + (start < 0 ? "" : message[(start + 1)..].Split('.')[0].Trim());
        }

        return e.Path is null or "$"
            ? "The body is not valid JSON of the expected shape."
            : "The value has the wrong type, is null where a value is required, or is not one of the allowed values.";
    }

    /// <summary>Parses an enum from its API spelling ("nursing-home-care").</summary>
    public static bool TryParseEnum<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(candidate.ToString()), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string EnumName<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
