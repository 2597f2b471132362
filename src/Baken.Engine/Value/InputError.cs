namespace Baken.Engine.Value;

/// <summary>One problem with a study's input (or a rate-set file), tied to the field it is about.</summary>
/// <param name="Path">The field as a JSON path without the leading <c>$</c>, e.g. <c>items[2].flows</c> or
/// <c>rateSet</c>; <c>$</c> for the document as a whole.</param>
/// <param name="Message">A complete English sentence, to show as is.</param>
public sealed record InputError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>What a value study returns: a result, or the reasons there is none. Bad input is an
/// expected outcome, so it comes back as errors rather than as an exception.</summary>
/// <typeparam name="T">The result type.</typeparam>
/// <param name="Result">The result, or null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found, in document order.</param>
public sealed record ValueOutcome<T>(T? Result, IReadOnlyList<InputError> Errors)
    where T : class
{
    /// <summary>True when there is a result.</summary>
    public bool Succeeded => Result is not null;

    internal static ValueOutcome<T> Failed(IReadOnlyList<InputError> errors) => new(null, errors);
}
