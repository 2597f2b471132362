using System.Text.Encodings.Web;
using System.Text.Json;
using Baken.Engine.Planning.WorkingTime;

namespace Baken.Engine.Planning;

/// <summary>
/// Writes planning results as camelCase JSON, by hand so that key order and nulls are fixed.
/// <para>
/// Privacy: the top-level keys <c>taskType</c>, <c>problem</c>, <c>metadata</c>, <c>overall</c>,
/// <c>workingTime</c> and <c>comparison</c> are AGGREGATE: counts, sums, shares, fixed names (violation
/// types, cost lines, rule ids, skill names of the scenario) and file hashes; no patient, staff or
/// nurse id, no coordinate, no time of a person's visit. Everything that identifies a person or a
/// visit is under <c>detail</c> (violations with patient/staff/nurse, per-staff routes, per-patient and
/// per-nurse figures, working-time violations, the scenario's name), which is for the organisation's own
/// use: <c>baken submit</c> must strip <c>detail</c> and send the aggregate keys only.
/// </para>
/// </summary>
public static partial class PlanningResultJson
{
    /// <summary>The task type marker of every planning result.</summary>
    public const string TaskType = "planning";

    /// <summary>The top-level keys that hold aggregate figures only (everything but <see cref="DetailKey"/>).</summary>
    public static IReadOnlyList<string> AggregateKeys { get; } = ["taskType", "problem", "metadata", "overall", "workingTime", "comparison"];

    /// <summary>The top-level key with identifiers, to be stripped before submission.</summary>
    public const string DetailKey = "detail";

    // Roles that come as a list of files (one per week) and are written as arrays of hashes.
    private static readonly HashSet<string> ListRoles = ["week", "solution", "baselineSolution"];

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] Write(string problem, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("taskType", TaskType);
            w.WriteString("problem", problem);
            body(w);
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteMetadata(Utf8JsonWriter w, PlanningMetadata m, WorkingTimeResult? workingTime)
    {
        w.WriteStartObject("metadata");
        w.WriteString("engineVersion", m.EngineVersion);
        w.WriteString("protocolId", m.ProtocolId);
        foreach (var group in m.Inputs.GroupBy(i => i.Role))
        {
            if (ListRoles.Contains(group.Key))
            {
                w.WriteStartArray(group.Key + "Sha256");
                foreach (var (_, sha) in group)
                {
                    w.WriteStringValue(sha);
                }

                w.WriteEndArray();
            }
            else
            {
                w.WriteString(group.Key + "Sha256", group.First().Sha256);
            }
        }

        w.WriteString("workingTimeRuleSet", workingTime?.RuleSet.Id);
        w.WriteString("startedAt", m.StartedAt);
        w.WriteString("finishedAt", m.FinishedAt);
        w.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter w, IReadOnlyList<FigureDifference> comparison, bool? baselineFeasible)
    {
        if (baselineFeasible is not { } feasible)
        {
            w.WriteNull("comparison");
            return;
        }

        w.WriteStartObject("comparison");
        w.WriteBoolean("baselineFeasible", feasible);
        w.WriteNumber("planBetter", comparison.Count(f => f.Better == "plan"));
        w.WriteNumber("baselineBetter", comparison.Count(f => f.Better == "baseline"));
        w.WriteNumber("equal", comparison.Count(f => f.Better == "equal"));
        w.WriteStartArray("figures");
        foreach (var f in comparison)
        {
            w.WriteStartObject();
            w.WriteString("figure", f.Figure);
            w.WriteNumberOrNull("plan", f.Plan);
            w.WriteNumberOrNull("baseline", f.Baseline);
            w.WriteNumberOrNull("difference", f.Difference);
            w.WriteString("betterWhen", f.BetterWhen == BetterWhen.Lower ? "lower" : "higher");
            w.WriteString("better", f.Better);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    // The aggregate part of a working-time check: per rule its coverage and counts, never who.
    private static void WriteWorkingTime(Utf8JsonWriter w, WorkingTimeResult? result)
    {
        if (result is null)
        {
            w.WriteNull("workingTime");
            return;
        }

        w.WriteStartObject("workingTime");
        w.WriteString("ruleSet", result.RuleSet.Id);
        w.WriteString("ruleSetVersion", result.RuleSet.Version);
        w.WriteString("status", result.RuleSet.Status);
        w.WriteBoolean("applied", result.Applied);
        w.WriteString("notAppliedReason", result.NotAppliedReason);
        w.WriteString("timesUsed", result.TimesUsed);
        w.WriteNumber("workers", result.Workers);
        w.WriteNumber("violations", result.Violations.Count);
        w.WriteNumber("workersAffected", result.Violations.Select(v => v.Worker).Distinct().Count());
        w.WriteStartArray("rules");
        foreach (var r in result.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Rule.Id);
            w.WriteString("kind", r.Rule.Kind);
            w.WriteString("article", r.Rule.Article);
            w.WriteString("coverage", r.Coverage switch { RuleCoverage.Full => "full", RuleCoverage.Partial => "partial", _ => "notEvaluated" });
            w.WriteString("note", r.Note);
            w.WriteNumber("violations", r.Violations);
            w.WriteNumber("workersAffected", r.WorkersAffected);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteWorkingTimeViolations(Utf8JsonWriter w, string name, WorkingTimeResult? result)
    {
        w.WriteStartArray(name);
        foreach (var v in result?.Violations ?? [])
        {
            w.WriteStartObject();
            w.WriteString("rule", v.RuleId);
            w.WriteString("worker", v.Worker);
            w.WriteNumber("fromHours", v.From);
            w.WriteNumber("toHours", v.To);
            w.WriteNumber("value", v.Value);
            w.WriteNumber("limit", v.Limit);
            w.WriteString("what", v.What);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
