using System.Globalization;
using System.Text.Json;

namespace Baken.Engine.Value;

// Reads fields of a parsed JSON document and collects every problem, keyed by its path, instead of
// stopping at the first: a study author fixes all of them in one go. Fields that are not asked
// for are never looked at, so a study file may carry notes and extra fields of its own.
internal sealed class JsonFields
{
    // Far beyond any health budget, far inside decimal's range even after discounting at -50% for
    // 500 years; a larger figure is a typing error, not a study.
    public const decimal MaxMagnitude = 1e15m;

    private readonly List<InputError> _errors = [];

    public IReadOnlyList<InputError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public static string At(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string At(string path, int index) => $"{path}[{index.ToString(CultureInfo.InvariantCulture)}]";

    public void Add(string path, string message) => _errors.Add(new InputError(path, message));

    /// <summary>Parses the document; null (with an error at <c>$</c>) when it is not JSON or not an object.</summary>
    public JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, string what)
    {
        // Editors on Windows often start a UTF-8 file with a byte order mark, which the parser refuses.
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        try
        {
            var document = JsonDocument.Parse(utf8Json);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
            Add("$", $"The {what} must be a JSON object ({{ ... }}).");
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            Add("$", $"The {what} is not valid JSON (line {line.ToString(CultureInfo.InvariantCulture)}, position {column.ToString(CultureInfo.InvariantCulture)}).");
        }

        return null;
    }

    public string? String(JsonElement parent, string name, string path, bool required = true)
    {
        var at = At(path, name);
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(at, "Required, and missing.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Add(at, "Must be a non-empty text.");
            return null;
        }

        return value.GetString()!;
    }

    public decimal? Number(JsonElement parent, string name, string path, bool required = true)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(At(path, name), "Required, and missing.");
            }

            return null;
        }

        return Number(value, At(path, name));
    }

    public decimal? Number(JsonElement value, string at)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            // JSON has no NaN or infinity; they arrive as text from tools that write them anyway.
            Add(at, $"Must be a finite number, not the text \"{Shorten(value.GetString())}\".");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            Add(at, $"Must be a number, not {Describe(value.ValueKind)}.");
            return null;
        }

        if (!value.TryGetDecimal(out var number) || Math.Abs(number) > MaxMagnitude)
        {
            Add(at, "Must be a finite number between -1e15 and 1e15.");
            return null;
        }

        return number;
    }

    public double? Fraction(JsonElement parent, string name, string path, bool required = true) =>
        Number(parent, name, path, required) is { } d ? (double)d : null;

    /// <summary>An array of numbers, at least one and at most <paramref name="maxLength"/>; null when any entry is bad.</summary>
    public decimal[]? Numbers(JsonElement parent, string name, string path, int maxLength)
    {
        var at = At(path, name);
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Add(at, "Required, and missing.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(at, "Must be a list of numbers, one per year from year 0.");
            return null;
        }

        var length = value.GetArrayLength();
        if (length == 0)
        {
            Add(at, "Is empty: give at least the value for year 0.");
            return null;
        }

        if (length > maxLength)
        {
            Add(at, $"Has {length.ToString(CultureInfo.InvariantCulture)} years; at most {maxLength.ToString(CultureInfo.InvariantCulture)} are accepted.");
            return null;
        }

        var numbers = new decimal[length];
        var ok = true;
        var i = 0;
        foreach (var entry in value.EnumerateArray())
        {
            if (Number(entry, At(at, i)) is { } n)
            {
                numbers[i] = n;
            }
            else
            {
                ok = false;
            }

            i++;
        }

        return ok ? numbers : null;
    }

    public JsonElement? Object(JsonElement parent, string name, string path, bool required = true)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Add(At(path, name), "Required, and missing.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Add(At(path, name), $"Must be an object ({{ ... }}), not {Describe(value.ValueKind)}.");
            return null;
        }

        return value;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text : text[..20] + "…";
}
