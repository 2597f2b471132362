using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Baken.Engine.Value;

// The rate-set content format (schema baken.value-rate-sets/1), checked field by field so that a
// wrong content file is refused with the exact place of each mistake.
internal static partial class RateSetReader
{
    public const string SchemaName = "baken.value-rate-sets/1";

    public static List<RateSet> Read(ReadOnlyMemory<byte> utf8Json, out IReadOnlyList<InputError> errors)
    {
        var fields = new JsonFields();
        var sets = new List<RateSet>();
        using (var document = fields.Parse(utf8Json, "rate-set file"))
        {
            if (document is not null)
            {
                ReadDocument(document.RootElement, fields, sets);
            }
        }

        errors = fields.Errors;
        return sets;
    }

    private static void ReadDocument(JsonElement root, JsonFields fields, List<RateSet> sets)
    {
        if (fields.String(root, "schema", "") is { } schema && schema != SchemaName)
        {
            fields.Add("schema", $"Expected '{SchemaName}'.");
        }

        var references = new Dictionary<string, ReferenceValueSet>(StringComparer.Ordinal);
        foreach (var (item, at) in Items(root, "referenceValues", fields, required: false))
        {
            if (ReadReferenceValues(item, at, fields) is { } set && !references.TryAdd(set.Id, set))
            {
                fields.Add(JsonFields.At(at, "id"), $"The id '{set.Id}' is used twice.");
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, at) in Items(root, "rateSets", fields, required: true))
        {
            if (ReadRateSet(item, at, fields, references) is { } set)
            {
                if (ids.Add(set.Id))
                {
                    sets.Add(set);
                }
                else
                {
                    fields.Add(JsonFields.At(at, "id"), $"The id '{set.Id}' is used twice.");
                }
            }
        }
    }

    private static RateSet? ReadRateSet(JsonElement item, string at, JsonFields fields, Dictionary<string, ReferenceValueSet> references)
    {
        var before = fields.Errors.Count;
        var (id, name, source, published, validFrom, unconfirmed) = ReadHeader(item, at, fields);
        var kindText = fields.String(item, "kind", at);
        RateSetKind? kind = kindText switch
        {
            null => null,
            "mkba" => RateSetKind.Mkba,
            "hta" => RateSetKind.Hta,
            _ => null,
        };
        if (kindText is not null && kind is null)
        {
            fields.Add(JsonFields.At(at, "kind"), "Must be \"mkba\" or \"hta\".");
        }

        var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
        int? maxYears = null;
        ReferenceValueSet? referenceValues = null;
        if (kind is { } k && fields.Object(item, "rates", at) is { } ratesElement)
        {
            var ratesAt = JsonFields.At(at, "rates");
            foreach (var rateName in RateSet.RateNames(k))
            {
                if (fields.Number(ratesElement, rateName, ratesAt) is { } rate)
                {
                    if (rate is <= -0.5m or >= 1m)
                    {
                        fields.Add(JsonFields.At(ratesAt, rateName), "A yearly rate must lie between -0.5 and 1 (a fraction: 0.03 is 3%).");
                    }

                    rates[rateName] = rate;
                }
            }

            foreach (var extra in ratesElement.EnumerateObject().Where(p => !RateSet.RateNames(k).Contains(p.Name)))
            {
                fields.Add(JsonFields.At(ratesAt, extra.Name), $"Not a rate of a {kindText} rate set (expected {string.Join(", ", RateSet.RateNames(k))}).");
            }

            if (k == RateSetKind.Mkba && fields.Number(item, "maxYearsAtNegativeRate", at, required: false) is { } years)
            {
                if (years < 1 || years % 1 != 0 || years > 1000)
                {
                    fields.Add(JsonFields.At(at, "maxYearsAtNegativeRate"), "Must be a whole number of years, at least 1.");
                }

                maxYears = (int)Math.Clamp(years, 1, 1000);
            }

            if (k == RateSetKind.Hta && fields.String(item, "referenceValues", at) is { } referenceId
                && !references.TryGetValue(referenceId, out referenceValues))
            {
                fields.Add(JsonFields.At(at, "referenceValues"), $"No reference values with id '{referenceId}' in this file.");
            }
        }

        return fields.Errors.Count == before
            ? new RateSet(id!, kind!.Value, name!, source!, published!.Value, validFrom!.Value, unconfirmed, rates, maxYears, referenceValues)
            : null;
    }

    private static ReferenceValueSet? ReadReferenceValues(JsonElement item, string at, JsonFields fields)
    {
        var before = fields.Errors.Count;
        var (id, name, source, published, validFrom, unconfirmed) = ReadHeader(item, at, fields);
        var bands = new List<ReferenceBand>();
        foreach (var (band, bandAt) in Items(item, "bands", fields, required: true, path: at))
        {
            var from = fields.Fraction(band, "from", bandAt);
            var to = fields.Fraction(band, "to", bandAt);
            var value = fields.Number(band, "valuePerQaly", bandAt);
            if (from is not { } f || to is not { } t || value is not { } v)
            {
                continue;
            }

            if (!(f is >= 0 and <= 1) || !(t >= f && t <= 1))
            {
                fields.Add(bandAt, "A band needs 0 <= from <= to <= 1.");
            }
            else if (bands.Count > 0 && f <= bands[^1].To)
            {
                fields.Add(JsonFields.At(bandAt, "from"), "Bands must ascend without overlap: from must be above the previous band's to.");
            }

            if (v <= 0)
            {
                fields.Add(JsonFields.At(bandAt, "valuePerQaly"), "Must be a positive amount in euro.");
            }

            bands.Add(new ReferenceBand(f, t, v));
        }

        return fields.Errors.Count == before ? new ReferenceValueSet(id!, name!, source!, published!.Value, validFrom!.Value, unconfirmed, bands) : null;
    }

    private static (string? Id, string? Name, string? Source, DateOnly? Published, DateOnly? ValidFrom, bool Unconfirmed) ReadHeader(
        JsonElement item, string at, JsonFields fields)
    {
        var id = fields.String(item, "id", at);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            fields.Add(JsonFields.At(at, "id"), "Use lower-case letters, digits and single hyphens, e.g. zin-2024.");
        }

        var name = fields.String(item, "name", at);
        var source = fields.String(item, "source", at);
        var published = Date(item, "publishedOn", at, fields);
        var validFrom = Date(item, "validFrom", at, fields);
        var status = fields.String(item, "status", at, required: false);
        if (status is not (null or "confirmed" or "unconfirmed"))
        {
            fields.Add(JsonFields.At(at, "status"), "Must be \"confirmed\" or \"unconfirmed\".");
        }

        return (id, name, source, published, validFrom, status == "unconfirmed");
    }

    private static DateOnly? Date(JsonElement item, string name, string at, JsonFields fields)
    {
        if (fields.String(item, name, at) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fields.Add(JsonFields.At(at, name), "Must be a date written as yyyy-MM-dd.");
        return null;
    }

    private static IEnumerable<(JsonElement Item, string At)> Items(JsonElement parent, string name, JsonFields fields, bool required, string path = "")
    {
        var at = JsonFields.At(path, name);
        if (!parent.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                fields.Add(at, "Required, and missing.");
            }

            yield break;
        }

        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            fields.Add(at, "Must be a non-empty list.");
            yield break;
        }

        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemAt = JsonFields.At(at, i++);
            if (item.ValueKind == JsonValueKind.Object)
            {
                yield return (item, itemAt);
            }
            else
            {
                fields.Add(itemAt, "Must be an object ({ ... }).");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
