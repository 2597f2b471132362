using System.Text.Json;

namespace Baken.Engine.Monitoring;

/// <summary>
/// Reads plan.json. Read by hand rather than deserialised so that the column order of the JSON
/// object is kept (it is the order of the result) and every problem is reported by its path.
/// </summary>
public static class MonitoringPlanJson
{
    /// <summary>The plan, or null with the problems found (never an exception for bad input).</summary>
    public static (MonitoringPlan? Plan, IReadOnlyList<string> Errors) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return (null, [$"not valid JSON: {e.Message}"]);
        }

        using (document)
        {
            var errors = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, ["the plan must be a JSON object."]);
            }

            var columns = Columns(root, errors);
            var subgroups = Strings(root, "subgroups", errors);
            var protocol = Protocol(root, errors);
            var plan = new MonitoringPlan
            {
                Columns = columns,
                Subgroups = subgroups,
                MinSampleSize = (int)Number(root, "minSampleSize", 100, errors),
                MinCellSize = (int)Number(root, "minCellSize", 10, errors),
                DriftShare = Number(root, "driftShare", 0.5, errors),
                Protocol = protocol ?? new MonitoringProtocol(0, 0, 0, 0, 0, 0),
            };
            if (errors.Count == 0)
            {
                errors.AddRange(plan.Check());
            }

            return errors.Count == 0 ? (plan, errors) : (null, errors);
        }
    }

    private static List<PlanColumn> Columns(JsonElement root, List<string> errors)
    {
        var columns = new List<PlanColumn>();
        if (!root.TryGetProperty("columns", out var element) || element.ValueKind != JsonValueKind.Object)
        {
            errors.Add("columns: required, an object of column name to 'label', 'numerical' or 'categorical'.");
            return columns;
        }

        foreach (var property in element.EnumerateObject())
        {
            ColumnType? type = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() switch
            {
                "label" => ColumnType.Label,
                "numerical" => ColumnType.Numerical,
                "categorical" => ColumnType.Categorical,
                _ => null,
            } : null;
            if (type is { } t)
            {
                columns.Add(new PlanColumn(property.Name, t));
            }
            else
            {
                errors.Add($"columns.{property.Name}: must be 'label', 'numerical' or 'categorical', found {property.Value.GetRawText()}.");
            }
        }

        return columns;
    }

    private static List<string> Strings(JsonElement root, string name, List<string> errors)
    {
        var values = new List<string>();
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return values;
        }

        if (element.ValueKind != JsonValueKind.Array || element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            errors.Add($"{name}: must be a list of column names.");
            return values;
        }

        values.AddRange(element.EnumerateArray().Select(e => e.GetString()!));
        return values;
    }

    private static MonitoringProtocol? Protocol(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("protocol", out var p) || p.ValueKind != JsonValueKind.Object)
        {
            errors.Add("protocol: required, an object with threshold, minAuroc, minSensitivity, minSpecificity and observedExpectedRatio.");
            return null;
        }

        var threshold = Required(p, "protocol.", "threshold", errors);
        var minAuroc = Required(p, "protocol.", "minAuroc", errors);
        var minSensitivity = Required(p, "protocol.", "minSensitivity", errors);
        var minSpecificity = Required(p, "protocol.", "minSpecificity", errors);
        if (!p.TryGetProperty("observedExpectedRatio", out var ratio) || ratio.ValueKind != JsonValueKind.Array
            || ratio.GetArrayLength() != 2 || ratio.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Number))
        {
            errors.Add("protocol.observedExpectedRatio: required, [lo, hi].");
            return null;
        }

        return new MonitoringProtocol(threshold, minAuroc, minSensitivity, minSpecificity, ratio[0].GetDouble(), ratio[1].GetDouble());
    }

    private static double Required(JsonElement parent, string path, string name, List<string> errors)
    {
        if (parent.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number)
        {
            return element.GetDouble();
        }

        errors.Add($"{path}{name}: required, a number.");
        return double.NaN;
    }

    private static double Number(JsonElement root, string name, double fallback, List<string> errors)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (element.ValueKind != JsonValueKind.Number)
        {
            errors.Add($"{name}: must be a number.");
            return fallback;
        }

        var value = element.GetDouble();
        if ((name is "minSampleSize" or "minCellSize") && value != Math.Floor(value))
        {
            errors.Add($"{name}: must be a whole number.");
        }

        return value;
    }
}
