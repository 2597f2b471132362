using System.Text.Json;

namespace Baken.Engine;

// The result documents write an undefined metric as null rather than leaving the key out, so every
// result has the same keys; this is that rule, once.
internal static class JsonWriting
{
    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
