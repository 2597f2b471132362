using System.Text.Json;

namespace Baken.Engine.Value;

// The rateSet field both studies share: it must name a known set of the study's kind.
internal static class StudyRateSet
{
    public static RateSet? Find(JsonElement root, JsonFields fields, RateSetCatalog catalog, RateSetKind kind)
    {
        if (fields.String(root, "rateSet", "") is not { } id)
        {
            return null;
        }

        var wanted = kind == RateSetKind.Mkba ? "an MKBA" : "an HTA";
        var known = string.Join(", ", catalog.RateSets.Where(s => s.Kind == kind).Select(s => s.Id));
        if (catalog.Find(id) is not { } set)
        {
            fields.Add("rateSet", $"There is no rate set '{id}'. For {wanted} use one of: {known}.");
            return null;
        }

        if (set.Kind != kind)
        {
            fields.Add("rateSet", $"'{id}' is a rate set for {(set.Kind == RateSetKind.Mkba ? "an MKBA" : "an HTA")}. For {wanted} use one of: {known}.");
            return null;
        }

        return set;
    }
}
