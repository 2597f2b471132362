using System.ComponentModel.DataAnnotations;
using Baken.Core.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Baken.Web.Pages.Account;

public sealed class SignInModel(SignInManager<User> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul uw e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Vul uw wachtwoord in.")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(nameof(Email), result.IsLockedOut
            ? "Dit account is tijdelijk geblokkeerd na te veel pogingen. Probeer het over 15 minuten opnieuw."
            : "Het e-mailadres of wachtwoord klopt niet.");
        return Page();
    }
}
