using System.ComponentModel.DataAnnotations;
using System.Text;
using Baken.Core.Platform.Identity;
using Baken.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Baken.Web.Pages.Account;

/// <summary>Asks for a password-reset mail. The answer is the same whether or not the address exists.</summary>
public sealed class ForgotPasswordModel(UserManager<User> users, IMailSender mail, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>The account's e-mail address.</summary>
    [BindProperty]
    [Required(ErrorMessage = "Vul uw e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    public string Email { get; set; } = "";

    /// <summary>True after a request, whatever its outcome.</summary>
    public bool Sent { get; private set; }

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Sends the mail when the account exists; says the same either way, so addresses cannot be probed.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            foreach (var entry in ModelState.Values)
            {
                foreach (var error in entry.Errors.ToList())
                {
                    entry.Errors.Remove(error);
                    entry.Errors.Add(t[error.ErrorMessage]);
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var user = await users.FindByEmailAsync(Email);
        if (user is not null)
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = $"{Request.Scheme}://{Request.Host}/account/reset-password?email={Uri.EscapeDataString(Email)}&token={token}";
            await mail.SendAsync(Email, t["Nieuw wachtwoord voor Baken"],
                t["U heeft gevraagd om een nieuw wachtwoord. Open deze link om het in te stellen:"] + "\n\n" + link + "\n\n"
                + t["Heeft u dit niet gevraagd? Dan kunt u deze mail negeren."], ct);
        }

        Sent = true;
        return Page();
    }
}
