using Baken.Core.Assessment.Content;

namespace Baken.Core.Assessment;

public enum AssessmentStatus
{
    Draft,
    Submitted,
}

/// <summary>
/// A maker's comply-or-explain self-assessment of one product version against one checklist
/// version. A draft takes answers and evidence; once submitted it is locked, and the next round
/// starts as a copy (<see cref="CopyFrom"/>). <see cref="Revision"/> is the ETag of the whole.
/// </summary>
public sealed class SelfAssessment
{
    private SelfAssessment() { }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid ProductVersionId { get; private set; }
    public string ChecklistId { get; private set; } = "";
    public string ChecklistVersion { get; private set; } = "";

    /// <summary>1 for the first assessment of a product against a checklist, +1 for every copy.</summary>
    public int Sequence { get; private set; }
    public AssessmentStatus Status { get; private set; }
    public Guid? CopiedFromId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Guid? SubmittedBy { get; private set; }

    /// <summary>Concurrency token and ETag; bumped by every change to answers or evidence.</summary>
    public int Revision { get; private set; }

    public List<AssessmentAnswer> Answers { get; private set; } = [];

    public bool IsLocked => Status == AssessmentStatus.Submitted;

    public static SelfAssessment Start(Guid id, Guid productId, Guid productVersionId, Checklist checklist, int sequence, DateTimeOffset now) =>
        new()
        {
            Id = id,
            ProductId = productId,
            ProductVersionId = productVersionId,
            ChecklistId = checklist.Id,
            ChecklistVersion = checklist.Version,
            Sequence = sequence,
            Status = AssessmentStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
            Revision = 1,
        };

    /// <summary>
    /// A new draft that starts from <paramref name="source"/>: its answers carry over for every
    /// statement that still exists (by key) in <paramref name="checklist"/>.
    /// </summary>
    public static SelfAssessment CopyFrom(SelfAssessment source, Guid id, Guid productVersionId, Checklist checklist, DateTimeOffset now)
    {
        var copy = Start(id, source.ProductId, productVersionId, checklist, source.Sequence + 1, now);
        copy.CopiedFromId = source.Id;
        foreach (var answer in source.Answers)
        {
            if (checklist.Find(KeyOf(answer.StatementId)) is { } statement)
            {
                copy.Answers.Add(new AssessmentAnswer(Guid.CreateVersion7(now), copy.Id, statement.Id, answer.Outcome, answer.Explanation, answer.UpdatedBy, now));
            }
        }

        return copy;
    }

    /// <summary>Records an answer. Saving the same content again changes nothing (idempotent PUT).</summary>
    public AnswerChange Answer(ChecklistStatement statement, AnswerOutcome outcome, string? explanation, Guid? by, DateTimeOffset now, out AssessmentAnswer answer)
    {
        if (IsLocked)
        {
            throw new InvalidOperationException("A submitted assessment is locked; check IsLocked first.");
        }

        var existing = Answers.FirstOrDefault(a => a.StatementId == statement.Id);
        if (existing is null)
        {
            answer = new AssessmentAnswer(Guid.CreateVersion7(now), Id, statement.Id, outcome, explanation, by, now);
            Answers.Add(answer);
            Touch(now);
            return AnswerChange.Created;
        }

        answer = existing;
        if (!existing.Change(outcome, explanation, by, now))
        {
            return AnswerChange.Unchanged;
        }

        Touch(now);
        return AnswerChange.Changed;
    }

    /// <summary>Evidence was added or removed: the assessment as a whole has changed.</summary>
    public void EvidenceChanged(DateTimeOffset now) => Touch(now);

    public TransitionCheck Submit(Checklist checklist, Guid? by, DateTimeOffset now)
    {
        if (IsLocked)
        {
            return TransitionCheck.No("This assessment has already been submitted.");
        }

        var answered = Answers.Select(a => a.StatementId).ToHashSet(StringComparer.Ordinal);
        var open = checklist.Statements.Where(s => !answered.Contains(s.Id)).Select(s => s.Number).ToList();
        if (open.Count > 0)
        {
            return TransitionCheck.No($"{open.Count} statement(s) have no answer yet, e.g. {string.Join(", ", open.Take(5))}. Answer every statement before submitting.");
        }

        Status = AssessmentStatus.Submitted;
        SubmittedAt = now;
        SubmittedBy = by;
        Touch(now);
        return TransitionCheck.Ok;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    private static string KeyOf(string statementId) => statementId[(statementId.LastIndexOf(':') + 1)..];
}

public enum AnswerChange
{
    Created,
    Changed,
    Unchanged,
}

/// <summary>Whether a lifecycle step was allowed, and why not.</summary>
public readonly record struct TransitionCheck(bool Succeeded, string? Reason)
{
    public static TransitionCheck Ok => new(true, null);

    public static TransitionCheck No(string reason) => new(false, reason);
}
