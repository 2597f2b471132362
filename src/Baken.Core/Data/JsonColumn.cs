using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baken.Core.Data;

/// <summary>
/// Stores a value object or list as a JSON text column. The same mapping works on SQLite and
/// PostgreSQL; register queries run on an in-memory read model, so no SQL filters into JSON.
/// </summary>
internal static class JsonColumn
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
    {
        var comparer = new ValueComparer<T>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(StringComparison.Ordinal),
            v => Deserialize<T>(Serialize(v)));
        property.HasConversion(v => Serialize(v), v => Deserialize<T>(v), comparer);
        return property;
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, BakenJson.Options);

    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, BakenJson.Options)!;
}
