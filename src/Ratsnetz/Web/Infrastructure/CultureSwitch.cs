using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Ratsnetz.Web.Localization;

namespace Ratsnetz.Web.Infrastructure;

/// <summary>Switches the interface language with a plain link (no JavaScript) and returns to the page.</summary>
public static class CultureSwitch
{
    public static IResult Handle(HttpContext context, string? c, string? back)
    {
        var culture = Cultures.Supported.Contains(c) ? c! : Cultures.Default;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.FromUnixTimeSeconds(0).AddYears(100), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
        // Only local paths, so the switch cannot be abused as an open redirect.
        var target = back is { Length: > 0 } && back[0] == '/' && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal) ? back : "/";
        return Results.LocalRedirect(target);
    }
}
