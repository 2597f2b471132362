using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Baken.Web.Pages.Shared;

/// <summary>ARIA attributes of a form field, from the page's ModelState.</summary>
public static class Field
{
    /// <summary>"true" when the field has an error; null leaves the attribute out.</summary>
    public static string? Invalid(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "true" : null;

    /// <summary>The ids that describe the field: its hint and, when there is one, its error.</summary>
    public static string? DescribedBy(ModelStateDictionary state, string key, string? hintId = null)
    {
        var error = Invalid(state, key) is null ? null : key + "-error";
        var ids = string.Join(' ', new[] { hintId, error }.Where(x => x is not null));
        return ids.Length == 0 ? null : ids;
    }
}
