namespace Baken.Core.Assessment;

public enum EvidenceKind
{
    /// <summary>A web address (publication, public report, documentation page).</summary>
    Link,

    /// <summary>A named document or record the maker holds, e.g. "Technical file, section 4.2".</summary>
    Item,

    /// <summary>An uploaded file, stored in the database with its SHA-256.</summary>
    File,
}

/// <summary>Evidence for the answer to one statement. Files keep their bytes in <see cref="EvidenceFile"/>.</summary>
public sealed class Evidence
{
    private Evidence() { }

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }
    public string StatementId { get; private set; } = "";
    public EvidenceKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Url { get; private set; }
    public string? Description { get; private set; }
    public string? FileName { get; private set; }
    public string? ContentType { get; private set; }
    public long? SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the file, so a reader can check a downloaded copy.</summary>
    public string? Sha256 { get; private set; }
    public Guid? AddedBy { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    public static Evidence Link(Guid id, Guid assessmentId, string statementId, string title, string url, string? description, Guid? by, DateTimeOffset now) =>
        new() { Id = id, AssessmentId = assessmentId, StatementId = statementId, Kind = EvidenceKind.Link, Title = title, Url = url, Description = description, AddedBy = by, AddedAt = now };

    public static Evidence Item(Guid id, Guid assessmentId, string statementId, string title, string? description, Guid? by, DateTimeOffset now) =>
        new() { Id = id, AssessmentId = assessmentId, StatementId = statementId, Kind = EvidenceKind.Item, Title = title, Description = description, AddedBy = by, AddedAt = now };

    public static Evidence File(
        Guid id, Guid assessmentId, string statementId, string title, string? description, string fileName, string contentType, long size, string sha256, Guid? by, DateTimeOffset now) =>
        new()
        {
            Id = id, AssessmentId = assessmentId, StatementId = statementId, Kind = EvidenceKind.File, Title = title, Description = description,
            FileName = fileName, ContentType = contentType, SizeBytes = size, Sha256 = sha256, AddedBy = by, AddedAt = now,
        };

    /// <summary>The same evidence on another assessment (a copy for the next round).</summary>
    public Evidence CopyTo(Guid id, Guid assessmentId, string statementId, DateTimeOffset now) =>
        new()
        {
            Id = id, AssessmentId = assessmentId, StatementId = statementId, Kind = Kind, Title = Title, Url = Url, Description = Description,
            FileName = FileName, ContentType = ContentType, SizeBytes = SizeBytes, Sha256 = Sha256, AddedBy = AddedBy, AddedAt = now,
        };
}

/// <summary>The bytes of an evidence file, kept apart so listing evidence never loads them.</summary>
public sealed class EvidenceFile
{
    private EvidenceFile() { }

    public EvidenceFile(Guid evidenceId, byte[] content)
    {
        EvidenceId = evidenceId;
        Content = content;
    }

    public Guid EvidenceId { get; private set; }
    public byte[] Content { get; private set; } = [];
}

/// <summary>A reviewer's (or the maker's reply) remark on one statement or on the assessment as a whole.</summary>
public sealed class AssessmentComment
{
    private AssessmentComment() { }

    public AssessmentComment(Guid id, Guid assessmentId, string? statementId, Guid? authorId, Guid? organisationId, string role, string text, DateTimeOffset now)
    {
        Id = id;
        AssessmentId = assessmentId;
        StatementId = statementId;
        AuthorId = authorId;
        OrganisationId = organisationId;
        AuthorRole = role;
        Text = text;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }
    public string? StatementId { get; private set; }
    public Guid? AuthorId { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public string AuthorRole { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
