using System.Text.Json;
using Baken.Engine.Planning;

namespace Baken.Engine.Tests.Planning;

/// Finds the shared planning data (instances, plans, golden values) next to the repository.
internal static class PlanningData
{
    public static string Repository { get; } = LocateRepository();

    public static string Directory { get; } = Locate();

    public static string PathOf(string relative) => Path.Combine(Directory, relative);

    public static PlanningFile Read(string role, string relative) =>
        PlanningFile.FromBytes(role, relative, File.ReadAllBytes(PathOf(relative)));

    public static JsonElement Golden(string problem, string caseId)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(PathOf(Path.Combine(problem, "golden", caseId + ".golden.json"))));
        return document.RootElement.Clone();
    }

    public static TheoryData<string> Cases(string problem)
    {
        var data = new TheoryData<string>();
        foreach (var file in System.IO.Directory.GetFiles(PathOf(Path.Combine(problem, "golden")), "*.golden.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".golden.json".Length]);
        }

        return data;
    }

    private static string LocateRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Baken.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"No Baken.slnx above {AppContext.BaseDirectory}.");
    }

    private static string Locate()
    {
        var planning = Path.GetFullPath(Path.Combine(Repository, "..", "shared", "data", "planning"));
        return System.IO.Directory.Exists(planning)
            ? planning
            : throw new InvalidOperationException($"Planning data not found at {planning} (../shared/data/planning next to the repository).");
    }
}
