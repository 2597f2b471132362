namespace Baken.Core.Platform;

public enum ErrorKind
{
    Validation,
    NotFound,
    Forbidden,
    Conflict,
    PreconditionFailed,

    /// <summary>A change that must name the revision it replaces (If-Match) did not: 428.</summary>
    PreconditionRequired,

    /// <summary>An upload above its size limit: 413.</summary>
    TooLarge,
}

/// <summary>One problem with one field: a stable code that hosts translate, and the API's English message.</summary>
public sealed record FieldIssue(string Code, string Message);

/// <summary>
/// An expected failure of a use case. Every host maps it in one place (problem+json for the API,
/// the form's error summary for pages); <see cref="Code"/> and the field codes are what they key on,
/// never the English text. Field names are the JSON names of the request's fields.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Title, string Detail, IReadOnlyDictionary<string, FieldIssue[]>? Issues = null)
{
    /// <summary>The field messages as the API's problem+json <c>errors</c> member shows them.</summary>
    public IReadOnlyDictionary<string, string[]>? Fields =>
        Issues?.ToDictionary(f => f.Key, f => f.Value.Select(i => i.Message).ToArray(), StringComparer.Ordinal);

    public static Error NotFound(string what) => new(ErrorKind.NotFound, ErrorCodes.NotFound, "Not found", $"{what} does not exist or is not visible to you.");

    public static Error Forbidden(string detail) => new(ErrorKind.Forbidden, ErrorCodes.Forbidden, "Forbidden", detail);

    public static Error Conflict(string detail, string code = ErrorCodes.Conflict) => new(ErrorKind.Conflict, code, "Conflict", detail);

    public static Error Stale(string detail) => new(ErrorKind.PreconditionFailed, ErrorCodes.Stale, "Precondition failed", detail);

    public static Error PreconditionRequired(string detail) =>
        new(ErrorKind.PreconditionRequired, ErrorCodes.RevisionRequired, "Precondition required", detail);

    public static Error TooLarge(string field, string detail) =>
        new(ErrorKind.TooLarge, ErrorCodes.TooLarge, "Content too large", detail, new Dictionary<string, FieldIssue[]> { [field] = [new(ErrorCodes.TooLarge, detail)] });

    public static Error Invalid(IReadOnlyDictionary<string, FieldIssue[]> issues) =>
        new(ErrorKind.Validation, ErrorCodes.InvalidInput, "Invalid input", "One or more fields are invalid; see errors.", issues);

    /// <summary>Messages without a code of their own (the framework's binding messages, say).</summary>
    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        Invalid(fields.ToDictionary(f => f.Key, f => f.Value.Select(m => new FieldIssue(ErrorCodes.Invalid, m)).ToArray(), StringComparer.Ordinal));

    public static Error Invalid(string field, string message, string code = ErrorCodes.Invalid) =>
        Invalid(new Dictionary<string, FieldIssue[]>(StringComparer.Ordinal) { [field] = [new(code, message)] });

    /// <summary>The same error with every field name passed through <paramref name="rename"/>.</summary>
    public Error WithFieldNames(Func<string, string> rename) =>
        this with { Issues = Issues?.ToDictionary(f => rename(f.Key), f => f.Value, StringComparer.Ordinal) };
}
