using Baken.Web.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Baken.Web.Pages;

/// <summary>
/// The language switch: a plain link, so it works without JavaScript. It stores the choice in
/// the culture cookie and goes back to the page the visitor came from (local addresses only).
/// </summary>
public sealed class LanguageModel : PageModel
{
    /// <summary>Sets the language cookie and returns to <paramref name="returnUrl"/>.</summary>
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        var chosen = culture == "en" ? UiSetup.English : UiSetup.Dutch;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = Request.IsHttps });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
