using System.Text.Json;
using System.Text.RegularExpressions;
using Baken.Core.Data;

namespace Baken.Core.Assessment.Content;

/// <summary>
/// Reads one checklist file and checks it against <c>content/checklist.schema.json</c> (schema
/// version 1) plus the rules a schema cannot say: unique ids, ids that carry the checklist's
/// version, phases that exist. Every problem is reported at once, with the statement it concerns.
/// </summary>
public static partial class ChecklistReader
{
    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = BakenJson.ConfigureStrict(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private sealed record File(
        int SchemaVersion,
        string Id,
        string Version,
        int ContentRevision,
        string Title,
        ChecklistSource Source,
        IReadOnlyList<ChecklistPhase> Phases,
        IReadOnlyList<ChecklistStatement> Statements,
        string? Notice = null,
        [property: System.Text.Json.Serialization.JsonPropertyName("$schema")] string? Schema = null);

    /// <summary>The checklist, or the list of problems that make <paramref name="name"/> unusable.</summary>
    public static (Checklist? Checklist, IReadOnlyList<string> Problems) Read(string name, Stream json)
    {
        File? file;
        try
        {
            file = JsonSerializer.Deserialize<File>(json, Options);
        }
        catch (JsonException e)
        {
            return (null, [$"{name}: {BakenJson.FieldPath(e.Path)}: {BakenJson.Describe(e)}"]);
        }

        if (file is null)
        {
            return (null, [$"{name}: the file is empty."]);
        }

        var problems = new List<string>();
        void Problem(string where, string what) => problems.Add($"{name}: {where}: {what}");

        if (file.SchemaVersion != SchemaVersion)
        {
            Problem("schemaVersion", $"is {file.SchemaVersion}; this build reads schema version {SchemaVersion}.");
        }

        if (!Slug().IsMatch(file.Id))
        {
            Problem("id", "use lower-case letters, digits and hyphens.");
        }

        if (!VersionPattern().IsMatch(file.Version))
        {
            Problem("version", "use digits separated by dots, e.g. 1.1.");
        }

        if (file.ContentRevision < 1)
        {
            Problem("contentRevision", "must be 1 or more.");
        }

        if (file.Phases.Count == 0 || file.Phases.Select(p => p.Number).Distinct().Count() != file.Phases.Count)
        {
            Problem("phases", "list at least one phase, each number once.");
        }

        if (file.Statements.Count == 0)
        {
            Problem("statements", "list at least one statement.");
        }

        var phases = file.Phases.Select(p => p.Number).ToHashSet();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in file.Statements)
        {
            var where = $"statement {s.Id}";
            var match = StatementId().Match(s.Id);
            if (!match.Success)
            {
                Problem(where, "the id must look like urn:nl:<name>:<version>:<number>.");
            }
            else if (match.Groups["version"].Value != file.Version)
            {
                Problem(where, $"the id carries version {match.Groups["version"].Value}, the checklist is version {file.Version}.");
            }

            if (!ids.Add(s.Id) || !keys.Add(s.Key))
            {
                Problem(where, "the id is not unique.");
            }

            if (!s.Key.StartsWith(s.Number, StringComparison.Ordinal))
            {
                Problem(where, $"the id does not end in the statement's number {s.Number}.");
            }

            if (!phases.Contains(s.Phase))
            {
                Problem(where, $"phase {s.Phase} is not one of the checklist's phases.");
            }

            if (string.IsNullOrWhiteSpace(s.Text) || string.IsNullOrWhiteSpace(s.Section.Number) || string.IsNullOrWhiteSpace(s.Section.Title))
            {
                Problem(where, "text, section number and section title are required.");
            }

            if (s.Addressees.Count == 0 || s.Addressees.Distinct().Count() != s.Addressees.Count)
            {
                Problem(where, "name at least one addressee, each once.");
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new Checklist(file.Id, file.Version, file.ContentRevision, file.Title, file.Source, file.Notice, file.Phases, file.Statements), []);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)*$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^urn:nl:[a-z0-9-]+:(?<version>[0-9]+(\.[0-9]+)*):[0-9]+(\.[0-9]+)*[a-z]?(-[0-9]+)?$")]
    private static partial Regex StatementId();
}
