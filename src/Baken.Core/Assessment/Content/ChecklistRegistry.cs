namespace Baken.Core.Assessment.Content;

/// <summary>
/// The checklists this build ships, by id and version. Built once at start-up from the files
/// under <c>content/</c> (embedded in this assembly); a broken file stops the host from starting.
/// </summary>
public sealed class ChecklistRegistry
{
    private const string ResourcePrefix = "Baken.Content.Checklists.";

    private readonly Dictionary<(string Id, string Version), Checklist> _checklists;

    public ChecklistRegistry(IEnumerable<Checklist> checklists)
    {
        _checklists = [];
        foreach (var checklist in checklists)
        {
            if (!_checklists.TryAdd((checklist.Id, checklist.Version), checklist))
            {
                throw new InvalidOperationException($"Checklist {checklist.Id} {checklist.Version} is loaded twice.");
            }
        }
    }

    public IReadOnlyList<Checklist> All =>
        [.. _checklists.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => VersionKey(c.Version))];

    public Checklist? Find(string id, string? version = null) =>
        version is null
            ? _checklists.Values.Where(c => c.Id == id).OrderByDescending(c => VersionKey(c.Version)).FirstOrDefault()
            : _checklists.GetValueOrDefault((id, version));

    /// <summary>Reads every embedded checklist; throws with all problems of all files when any is invalid.</summary>
    public static ChecklistRegistry LoadEmbedded()
    {
        var assembly = typeof(ChecklistRegistry).Assembly;
        var loaded = new List<Checklist>();
        var problems = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var (checklist, fileProblems) = ChecklistReader.Read(name[ResourcePrefix.Length..], stream);
            problems.AddRange(fileProblems);
            if (checklist is not null)
            {
                loaded.Add(checklist);
            }
        }

        if (problems.Count > 0 || loaded.Count == 0)
        {
            throw new InvalidOperationException("Checklist content is invalid; the platform does not start without it:\n"
                + (loaded.Count == 0 && problems.Count == 0 ? "no checklist files are embedded." : string.Join("\n", problems)));
        }

        return new ChecklistRegistry(loaded);
    }

    // "1.10" sorts after "1.9".
    private static string VersionKey(string version) =>
        string.Join(".", version.Split('.').Select(p => p.PadLeft(6, '0')));
}
