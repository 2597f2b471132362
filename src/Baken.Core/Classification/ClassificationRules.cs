using System.Reflection;

namespace Baken.Core.Classification;

/// <summary>
/// Every rule-set version shipped with the build. The files of content/classification are
/// embedded in this assembly, so the rules travel with the code that interprets them and cannot
/// go missing from a deployment. Loading checks them all and fails with every problem named.
/// </summary>
public sealed class ClassificationRules
{
    private const string ResourcePrefix = "content/classification/";

    private readonly Dictionary<string, RuleSet> _byVersion;

    /// <summary>Builds the catalogue from compiled rule sets; the newest version is <see cref="Current"/>.</summary>
    public ClassificationRules(IEnumerable<RuleSet> ruleSets)
    {
        _byVersion = ruleSets.ToDictionary(r => r.Reference.Version, StringComparer.Ordinal);
        if (_byVersion.Count == 0)
        {
            throw new InvalidOperationException("No classification rule set was found; content/classification must hold at least one rules-*.json.");
        }

        Current = _byVersion.Values.MaxBy(r => r.SemanticVersion)!;
    }

    /// <summary>The rule set new evaluations use.</summary>
    public RuleSet Current { get; }

    /// <summary>All versions, oldest first.</summary>
    public IEnumerable<RuleSet> All => _byVersion.Values.OrderBy(r => r.SemanticVersion);

    /// <summary>A version by its number ("1.0.0"), if it is shipped.</summary>
    public RuleSet? Find(string version) => _byVersion.GetValueOrDefault(version);

    /// <summary>Loads the embedded rule sets; throws with every problem of every file.</summary>
    public static ClassificationRules LoadEmbedded()
    {
        var assembly = typeof(ClassificationRules).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + "rules-", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Name: n, Bytes: Read(assembly, n)));
        return Load(files);
    }

    /// <summary>Compiles named files; throws one exception naming every problem.</summary>
    public static ClassificationRules Load(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        var ruleSets = new List<RuleSet>();
        var problems = new List<string>();
        foreach (var (name, bytes) in files)
        {
            var (rules, fileProblems) = RuleSetCompiler.Compile(bytes);
            problems.AddRange(fileProblems.Select(p => $"{name} {p}"));
            if (rules is not null)
            {
                if (ruleSets.Any(r => r.Reference.Version == rules.Reference.Version))
                {
                    problems.Add($"{name}: version {rules.Reference.Version} is shipped twice.");
                }

                ruleSets.Add(rules);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The classification rules are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }

        return new ClassificationRules(ruleSets);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
