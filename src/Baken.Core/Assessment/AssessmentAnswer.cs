namespace Baken.Core.Assessment;

public enum AnswerOutcome
{
    Met,
    NotMet,
    NotApplicable,
}

/// <summary>The answer to one statement. Its own <see cref="Revision"/> lets two editors work on different statements at once.</summary>
public sealed class AssessmentAnswer
{
    private AssessmentAnswer() { }

    internal AssessmentAnswer(Guid id, Guid assessmentId, string statementId, AnswerOutcome outcome, string? explanation, Guid? by, DateTimeOffset now)
    {
        Id = id;
        AssessmentId = assessmentId;
        StatementId = statementId;
        Outcome = outcome;
        Explanation = explanation;
        UpdatedBy = by;
        UpdatedAt = now;
        Revision = 1;
    }

    public Guid Id { get; private set; }
    public Guid AssessmentId { get; private set; }

    /// <summary>The statement's URN, e.g. urn:nl:leidraad-ai:1.1:3.2b.</summary>
    public string StatementId { get; private set; } = "";
    public AnswerOutcome Outcome { get; private set; }
    public string? Explanation { get; private set; }
    public Guid? UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Revision { get; private set; }

    public bool Matches(AnswerOutcome outcome, string? explanation) =>
        Outcome == outcome && string.Equals(Explanation ?? "", explanation ?? "", StringComparison.Ordinal);

    internal bool Change(AnswerOutcome outcome, string? explanation, Guid? by, DateTimeOffset now)
    {
        if (Matches(outcome, explanation))
        {
            return false;
        }

        Outcome = outcome;
        Explanation = explanation;
        UpdatedBy = by;
        UpdatedAt = now;
        Revision++;
        return true;
    }
}
