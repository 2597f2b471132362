namespace Baken.Engine.Tests.Value;

/// Paths of the value content in the repository, and small study documents for the tests.
internal static class ValueFiles
{
    public static string Content { get; } = Locate();

    public static string TestRateSets => Path.Combine(AppContext.BaseDirectory, "Value", "rate-sets-test.json");

    // The worked example of the brief: careProviders pay 1.2M and 150k, then gain 50k, 200k and
    // 250k a year up to year 9.
    public const string WorkedExample = """
        {
          "rateSet": "discontovoet-2020",
          "title": "an extra field the engine ignores",
          "items": [
            { "stakeholder": "careProviders", "name": "AI triage", "kind": "standard",
              "flows": [-1200000, -150000, 50000, 200000, 250000, 250000, 250000, 250000, 250000, 250000] }
          ]
        }
        """;

    // Four stakeholders and all three kinds: costs on the providers, benefits on the insurers.
    public const string FourStakeholders = """
        {
          "rateSet": "discontovoet-2020",
          "items": [
            { "stakeholder": "careProviders", "name": "Licence and implementation", "kind": "fixedSunk", "flows": [-500000, -100000, -100000, -100000, -100000] },
            { "stakeholder": "insurers", "name": "Fewer admissions", "kind": "standard", "flows": [0, 150000, 300000, 300000, 300000] },
            { "stakeholder": "patients", "name": "Less travel", "kind": "riskFree", "justification": "Fixed mileage allowance set by law", "flows": [0, 20000, 20000, 20000, 20000] },
            { "stakeholder": "society", "name": "Training", "flows": [-50000] },
            { "stakeholder": "careProviders", "name": "Time saved", "kind": "standard", "flows": [0, 40000, 40000, 40000, 40000] }
          ]
        }
        """;

    // Three years; the intervention costs more up front and gives 0.1 QALY a year more.
    public static string Hta(string rateSet = "zin-2024", string burden = "0.55", string extra = "") => $$"""
        {
          "rateSet": "{{rateSet}}",
          "intervention": { "costs": [10000, 2000, 2000], "qalys": [0.7, 0.7, 0.7] },
          "comparator": { "costs": [1000, 1000, 1000], "qalys": [0.6, 0.6, 0.6] },
          "diseaseBurden": {{burden}}{{extra}}
        }
        """;

    public static string HtaArms(string interventionCosts, string interventionQalys, string comparatorCosts, string comparatorQalys) => $$"""
        {
          "rateSet": "zin-2024",
          "intervention": { "costs": {{interventionCosts}}, "qalys": {{interventionQalys}} },
          "comparator": { "costs": {{comparatorCosts}}, "qalys": {{comparatorQalys}} },
          "diseaseBurden": 0.3
        }
        """;

    private static string Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Baken.slnx")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException($"No Baken.slnx above {AppContext.BaseDirectory}.")
            : Path.Combine(dir.FullName, "content", "value");
    }
}
