using System.Text.Json.Nodes;

namespace Baken.Core.Register.Products;

/// <summary>Which top-level fields differ between two versions of a product's content.</summary>
public static class ProductDiff
{
    public static IReadOnlyList<string> ChangedFields(ProductContent? before, ProductContent after)
    {
        if (before is null)
        {
            return [];
        }

        var a = ProductJson.Write(before);
        var b = ProductJson.Write(after);
        return [.. a.Select(p => p.Key).Union(b.Select(p => p.Key))
            .Where(key => !JsonNode.DeepEquals(a[key], b[key]))
            .Order(StringComparer.Ordinal)];
    }
}
