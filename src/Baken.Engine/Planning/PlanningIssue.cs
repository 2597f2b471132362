namespace Baken.Engine.Planning;

/// <summary>
/// Why an input file could not be read: the file, the 1-based line, and a complete sentence. A broken
/// instance or plan stops the check (nothing is computed from half a file), so there is no severity.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line number, when the problem is on one line.</param>
/// <param name="Message">What is wrong and, where it helps, what was expected.</param>
public sealed record PlanningIssue(string File, int? Line, string Message)
{
    /// <summary>"file, line N: message", ready to print.</summary>
    public override string ToString() => Line is { } line ? $"{File}, line {line}: {Message}" : $"{File}: {Message}";
}

/// <summary>A value computed from input files, or the issues that stopped it.</summary>
/// <typeparam name="T">What was read or computed.</typeparam>
public sealed class PlanningOutcome<T>
    where T : class
{
    private PlanningOutcome(T? value, IReadOnlyList<PlanningIssue> issues) => (Value, Issues) = (value, issues);

    /// <summary>The value; null exactly when there are issues.</summary>
    public T? Value { get; }

    /// <summary>Why there is no value; empty on success.</summary>
    public IReadOnlyList<PlanningIssue> Issues { get; }

    /// <summary>True when <see cref="Value"/> is set.</summary>
    public bool Succeeded => Value is not null;

    /// <summary>A success.</summary>
    public static PlanningOutcome<T> Success(T value) => new(value ?? throw new ArgumentNullException(nameof(value)), []);

    /// <summary>A failure with at least one issue.</summary>
    public static PlanningOutcome<T> Failure(IReadOnlyList<PlanningIssue> issues) =>
        issues is { Count: > 0 } ? new(null, issues) : throw new ArgumentException("A failure needs at least one issue.", nameof(issues));

    /// <summary>A failure with one issue.</summary>
    public static PlanningOutcome<T> Failure(PlanningIssue issue) => Failure([issue]);
}
