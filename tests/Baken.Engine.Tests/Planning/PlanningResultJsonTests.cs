using System.Text.Json.Nodes;
using Baken.Engine.Planning;
using Baken.Engine.Planning.Hhcrsp;
using Baken.Engine.Planning.Inrc2;
using Baken.Engine.Planning.WorkingTime;

namespace Baken.Engine.Tests.Planning;

/// The result JSON: camelCase, the golden figures, and identifiers only under "detail".
public sealed class PlanningResultJsonTests
{
    private static readonly HashSet<string> IdentifyingKeys = ["patient", "staff", "nurse", "worker", "previousPatient", "route", "scenario", "x", "y"];

    [Fact]
    public void ToUtf8Bytes_HhcrspInfeasiblePlan_HasTheGoldenFiguresAndTheViolationInDetail()
    {
        var json = Hhcrsp("hhcrsp/instances/InstanzCPLEX_HCSRP_10_3.txt", "hhcrsp/plans/hh-pub-03_A3_infeasible_sync.csv");

        Assert.Equal(["taskType", "problem", "metadata", "overall", "workingTime", "comparison", "detail"], json.Select(p => p.Key));
        Assert.Equal(("planning", "hhcrsp"), ((string?)json["taskType"], (string?)json["problem"]));
        var overall = json["overall"]!;
        Assert.False((bool)overall["feasible"]!);
        Assert.Equal(305.859574, (double)overall["objective"]!, 1e-6);
        Assert.Equal(1, (int)overall["violationsByType"]!["sync_simultaneous"]!);
        Assert.Equal(0, (int)overall["violationsByType"]!["missing_service"]!);
        var violation = json["detail"]!["violations"]![0]!;
        Assert.Equal(("sync_simultaneous", 8, 5.0), ((string?)violation["type"], (int)violation["patient"]!, Math.Round((double)violation["gap"]!, 9)));
        Assert.Equal([3, 4], violation["services"]!.AsArray().Select(n => (int)n!));
        Assert.Equal([1, 2], violation["staff"]!.AsArray().Select(n => (int)n!));
        Assert.Equal(3, json["detail"]!["perStaff"]!.AsArray().Count);
        Assert.Matches("^[0-9a-f]{64}$", (string?)json["metadata"]!["instanceSha256"]);
    }

    [Fact]
    public void ToUtf8Bytes_HhcrspWithWorkingTime_KeepsPeopleOutOfTheAggregateKeys()
    {
        var json = Hhcrsp("hhcrsp/instances/InstanzVNS_HCSRP_100_6.txt", "hhcrsp/plans/hh-ext-07_E6_infeasible_timing_extra.csv", WorkingTimeRuleSet.Default);

        foreach (var key in PlanningResultJson.AggregateKeys)
        {
            Assert.DoesNotContain(Keys(json[key]), IdentifyingKeys.Contains);
        }

        Assert.Contains(Keys(json["detail"]), IdentifyingKeys.Contains);
        var rules = json["workingTime"]!["rules"]!.AsArray();
        Assert.Equal("notEvaluated", (string?)rules.Single(r => (string?)r!["id"] == "daily-rest")!["coverage"]);
        Assert.Equal("full", (string?)rules.Single(r => (string?)r!["id"] == "shift-length")!["coverage"]);
    }

    [Fact]
    public void ToUtf8Bytes_Inrc2InfeasibleRoster_HasTheValidatorCategoriesAndNoNurseNameOutsideDetail()
    {
        var golden = PlanningData.Golden("inrc2", "inrc-pub-04");
        var evaluation = Inrc2GoldenTests.Evaluate(golden);
        var validation = new Inrc2Validation(new PlanningMetadata("test", null, [("scenario", new string('0', 64))], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch),
            evaluation, null, [], null, null);

        var json = JsonNode.Parse(PlanningResultJson.ToUtf8Bytes(validation))!.AsObject();

        var overall = json["overall"]!;
        Assert.Equal((1, 1, 0, 0), ((int)overall["hardViolations"]!["minimalCoverage"]!, (int)overall["hardViolations"]!["requiredSkill"]!,
            (int)overall["hardViolations"]!["illegalSuccession"]!, (int)overall["hardViolations"]!["singleAssignment"]!));
        Assert.Equal((1695, 465, 195, 270), ((int)overall["totalCost"]!, (int)overall["softCosts"]!["consecutive"]!,
            (int)overall["consecutiveSplit"]!["sameShift"]!, (int)overall["consecutiveSplit"]!["workingDays"]!));
        Assert.NotNull(overall["coverage"]!["bySkill"]!["HeadNurse"]);
        var aggregate = string.Concat(PlanningResultJson.AggregateKeys.Select(k => json[k]?.ToJsonString()));
        Assert.All(evaluation.Instance.Scenario.Nurses, n => Assert.DoesNotContain($"\"{n.Name}\"", aggregate, StringComparison.Ordinal));
        Assert.Contains(json["detail"]!["hardViolations"]!.AsArray(), v => (string?)v!["nurse"] == "Sara" && (string?)v["type"] == "missing_skill");
    }

    private static JsonObject Hhcrsp(string instance, string plan, WorkingTimeRuleSet? rules = null)
    {
        var run = HhcrspValidator.Run(PlanningData.Read("instance", instance), PlanningData.Read("plan", plan), null, new HhcrspRunOptions { WorkingTime = rules });
        return JsonNode.Parse(PlanningResultJson.ToUtf8Bytes(run.Value!))!.AsObject();
    }

    private static IEnumerable<string> Keys(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Keys(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Keys),
        _ => [],
    };
}
