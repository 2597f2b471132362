using System.Text.RegularExpressions;

namespace Baken.Core.Platform;

/// <summary>Collects every field-level problem of one input, so a client sees them all at once.</summary>
public sealed partial class FieldErrors
{
    private readonly Dictionary<string, List<FieldIssue>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Adds a message; <paramref name="code"/> lets the pages translate it (see <see cref="ErrorCodes"/>).</summary>
    public void Add(string field, string message, string code = ErrorCodes.Invalid)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(new FieldIssue(code, message));
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>Plain text: required or optional, bounded, and free of markup.</summary>
    public void Text(string field, string? value, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "This field is required.", ErrorCodes.Required);
            }

            return;
        }

        if (value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters are allowed; this text has {value.Length}.", ErrorCodes.TooLong);
        }

        // Text is always escaped on output; refusing markup keeps exports and other consumers safe too.
        if (Markup().IsMatch(value))
        {
            Add(field, "Markup such as HTML tags is not allowed; use plain text.", ErrorCodes.Markup);
        }

        if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            Add(field, "Control characters are not allowed.", ErrorCodes.ControlCharacters);
        }
    }

    public void Digits(string field, string? value, int length)
    {
        if (value is not null && (value.Length != length || !value.All(char.IsAsciiDigit)))
        {
            Add(field, $"Must be exactly {length} digits.", ErrorCodes.Digits);
        }
    }

    public void Slug(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Add(field, "This field is required.", ErrorCodes.Required);
        }
        else if (value.Length > 120 || !SlugPattern().IsMatch(value))
        {
            Add(field, "Use lower-case letters, digits and single hyphens (at most 120 characters), e.g. 'quantib-prostate'.", ErrorCodes.Slug);
        }
    }

    public void Url(string field, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > 300 || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            Add(field, "Must be an absolute http(s) address of at most 300 characters.", ErrorCodes.Url);
        }
    }

    public IReadOnlyDictionary<string, FieldIssue[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public Error ToError() => Error.Invalid(ToDictionary());

    [GeneratedRegex(@"<\s*[a-zA-Z/!?]")]
    private static partial Regex Markup();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
