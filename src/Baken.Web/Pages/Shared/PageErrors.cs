using Baken.Core.Platform;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Shared;

/// <summary>
/// Puts a use case's field errors into the page's ModelState, keyed by the id of the form field,
/// so the error summary can link to each field. The use cases speak English (the API's language);
/// their common messages get a Dutch text here, which is the key of the English one again.
/// </summary>
public static class PageErrors
{
    private static readonly Dictionary<string, string> DutchForCore = new(StringComparer.Ordinal)
    {
        ["This field is required."] = "Vul dit veld in.",
        ["Markup such as HTML tags is not allowed; use plain text."] = "HTML-code zoals tags is niet toegestaan; gebruik gewone tekst.",
        ["Control characters are not allowed."] = "Stuurtekens zijn niet toegestaan.",
        ["Use lower-case letters, digits and single hyphens (at most 120 characters), e.g. 'quantib-prostate'."] =
            "Gebruik kleine letters, cijfers en losse streepjes (hoogstens 120 tekens), bijvoorbeeld 'quantib-prostate'.",
        ["Must be an absolute http(s) address of at most 300 characters."] = "Vul een volledig webadres in dat begint met https:// (hoogstens 300 tekens).",
        ["This is not an e-mail address."] = "Dit is geen e-mailadres.",
        ["Each value may appear only once."] = "Elke waarde mag maar één keer voorkomen.",
        ["Only published products can be deployed."] = "Alleen gepubliceerde producten kunnen in gebruik worden genomen.",
        ["The end date lies before the start date."] = "De einddatum ligt vóór de begindatum.",
        ["A deployment that is out of use needs an end date."] = "Vul een einddatum in als het product niet meer in gebruik is.",
        ["Say why the product is sent back, so the maker can act on it."] = "Schrijf op waarom u het product terugstuurt, zodat de maker het kan verbeteren.",
        ["The expiry lies in the past."] = "De vervaldatum ligt in het verleden.",
        ["Maak een keuze."] = "Maak een keuze.",
        ["Vul een datum in als jjjj-mm-dd."] = "Vul een datum in als jjjj-mm-dd.",
    };

    /// <summary>Adds every field error; <paramref name="fieldId"/> maps the use case's field name to the form field's id.</summary>
    public static void AddTo(ModelStateDictionary state, Error error, IStringLocalizer t, Func<string, string>? fieldId = null)
    {
        fieldId ??= Pascal;
        if (error.Fields is null || error.Fields.Count == 0)
        {
            state.AddModelError("", Text(t, error.Detail));
            return;
        }

        foreach (var (field, messages) in error.Fields)
        {
            foreach (var message in messages)
            {
                state.AddModelError(fieldId(field), Text(t, message));
            }
        }
    }

    /// <summary>The message in the current language where a translation is known, else as the use case said it.</summary>
    public static string Text(IStringLocalizer t, string coreMessage)
    {
        if (DutchForCore.TryGetValue(coreMessage, out var dutch))
        {
            return t[dutch];
        }

        if (coreMessage.StartsWith("At most ", StringComparison.Ordinal) && coreMessage.Contains(" characters are allowed", StringComparison.Ordinal))
        {
            return t["Deze tekst is te lang."];
        }

        return coreMessage;
    }

    /// <summary>The Dutch texts above, for the test that each has an English translation.</summary>
    public static IEnumerable<string> AllDutch => DutchForCore.Values.Append("Deze tekst is te lang.");

    /// <summary>"content.shortDescription" becomes "ShortDescription".</summary>
    public static string Pascal(string field)
    {
        var name = field.StartsWith("content.", StringComparison.Ordinal) ? field["content.".Length..] : field;
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
