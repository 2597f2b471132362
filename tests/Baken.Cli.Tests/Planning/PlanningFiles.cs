using System.Text.Json.Nodes;
using Baken.Cli.Tests.Validation;

namespace Baken.Cli.Tests.Planning;

/// <summary>The shared planning data (instances, plans, rosters, golden values) next to the repository.</summary>
internal static class PlanningFiles
{
    public static string Directory { get; } = Path.Combine(Path.GetDirectoryName(ValidationFiles.GoldenDirectory)!, "planning");

    public static string PathOf(string relative) => Path.Combine(Directory, relative);

    public static JsonObject Golden(string problem, string caseId) =>
        JsonNode.Parse(File.ReadAllText(PathOf(Path.Combine(problem, "golden", caseId + ".golden.json"))))!.AsObject();

    /// <summary>The --scenario ... --solutions arguments of an INRC-II golden case.</summary>
    public static string[] Inrc2Arguments(string caseId)
    {
        var golden = Golden("inrc2", caseId);
        return
        [
            "--scenario", PathOf((string)golden["scenario"]!), "--history", PathOf((string)golden["history"]!),
            "--weeks", .. golden["weeks"]!.AsArray().Select(w => PathOf((string)w!)),
            "--solutions", .. golden["solutions"]!.AsArray().Select(s => PathOf((string)s!)),
        ];
    }
}
