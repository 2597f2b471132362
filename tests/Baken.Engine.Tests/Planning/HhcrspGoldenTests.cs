using System.Text.Json;
using Baken.Engine.Planning.Hhcrsp;

namespace Baken.Engine.Tests.Planning;

/// Every HHCRSP golden case through the real readers: the verdict, the violation multiset with the
/// figures that explain each violation, the objective and its parts, and the per-staff figures.
public sealed class HhcrspGoldenTests
{
    private const double Tolerance = 1e-6;

    public static TheoryData<string> Cases() => PlanningData.Cases("hhcrsp");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_GoldenCase_ReportsTheGoldenViolations(string caseId)
    {
        var golden = PlanningData.Golden("hhcrsp", caseId);
        var result = Check(golden);

        Assert.Equal(golden.GetProperty("feasible").GetBoolean(), result.Feasible);
        var expected = golden.GetProperty("violations").EnumerateArray().Select(GoldenKey).Order(StringComparer.Ordinal);
        Assert.Equal(expected, result.Violations.Select(Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_GoldenCase_ReproducesTheObjectiveAndItsParts(string caseId)
    {
        var golden = PlanningData.Golden("hhcrsp", caseId);
        var result = Check(golden);

        AssertClose(golden, "total_distance", result.TotalDistance);
        AssertClose(golden, "total_tardiness", result.TotalTardiness);
        AssertClose(golden, "max_tardiness", result.MaxTardiness);
        AssertClose(golden, "objective", result.Objective);
        var weights = golden.GetProperty("weights");
        Assert.Equal(weights.GetProperty("distance").GetDouble(), result.Weights.Distance, Tolerance);
        Assert.Equal(weights.GetProperty("total_tardiness").GetDouble(), result.Weights.TotalTardiness, Tolerance);
        Assert.Equal(weights.GetProperty("max_tardiness").GetDouble(), result.Weights.MaxTardiness, Tolerance);
        Assert.Equal(golden.GetProperty("tardy_services").GetInt32(), result.TardyServices);
        Assert.Equal(golden.GetProperty("required_services").GetInt32(), result.RequiredServices);
        Assert.Equal(golden.GetProperty("covered_services").GetInt32(), result.CoveredServices);
        AssertClose(golden, "coverage_ratio", result.CoverageRatio!.Value);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_GoldenCase_ReproducesThePerStaffFiguresAndInstanceSize(string caseId)
    {
        var golden = PlanningData.Golden("hhcrsp", caseId);
        var result = Check(golden);

        Assert.Equal((golden.GetProperty("patients").GetInt32(), golden.GetProperty("staff_count").GetInt32(), golden.GetProperty("service_types").GetInt32()), result.Size);
        var kinds = golden.GetProperty("patient_kinds");
        Assert.Equal((kinds.GetProperty("single").GetInt32(), kinds.GetProperty("simultaneous").GetInt32(), kinds.GetProperty("precedence").GetInt32()), result.PatientKinds);
        var perStaff = golden.GetProperty("per_staff").EnumerateArray().ToList();
        Assert.Equal(perStaff.Count, result.PerStaff.Count);
        foreach (var expected in perStaff)
        {
            var actual = result.PerStaff[expected.GetProperty("staff").GetInt32()];
            Assert.Equal(expected.GetProperty("visits").GetInt32(), actual.Visits.Count);
            AssertClose(expected, "travel_distance", actual.TravelDistance);
            AssertClose(expected, "return_time", actual.ReturnTime);
            AssertClose(expected, "waiting_time", actual.WaitingTime);
        }
    }

    internal static HhcrspResult Check(JsonElement golden)
    {
        var instance = HhcrspInstanceReader.Read(PlanningData.Read("instance", golden.GetProperty("instance_file").GetString()!));
        var plan = HhcrspPlanReader.Read(PlanningData.Read("plan", golden.GetProperty("plan_file").GetString()!));
        Assert.True(instance.Succeeded, string.Join(Environment.NewLine, instance.Issues));
        Assert.True(plan.Succeeded, string.Join(Environment.NewLine, plan.Issues));
        return HhcrspChecker.Check(instance.Value!, plan.Value!);
    }

    private static void AssertClose(JsonElement expected, string name, double actual) =>
        Assert.True(Math.Abs(expected.GetProperty(name).GetDouble() - actual) <= Tolerance, $"{name}: expected {expected.GetProperty(name)}, computed {actual:R}");

    // A violation as (type, patient, services, staff) plus its explaining figures, rounded to the tolerance.
    private static string GoldenKey(JsonElement v)
    {
        string S(string name) => v.TryGetProperty(name, out var p)
            ? p.ValueKind switch
            {
                JsonValueKind.Array => string.Join(',', p.EnumerateArray().Select(e => e.GetInt32())),
                JsonValueKind.Number when name is "staff" or "patient" or "service" or "count" or "previous_patient" or "row" => p.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
                JsonValueKind.Number => Round(p.GetDouble()),
                _ => p.ToString(),
            }
            : "";
        return string.Join('|', S("type"), S("patient"), S("service"), S("services"), S("staff"), S("count"), S("start"), S("earliest"),
            S("earliest_possible"), S("previous_patient"), S("gap"), S("min_gap"), S("max_gap"));
    }

    private static string Key(HhcrspViolation v)
    {
        static string I(int? x) => x?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        static string R(double? x) => x is { } d ? Round(d) : "";
        return string.Join('|', v.Type, I(v.Patient), I(v.Service), v.Services is { } s ? string.Join(',', s) : "",
            v.StaffPair is { } pair ? string.Join(',', pair) : I(v.Staff), I(v.Count), R(v.Start), R(v.Earliest), R(v.EarliestPossible),
            I(v.PreviousPatient), R(v.Gap), R(v.MinGap), R(v.MaxGap));
    }

    private static string Round(double value) => Math.Round(value, 5).ToString("F5", System.Globalization.CultureInfo.InvariantCulture);
}
