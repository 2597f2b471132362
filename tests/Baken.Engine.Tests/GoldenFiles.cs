namespace Baken.Engine.Tests;

/// Finds the shared golden data: the repository is always checked out next to shared/.
internal static class GoldenFiles
{
    public static readonly string[] Cases = ["breast_cancer_logreg", "synthetic_100k", "synthetic_ties_20k"];

    public static string Directory { get; } = Locate();

    public static string Csv(string name) => Path.Combine(Directory, name + ".csv");

    public static string Golden(string name) => Path.Combine(Directory, name + ".golden.json");

    private static string Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Baken.slnx")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException($"No Baken.slnx above {AppContext.BaseDirectory}.");
        }

        var validation = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "validation"));
        return System.IO.Directory.Exists(validation)
            ? validation
            : throw new InvalidOperationException($"Golden data not found at {validation}.");
    }
}
