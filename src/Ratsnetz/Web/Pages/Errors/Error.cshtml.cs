using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;

namespace Ratsnetz.Web.Pages.Errors;

/// <summary>
/// The friendly error page. The exception handler re-executes /fehler (status 500); status code pages re-execute
/// /fehler/{code}. Errors also happen on POSTs, so the page answers every method and skips antiforgery checks.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; } = 500;

    public void OnGet(int? code) => Prepare(code);

    public void OnPost(int? code) => Prepare(code);

    private void Prepare(int? code)
    {
        Code = code switch
        {
            null => 500,
            >= 400 and <= 599 => code.Value,
            _ => 404,
        };
        Response.StatusCode = Code;
        Response.Headers[HeaderNames.CacheControl] = "no-store, no-cache";
        Response.Headers[HeaderNames.Pragma] = "no-cache";
    }
}
