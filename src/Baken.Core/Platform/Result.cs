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

/// <summary>
/// An expected failure of a use case. The web host maps it to problem+json in one place;
/// <see cref="Fields"/> holds field-level messages keyed by the JSON name of the field.
/// </summary>
public sealed record Error(ErrorKind Kind, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error NotFound(string what) => new(ErrorKind.NotFound, "Not found", $"{what} does not exist or is not visible to you.");

    public static Error Forbidden(string detail) => new(ErrorKind.Forbidden, "Forbidden", detail);

    public static Error Conflict(string detail) => new(ErrorKind.Conflict, "Conflict", detail);

    public static Error Stale(string detail) => new(ErrorKind.PreconditionFailed, "Precondition failed", detail);

    public static Error PreconditionRequired(string detail) => new(ErrorKind.PreconditionRequired, "Precondition required", detail);

    public static Error TooLarge(string field, string detail) =>
        new(ErrorKind.TooLarge, "Content too large", detail, new Dictionary<string, string[]> { [field] = [detail] });

    public static Error Invalid(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, "Invalid input", "One or more fields are invalid; see errors.", fields);

    public static Error Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>A value or an <see cref="Error"/>.</summary>
public readonly struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public Error? Error { get; }
    public bool IsSuccess => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);
}
