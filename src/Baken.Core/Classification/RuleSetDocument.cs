using System.Text.Json;

namespace Baken.Core.Classification;

// The written shape of a rule-set file (content/classification/*.json). Read strictly: an
// unknown or missing field is a content error. Conditions and effects stay JSON here and are
// checked and compiled by RuleSetCompiler, which knows the facts and outcome fields.

internal sealed record RuleSetDocument(
    string Id,
    string Version,
    DateOnly Published,
    string Title,
    List<SourceDocument> Sources,
    List<DateDocument> Dates,
    List<ConsequenceDocument> Consequences,
    List<ConstraintDocument> Constraints,
    List<StepDocument> Steps);

internal sealed record SourceDocument(string Id, string Citation, string? Url = null);

internal sealed record SourceRefDocument(string Ref, string? At = null);

internal sealed record DateDocument(string Id, DateOnly Date, string Status, string What, SourceRefDocument Source, ProposedDateDocument? Proposed = null);

internal sealed record ProposedDateDocument(DateOnly Date, string What, SourceRefDocument Source);

internal sealed record ConsequenceDocument(string Id, string Article, string Title, SourceRefDocument Source, string AppliesFrom, DutchTitleDocument? Nl = null);

internal sealed record DutchTitleDocument(string Title);

internal sealed record DutchCaseDocument(string Answer, string Conclusion);

internal sealed record ConstraintDocument(string Id, string Field, JsonElement When, JsonElement Require, string Message);

internal sealed record TextDocument(string En, string Nl);

internal sealed record StepDocument(string Id, TextDocument Question, List<SourceRefDocument> Sources, List<CaseDocument> Cases, JsonElement? When = null, TextDocument? Help = null);

internal sealed record CaseDocument(
    string Answer,
    string Conclusion,
    JsonElement? When = null,
    Dictionary<string, JsonElement>? Set = null,
    Dictionary<string, JsonElement>? Raise = null,
    Dictionary<string, List<string>>? Add = null,
    DutchCaseDocument? Nl = null);
