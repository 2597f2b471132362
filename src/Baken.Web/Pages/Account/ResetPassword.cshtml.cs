using System.Text;
using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Account;

/// <summary>Sets a new password with the token from the reset mail (Identity's token, valid for a day).</summary>
public sealed class ResetPasswordModel(UserManager<User> users, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The account's e-mail address, from the link.</summary>
    [BindProperty(SupportsGet = true)] public string? Email { get; set; }

    /// <summary>The reset token, from the link (base64url).</summary>
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    /// <summary>The new password.</summary>
    [BindProperty] public string? Password { get; set; }

    /// <summary>The new password again.</summary>
    [BindProperty] public string? ConfirmPassword { get; set; }

    /// <summary>True once the password is changed.</summary>
    public bool Done { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Checks the token and sets the password.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), t["Vul een nieuw wachtwoord in."]);
        }
        else if (Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), t["De twee wachtwoorden zijn niet gelijk."]);
        }

        var user = string.IsNullOrEmpty(Email) ? null : await users.FindByEmailAsync(Email);
        if (ModelState.IsValid)
        {
            string? token = null;
            try
            {
                token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token ?? ""));
            }
            catch (FormatException)
            {
                // Reported below as an expired or wrong link.
            }

            var result = user is null || token is null
                ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
                : await users.ResetPasswordAsync(user, token, Password!);
            if (result.Succeeded)
            {
                Done = true;
                return Page();
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Code == "InvalidToken"
                    ? t["Deze link werkt niet meer. Vraag een nieuwe link aan."]
                    : error.Code.StartsWith("Password", StringComparison.Ordinal)
                        ? t["Kies een wachtwoord van minstens 12 tekens, met een hoofdletter, een kleine letter, een cijfer en een leesteken."]
                        : error.Description);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
