using System.Text.Json;
using System.Text.RegularExpressions;
using Baken.Core.Data;

namespace Baken.Core.Classification;

/// <summary>
/// Reads and checks one rule-set file and compiles it into a <see cref="RuleSet"/>. Every problem
/// is collected with its JSON path, so a content author sees them all in one message. Besides the
/// shape it checks what a JSON Schema cannot: fact and outcome names, values in their domains,
/// references to sources, dates and consequences, unique ids, and that a catch-all case is last.
/// </summary>
internal sealed partial class RuleSetCompiler
{
    private static readonly Dictionary<string, (OutcomeField Field, string[]? Values)> Readable = new(StringComparer.Ordinal)
    {
        ["deviceClass"] = (OutcomeField.DeviceClass, DeviceClassOrder.All),
        ["notifiedBodyInvolved"] = (OutcomeField.NotifiedBodyInvolved, null),
        ["aiActHighRisk"] = (OutcomeField.AiActHighRisk, null),
        ["highRiskRoute"] = (OutcomeField.HighRiskRoute, ["art6-1", "annex-iii"]),
        ["incidentRoute"] = (OutcomeField.IncidentRoute, ["mdr-vigilance", "ivdr-vigilance", "ai-act-art73"]),
    };

    private static readonly string[] DateStatuses = ["confirmed", "unconfirmed"];
    private static readonly string[] TransparencyDuties = ["art50-1", "art50-2"];

    private readonly List<string> _problems = [];
    private readonly Dictionary<string, SourceDocument> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateDocument> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Consequence> _consequences = new(StringComparer.Ordinal);
    private string _urn = "";

    private RuleSetCompiler() { }

    /// <summary>The compiled rule set, or the list of problems ("path: message").</summary>
    public static (RuleSet? Rules, IReadOnlyList<string> Problems) Compile(ReadOnlySpan<byte> utf8Json)
    {
        var compiler = new RuleSetCompiler();
        JsonDocument json;
        RuleSetDocument? document;
        try
        {
            json = JsonDocument.Parse(utf8Json.ToArray(), new JsonDocumentOptions { AllowTrailingCommas = false });
            document = json.RootElement.Deserialize<RuleSetDocument>(BakenJson.Strict);
        }
        catch (JsonException e)
        {
            return (null, [$"{e.Path ?? "$"}: {e.Message}"]);
        }

        if (document is null)
        {
            return (null, ["$: the file holds no rule set."]);
        }

        var rules = compiler.Build(document, json.RootElement.Clone());
        return compiler._problems.Count == 0 ? (rules, []) : (null, compiler._problems);
    }

    private RuleSet Build(RuleSetDocument d, JsonElement root)
    {
        if (UrnPattern().Match(d.Id) is not { Success: true } urn)
        {
            Problem("$.id", "must look like 'urn:baken:classification:<major>.<minor>'.");
        }
        else if (!VersionPattern().IsMatch(d.Version) || !d.Version.StartsWith(urn.Groups[1].Value + ".", StringComparison.Ordinal))
        {
            Problem("$.version", $"must be '<major>.<minor>.<patch>' and start with the id's '{urn.Groups[1].Value}.'.");
        }

        _urn = d.Id;
        Text("$.title", d.Title);
        for (var i = 0; i < d.Sources.Count; i++)
        {
            Unique(_sources, $"$.sources[{i}].id", d.Sources[i].Id, d.Sources[i]);
            Text($"$.sources[{i}].citation", d.Sources[i].Citation);
        }

        for (var i = 0; i < d.Dates.Count; i++)
        {
            var date = d.Dates[i];
            Unique(_dates, $"$.dates[{i}].id", date.Id, date);
            if (!DateStatuses.Contains(date.Status, StringComparer.Ordinal))
            {
                Problem($"$.dates[{i}].status", $"must be one of {string.Join(", ", DateStatuses)}.");
            }

            Cite($"$.dates[{i}].source", [date.Source]);
            if (date.Proposed is { } proposed)
            {
                Cite($"$.dates[{i}].proposed.source", [proposed.Source]);
            }
        }

        for (var i = 0; i < d.Consequences.Count; i++)
        {
            var c = d.Consequences[i];
            var at = $"$.consequences[{i}]";
            if (c.Nl is { } dutch)
            {
                Text($"{at}.nl.title", dutch.Title);
            }

            _dates.TryGetValue(c.AppliesFrom, out var date);
            if (date is null)
            {
                Problem($"{at}.appliesFrom", $"'{c.AppliesFrom}' is not a date id of this rule set.");
            }

            Unique(_consequences, $"{at}.id", c.Id, new Consequence(
                $"{_urn}:consequence:{c.Id}", c.Article, c.Title, Cite($"{at}.source", [c.Source]),
                date?.Date ?? default, date?.Status ?? "", date?.Proposed?.Date));
        }

        var constraints = d.Constraints.Select((c, i) =>
        {
            var at = $"$.constraints[{i}]";
            if (FactCatalog.Find(c.Field) is null)
            {
                Problem($"{at}.field", $"'{c.Field}' is not a fact.");
            }

            Text($"{at}.message", c.Message);
            return new Constraint(c.Id, c.Field, Condition($"{at}.when", c.When), Condition($"{at}.require", c.Require), c.Message);
        }).ToArray();
        var constraintIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Constraints.Count; i++)
        {
            if (!constraintIds.Add(d.Constraints[i].Id))
            {
                Problem($"$.constraints[{i}].id", $"'{d.Constraints[i].Id}' is used twice.");
            }
        }

        var stepIds = new HashSet<string>(StringComparer.Ordinal);
        var steps = new Step[d.Steps.Count];
        for (var i = 0; i < d.Steps.Count; i++)
        {
            if (!IdPattern().IsMatch(d.Steps[i].Id) || !stepIds.Add(d.Steps[i].Id))
            {
                Problem($"$.steps[{i}].id", $"'{d.Steps[i].Id}' must be a unique kebab-case id.");
            }

            steps[i] = Step($"$.steps[{i}]", d.Steps[i]);
        }

        if (steps.Length == 0)
        {
            Problem("$.steps", "a rule set needs at least one step.");
        }

        return new RuleSet(new RuleSetRef(d.Id, d.Version), d.Published, d.Title, root, constraints, steps);
    }

    private Step Step(string at, StepDocument s)
    {
        Text($"{at}.question.en", s.Question.En);
        Text($"{at}.question.nl", s.Question.Nl);
        if (s.Help is { } help)
        {
            Text($"{at}.help.en", help.En);
            Text($"{at}.help.nl", help.Nl);
        }

        var legalSource = Cite($"{at}.sources", s.Sources);
        var when = s.When is { } w ? Condition($"{at}.when", w) : null;
        var urn = $"{_urn}:step:{s.Id}";
        var cases = new Case[s.Cases.Count];
        var writes = OutcomeField.None;
        for (var i = 0; i < s.Cases.Count; i++)
        {
            var c = s.Cases[i];
            var caseAt = $"{at}.cases[{i}]";
            if (c.When is null && i != s.Cases.Count - 1)
            {
                Problem($"{caseAt}.when", "only the last case may have no condition; the cases after it could never apply.");
            }

            Text($"{caseAt}.answer", c.Answer);
            Text($"{caseAt}.conclusion", c.Conclusion);
            if (c.Nl is { } dutch)
            {
                Text($"{caseAt}.nl.answer", dutch.Answer);
                Text($"{caseAt}.nl.conclusion", dutch.Conclusion);
            }

            var effects = Effects(caseAt, c);
            foreach (var effect in effects)
            {
                writes |= effect.Field;
            }

            cases[i] = new Case(c.When is { } cw ? Condition($"{caseAt}.when", cw) : null,
                new TrailStep(urn, s.Question.En, c.Answer, c.Conclusion, legalSource), effects);
        }

        if (cases.Length == 0)
        {
            Problem($"{at}.cases", "a step needs at least one case.");
        }

        return new Step(s.Id, s.Question.En, when, cases, writes);
    }

    private Assignment[] Effects(string at, CaseDocument c)
    {
        var effects = new List<Assignment>();
        foreach (var (name, json) in c.Set ?? [])
        {
            if (Setting($"{at}.set.{name}", name, json) is { } a)
            {
                effects.Add(a);
            }
        }

        foreach (var (name, json) in c.Raise ?? [])
        {
            if (name != "deviceClass")
            {
                Problem($"{at}.raise.{name}", "only 'deviceClass' can be raised.");
            }
            else if (Setting($"{at}.raise.{name}", name, json) is { } a)
            {
                effects.Add(a with { Kind = AssignmentKind.Raise });
            }
        }

        foreach (var (name, values) in c.Add ?? [])
        {
            for (var i = 0; i < values.Count; i++)
            {
                var valueAt = $"{at}.add.{name}[{i}]";
                switch (name)
                {
                    case "transparencyDuties" when TransparencyDuties.Contains(values[i], StringComparer.Ordinal):
                        effects.Add(new Assignment(AssignmentKind.Add, OutcomeField.TransparencyDuties, Value.Of(values[i]), null));
                        break;
                    case "transparencyDuties":
                        Problem(valueAt, $"must be one of {string.Join(", ", TransparencyDuties)}.");
                        break;
                    case "consequences" when _consequences.TryGetValue(values[i], out var consequence):
                        effects.Add(new Assignment(AssignmentKind.Add, OutcomeField.Consequences, default, consequence));
                        break;
                    case "consequences":
                        Problem(valueAt, $"'{values[i]}' is not a consequence id of this rule set.");
                        break;
                    default:
                        Problem($"{at}.add.{name}", "only 'transparencyDuties' and 'consequences' take additions.");
                        break;
                }
            }
        }

        return [.. effects];
    }

    private Assignment? Setting(string at, string name, JsonElement json)
    {
        if (!Readable.TryGetValue(name, out var field))
        {
            Problem(at, $"'{name}' is not an outcome field; use one of {string.Join(", ", Readable.Keys)}.");
            return null;
        }

        var value = ValueIn(at, json, field.Values, nullAllowed: false);
        return value is { } v ? new Assignment(AssignmentKind.Set, field.Field, v, null) : null;
    }

    private string Cite(string at, List<SourceRefDocument> refs)
    {
        if (refs.Count == 0)
        {
            Problem(at, "every step cites at least one legal source.");
        }

        var parts = new List<string>(refs.Count);
        for (var i = 0; i < refs.Count; i++)
        {
            if (!_sources.TryGetValue(refs[i].Ref, out var source))
            {
                Problem(refs.Count == 1 && !at.EndsWith('s') ? $"{at}.ref" : $"{at}[{i}].ref", $"'{refs[i].Ref}' is not a source id of this rule set.");
                continue;
            }

            parts.Add(refs[i].At is { Length: > 0 } pinpoint ? $"{source.Citation}, {pinpoint}" : source.Citation);
        }

        return string.Join("; ", parts);
    }

    private void Unique<T>(Dictionary<string, T> seen, string at, string id, T value)
    {
        if (!IdPattern().IsMatch(id))
        {
            Problem(at, $"'{id}' must be a kebab-case id.");
        }

        if (!seen.TryAdd(id, value))
        {
            Problem(at, $"'{id}' is used twice.");
        }
    }

    private void Text(string at, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(at, "must not be empty.");
        }
    }

    private Condition Invalid(string at, string message)
    {
        Problem(at, message);
        return AlwaysCondition.Instance;
    }

    private void Problem(string at, string message) => _problems.Add($"{at}: {message}");

    [GeneratedRegex(@"^urn:baken:classification:(\d+\.\d+)$")]
    private static partial Regex UrnPattern();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
