using Baken.Engine.Planning;
using Baken.Engine.Planning.Hhcrsp;

namespace Baken.Engine.Tests.Planning;

/// The A3 instance and its feasible published plan (hh-pub-01), to change one thing at a time.
internal static class HhcrspCraftedPlans
{
    public const string InstancePath = "hhcrsp/instances/InstanzCPLEX_HCSRP_10_3.txt";
    public const string FeasiblePath = "hhcrsp/plans/hh-pub-01_A3_brkga.csv";

    public static HhcrspInstance A3 { get; } = HhcrspInstanceReader.Read(PlanningData.Read("instance", InstancePath)).Value!;

    public static string FeasibleText { get; } = File.ReadAllText(PlanningData.PathOf(FeasiblePath));

    /// The feasible plan with one row replaced (matched on its whole text; null removes it) or rows appended.
    public static HhcrspResult Check(string? replace = null, string? with = null, params string[] append) =>
        Check(replace is null ? [] : [(replace, with)], append);

    /// The feasible plan with several rows replaced.
    public static HhcrspResult Check(IEnumerable<(string Row, string? With)> replacements, params string[] append)
    {
        var text = FeasibleText;
        foreach (var (replace, with) in replacements)
        {
            Assert.Contains(replace + "\n", text, StringComparison.Ordinal);
            text = text.Replace(replace + "\n", with is null ? "" : with + "\n", StringComparison.Ordinal);
        }

        text += string.Concat(append.Select(a => a + "\n"));
        var plan = HhcrspPlanReader.Read(PlanningFile.FromText("plan", "crafted.csv", text));
        Assert.True(plan.Succeeded, string.Join(Environment.NewLine, plan.Issues));
        return HhcrspChecker.Check(A3, plan.Value!);
    }
}
