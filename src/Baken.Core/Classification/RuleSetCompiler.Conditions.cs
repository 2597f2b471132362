using System.Text.Json;

namespace Baken.Core.Classification;

// Conditions and values: checked against the facts and outcome fields the code knows.
internal sealed partial class RuleSetCompiler
{
    private Condition Condition(string at, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            Problem(at, "a condition is an object.");
            return AlwaysCondition.Instance;
        }

        var names = json.EnumerateObject().Select(p => p.Name).ToArray();
        if (names is ["all"] or ["any"])
        {
            var list = json.GetProperty(names[0]);
            if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                Problem($"{at}.{names[0]}", "must be a non-empty list of conditions.");
                return AlwaysCondition.Instance;
            }

            var operands = list.EnumerateArray().Select((o, i) => Condition($"{at}.{names[0]}[{i}]", o)).ToArray();
            return names[0] == "all" ? new AllCondition(operands) : new AnyCondition(operands);
        }

        if (names is ["not"])
        {
            return new NotCondition(Condition($"{at}.not", json.GetProperty("not")));
        }

        if (names.Length == 2 && (names.Contains("fact") || names.Contains("outcome")))
        {
            var subject = names.Contains("fact") ? "fact" : "outcome";
            var test = names.Single(n => n != subject);
            var name = json.GetProperty(subject).ValueKind == JsonValueKind.String ? json.GetProperty(subject).GetString()! : "";
            return subject == "fact" ? FactCondition(at, name, test, json.GetProperty(test)) : OutcomeCondition(at, name, test, json.GetProperty(test));
        }

        Problem(at, "use {\"fact\"|\"outcome\": name, \"equals\"|\"in\"|\"present\": ...}, {\"all\": [...]}, {\"any\": [...]} or {\"not\": {...}}.");
        return AlwaysCondition.Instance;
    }

    private Condition FactCondition(string at, string name, string test, JsonElement operand)
    {
        if (FactCatalog.Find(name) is not { } fact)
        {
            Problem($"{at}.fact", $"'{name}' is not a fact; use one of {string.Join(", ", FactCatalog.All.Select(f => f.Name))}.");
            return AlwaysCondition.Instance;
        }

        if (test == "present")
        {
            return operand.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? new FactPresent(fact.Fact, operand.GetBoolean())
                : Invalid($"{at}.present", "must be true or false.");
        }

        var values = Values($"{at}.{test}", test, operand, fact.Values, fact.NullIsAnswer);
        return values is null ? AlwaysCondition.Instance : new FactIn(fact, values);
    }

    private Condition OutcomeCondition(string at, string name, string test, JsonElement operand)
    {
        if (!Readable.TryGetValue(name, out var field))
        {
            Problem($"{at}.outcome", $"'{name}' cannot be read; use one of {string.Join(", ", Readable.Keys)}.");
            return AlwaysCondition.Instance;
        }

        if (test == "present")
        {
            return operand.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? new OutcomePresent(field.Field, operand.GetBoolean())
                : Invalid($"{at}.present", "must be true or false.");
        }

        var values = Values($"{at}.{test}", test, operand, field.Values, nullAllowed: false);
        return values is null ? AlwaysCondition.Instance : new OutcomeIn(field.Field, values);
    }

    private Value[]? Values(string at, string test, JsonElement operand, string[]? domain, bool nullAllowed)
    {
        switch (test)
        {
            case "equals":
                return ValueIn(at, operand, domain, nullAllowed) is { } v ? [v] : null;
            case "in" when operand.ValueKind == JsonValueKind.Array && operand.GetArrayLength() > 0:
                var values = operand.EnumerateArray().Select((o, i) => ValueIn($"{at}[{i}]", o, domain, nullAllowed)).ToArray();
                return values.All(v => v is not null) ? [.. values.Select(v => v!.Value)] : null;
            case "in":
                Problem(at, "must be a non-empty list of values.");
                return null;
            default:
                Problem(at, "the test must be 'equals', 'in' or 'present'.");
                return null;
        }
    }

    private Value? ValueIn(string at, JsonElement json, string[]? domain, bool nullAllowed)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.True or JsonValueKind.False when domain is null:
                return Value.Of(json.GetBoolean());
            case JsonValueKind.String when domain is not null && domain.Contains(json.GetString(), StringComparer.Ordinal):
                return Value.Of(json.GetString()!);
            case JsonValueKind.Null when nullAllowed:
                return Value.Null;
            default:
                Problem(at, domain is null ? "must be true or false." : $"must be one of {string.Join(", ", domain)}{(nullAllowed ? " or null" : "")}.");
                return null;
        }
    }
}
