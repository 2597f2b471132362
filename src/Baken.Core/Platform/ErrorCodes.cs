namespace Baken.Core.Platform;

/// <summary>
/// Stable codes of errors and field issues. Hosts translate by code (pages show Dutch, the API
/// English); a message without a code of its own carries <see cref="Invalid"/> and is shown as written.
/// </summary>
public static class ErrorCodes
{
    // Whole-request errors.
    public const string NotFound = "not-found";
    public const string Forbidden = "forbidden";
    public const string Conflict = "conflict";
    public const string Stale = "stale";
    public const string RevisionRequired = "revision-required";
    public const string TooLarge = "too-large";
    public const string InvalidInput = "invalid-input";

    /// <summary>A lifecycle step that the current state does not allow (409).</summary>
    public const string TransitionNotAllowed = "transition-not-allowed";

    /// <summary>Another draft or record already exists where only one may (409).</summary>
    public const string AlreadyExists = "already-exists";

    // Field issues.
    public const string Invalid = "invalid";
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string Markup = "markup";
    public const string ControlCharacters = "control-characters";
    public const string Digits = "digits";
    public const string Slug = "slug";
    public const string Taken = "taken";
    public const string Url = "url";
    public const string Email = "email";
    public const string Duplicate = "duplicate";
    public const string UnknownValue = "unknown-value";
    public const string OutOfRange = "out-of-range";
    public const string NotPublished = "not-published";
    public const string EndBeforeStart = "end-before-start";
    public const string EndRequired = "end-required";
    public const string ReasonRequired = "reason-required";
    public const string InPast = "in-past";
    public const string Choose = "choose";
    public const string Date = "date";
}
