using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;

namespace Ratsnetz.Web.Pages.Account;

/// <summary>
/// Sign-in with e-mail and password. Failed attempts count towards the lockout; the message does not say whether
/// the address exists. Only local return addresses are followed, so the form cannot be used to redirect away.
/// </summary>
public sealed class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? EmailError { get; private set; }

    public string? PasswordError { get; private set; }

    /// <summary>A failure of the whole form (wrong credentials, lockout), shown above the fields.</summary>
    public string? FormError { get; private set; }

    public bool HasErrors => EmailError is not null || PasswordError is not null || FormError is not null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        EmailError = string.IsNullOrWhiteSpace(Email) ? t["Login_EmailRequired"].Value : null;
        PasswordError = string.IsNullOrEmpty(Password) ? t["Login_PasswordRequired"].Value : null;
        if (HasErrors)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        FormError = result.IsLockedOut ? t["Login_LockedOut"].Value : t["Login_Failed"].Value;
        Password = null;
        return Page();
    }
}
