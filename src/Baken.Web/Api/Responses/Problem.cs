using Baken.Core.Platform;

namespace Baken.Web.Api.Responses;

/// <summary>
/// One kind of expected failure an endpoint declares in its return type: the error kind it answers
/// and the status it is documented (and sent) with.
/// </summary>
public interface IProblemKind
{
    static abstract ErrorKind Kind { get; }

    static abstract int StatusCode { get; }
}

/// <summary>The problem kinds, named for what went wrong; each is a type argument of <see cref="ApiResult{TOk}"/>.</summary>
public static class Problem
{
    /// <summary>400: the request's fields (errors per field).</summary>
    public sealed class Invalid : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.Validation;

        public static int StatusCode => StatusCodes.Status400BadRequest;
    }

    /// <summary>403: signed in, but not allowed to do this.</summary>
    public sealed class Forbidden : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.Forbidden;

        public static int StatusCode => StatusCodes.Status403Forbidden;
    }

    /// <summary>404: absent, or not visible to the caller (the two are never told apart).</summary>
    public sealed class NotFound : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.NotFound;

        public static int StatusCode => StatusCodes.Status404NotFound;
    }

    /// <summary>409: the resource's state does not allow this (a lifecycle step, a duplicate).</summary>
    public sealed class Conflict : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.Conflict;

        public static int StatusCode => StatusCodes.Status409Conflict;
    }

    /// <summary>412: the If-Match revision is not the current one (someone else changed it).</summary>
    public sealed class Stale : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.PreconditionFailed;

        public static int StatusCode => StatusCodes.Status412PreconditionFailed;
    }

    /// <summary>428: a change that must name the revision it replaces (If-Match) did not.</summary>
    public sealed class RevisionRequired : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.PreconditionRequired;

        public static int StatusCode => StatusCodes.Status428PreconditionRequired;
    }

    /// <summary>413: an upload above its limit.</summary>
    public sealed class TooLarge : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.TooLarge;

        public static int StatusCode => StatusCodes.Status413PayloadTooLarge;
    }

    /// <summary>The status of every error kind: the one table both the API and the pages use.</summary>
    public static int StatusCodeOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => Invalid.StatusCode,
        ErrorKind.Forbidden => Forbidden.StatusCode,
        ErrorKind.NotFound => NotFound.StatusCode,
        ErrorKind.Conflict => Conflict.StatusCode,
        ErrorKind.PreconditionFailed => Stale.StatusCode,
        ErrorKind.PreconditionRequired => RevisionRequired.StatusCode,
        ErrorKind.TooLarge => TooLarge.StatusCode,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An error kind without a status."),
    };
}
