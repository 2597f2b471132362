using Baken.Core.Platform;
using Baken.Web.Api.Responses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Shared;

/// <summary>
/// The one place where a use case's <see cref="Error"/> becomes a page's answer: a refusal (403/404),
/// or the form again with its errors in ModelState (keyed by the form field's id, so the error
/// summary links to each field) and the status. Messages are translated by their code, never by
/// their English text; a message without a known code is shown as the use case wrote it.
/// </summary>
public static class PageErrors
{
    private static readonly Dictionary<string, string> DutchByCode = new(StringComparer.Ordinal)
    {
        [ErrorCodes.Required] = "Vul dit veld in.",
        [ErrorCodes.TooLong] = "Deze tekst is te lang.",
        [ErrorCodes.Markup] = "HTML-code zoals tags is niet toegestaan; gebruik gewone tekst.",
        [ErrorCodes.ControlCharacters] = "Stuurtekens zijn niet toegestaan.",
        [ErrorCodes.Slug] = "Gebruik kleine letters, cijfers en losse streepjes (hoogstens 120 tekens), bijvoorbeeld 'quantib-prostate'.",
        [ErrorCodes.Url] = "Vul een volledig webadres in dat begint met https:// (hoogstens 300 tekens).",
        [ErrorCodes.Email] = "Dit is geen e-mailadres.",
        [ErrorCodes.Duplicate] = "Elke waarde mag maar één keer voorkomen.",
        [ErrorCodes.NotPublished] = "Alleen gepubliceerde producten kunnen in gebruik worden genomen.",
        [ErrorCodes.EndBeforeStart] = "De einddatum ligt vóór de begindatum.",
        [ErrorCodes.EndRequired] = "Vul een einddatum in als het product niet meer in gebruik is.",
        [ErrorCodes.ReasonRequired] = "Schrijf op waarom u het product terugstuurt, zodat de maker het kan verbeteren.",
        [ErrorCodes.InPast] = "De vervaldatum ligt in het verleden.",
        [ErrorCodes.Choose] = "Maak een keuze.",
        [ErrorCodes.Date] = "Vul een datum in als jjjj-mm-dd.",
    };

    /// <summary>The Dutch texts above, for the test that each has an English translation.</summary>
    public static IEnumerable<string> AllDutch => DutchByCode.Values;

    /// <summary>
    /// The status of a refused form. A form has no If-Match: a stale hidden revision and a clash with
    /// the current state are both a conflict (409); everything else keeps the API's status.
    /// </summary>
    public static int StatusCode(Error error) => error.Kind switch
    {
        ErrorKind.PreconditionFailed or ErrorKind.PreconditionRequired => StatusCodes.Status409Conflict,
        _ => Problem.StatusCodeOf(error.Kind),
    };

    /// <summary>403 or 404 for an error that leaves nothing to show; null when the form should be shown again.</summary>
    public static IActionResult? Refusal(PageModel page, Error error) => error.Kind switch
    {
        ErrorKind.Forbidden => page.Forbid(),
        ErrorKind.NotFound => page.NotFound(),
        _ => null,
    };

    /// <summary>Puts the error on the form and sets the response status; the page then renders itself again.</summary>
    public static void Show(PageModel page, Error error, IStringLocalizer t, Func<string, string>? fieldId = null, Func<string, FieldIssue, string?>? textFor = null)
    {
        AddTo(page.ModelState, error, t, fieldId, textFor);
        page.Response.StatusCode = StatusCode(error);
    }

    /// <summary>
    /// Adds every field error; <paramref name="fieldId"/> maps the use case's field name to the form
    /// field's id, and <paramref name="textFor"/> may give a page's own text for a (field, code) pair.
    /// </summary>
    public static void AddTo(
        ModelStateDictionary state, Error error, IStringLocalizer t, Func<string, string>? fieldId = null, Func<string, FieldIssue, string?>? textFor = null)
    {
        fieldId ??= Pascal;
        if (error.Issues is null || error.Issues.Count == 0)
        {
            state.AddModelError("", error.Detail);
            return;
        }

        foreach (var (field, issues) in error.Issues)
        {
            foreach (var issue in issues)
            {
                state.AddModelError(fieldId(field), textFor?.Invoke(field, issue) ?? Text(t, issue));
            }
        }
    }

    /// <summary>The issue in the current language where its code has a text, else as the use case said it.</summary>
    public static string Text(IStringLocalizer t, FieldIssue issue) =>
        DutchByCode.TryGetValue(issue.Code, out var dutch) ? t[dutch] : issue.Message;

    /// <summary>"content.shortDescription" becomes "ShortDescription".</summary>
    public static string Pascal(string field)
    {
        var name = field.StartsWith("content.", StringComparison.Ordinal) ? field["content.".Length..] : field;
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
