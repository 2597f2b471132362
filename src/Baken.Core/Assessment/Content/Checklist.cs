namespace Baken.Core.Assessment.Content;

public enum StatementKind
{
    /// <summary>"moet" in the Leidraad.</summary>
    Requirement,

    /// <summary>"aanbevolen" or "sterk aanbevolen".</summary>
    Recommendation,
}

public enum Addressee
{
    Developer,
    Manufacturer,
    CareOrganisation,
}

public enum Wording
{
    /// <summary>The published text of the source.</summary>
    Source,

    /// <summary>Baken's own question, where the source gives only a heading.</summary>
    Baken,
}

/// <summary>
/// A versioned list of statements to answer (the Leidraad, the AZWA criteria), loaded from
/// <c>content/</c>. Code interprets it; a new version of the text is a new file, not new code.
/// </summary>
public sealed record Checklist(
    string Id,
    string Version,
    int ContentRevision,
    string Title,
    ChecklistSource Source,
    string? Notice,
    IReadOnlyList<ChecklistPhase> Phases,
    IReadOnlyList<ChecklistStatement> Statements)
{
    private readonly Dictionary<string, ChecklistStatement> _byKey =
        Statements.ToDictionary(s => s.Key, StringComparer.Ordinal);

    /// <summary>Finds a statement by its full URN or by its key ("3.2b", "1.2.1e-2").</summary>
    public ChecklistStatement? Find(string idOrKey)
    {
        var key = idOrKey.StartsWith("urn:", StringComparison.Ordinal) ? idOrKey[(idOrKey.LastIndexOf(':') + 1)..] : idOrKey;
        return _byKey.TryGetValue(key, out var statement) && (key == idOrKey || statement.Id == idOrKey) ? statement : null;
    }
}

public sealed record ChecklistSource(string Title, string Version, string Publisher, string Citation, DateOnly? Published = null);

public sealed record ChecklistPhase(int Number, string Title);

public sealed record ChecklistSection(string Number, string Title);

/// <summary>One numbered statement, e.g. <c>urn:nl:leidraad-ai:1.1:3.2b</c>.</summary>
public sealed record ChecklistStatement(
    string Id,
    string Number,
    int Phase,
    ChecklistSection Section,
    StatementKind Kind,
    IReadOnlyList<Addressee> Addressees,
    string Text,
    Wording Wording,
    string? Note = null)
{
    /// <summary>The last URN segment: unique within a checklist, and stable across its versions.</summary>
    public string Key => Id[(Id.LastIndexOf(':') + 1)..];
}
