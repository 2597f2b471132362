using System.Text.Json.Nodes;

namespace Baken.Testing.Builders;

/// <summary>Valid product documents for the API, with small overrides per test.</summary>
public static class ProductBuilder
{
    public static JsonObject Content(string slug, string? name = null) => new()
    {
        ["name"] = name ?? $"Product {slug}",
        ["slug"] = slug,
        ["shortDescription"] = "Helpt zorgverleners bij het maken van verslagen.",
        ["englishSummary"] = "Helps clinicians write reports.",
        ["intendedUse"] = "Ondersteuning bij verslaglegging.",
        ["applicationArea"] = "administrative",
        ["sectors"] = new JsonArray("hospital"),
        ["aiKind"] = "generative",
        ["task"] = "generation",
        ["phase"] = "implementation",
        ["certifications"] = new JsonArray(),
        ["standards"] = new JsonArray("fhir"),
        ["evidence"] = new JsonArray(),
        ["hostingRegion"] = "eu",
    };

    public static JsonObject Create(string slug, Guid? makerId = null, string? name = null)
    {
        var body = new JsonObject { ["content"] = Content(slug, name) };
        if (makerId is not null)
        {
            body["makerId"] = makerId.ToString();
        }

        return body;
    }
}
