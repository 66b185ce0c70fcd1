using Microsoft.AspNetCore.Mvc.RazorPages;
using Ratsnetz.Common;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Search;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Pages.Shared;
using Ratsnetz.Web.Search;

namespace Ratsnetz.Web.Pages.Search;

/// <summary>
/// <c>/suche</c>: a GET form (works without JavaScript, bookmarkable) and one page of results. The German parameter
/// names are the page's; the API uses English ones.
/// </summary>
public sealed class IndexModel(SearchCouncilHandler handler, ListOrganizationsHandler organizations, ViewerAccessor viewers) : PageModel
{
    public string? Query { get; private set; }

    public string? Kind { get; private set; }

    public string? Year { get; private set; }

    public string? Body { get; private set; }

    public SearchResults? Results { get; private set; }

    public Error? Error { get; private set; }

    public IReadOnlyList<BodyOrganizations> Bodies { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? typ, string? jahr, string? kommune, string? seite, CancellationToken ct)
    {
        (Query, Kind, Year, Body) = (q, typ, jahr, kommune);
        Bodies = (await organizations.HandleAsync(new ListOrganizations(), ct)).Value.Bodies;
        if (string.IsNullOrWhiteSpace(q))
        {
            return;
        }

        var request = SearchRequestParser.Parse(await viewers.GetAsync(ct), q, typ, jahr, kommune, seite, null);
        if (request.Error is { } invalid)
        {
            Error = invalid;
            return;
        }

        var result = await handler.HandleAsync(request.Value, ct);
        (Results, Error) = (result.IsSuccess ? result.Value : null, result.Error);
    }

    /// <summary>The link to another page of the same search.</summary>
    public string PageUrl(int page) => "/suche" + QueryString(page.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>This search as a feed (a saved search): the same parameters without the page.</summary>
    public FeedLinks SearchFeed => FeedLinks.Search(QueryString(null));

    private string QueryString(string? page)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["typ"] = Kind,
            ["jahr"] = Year,
            ["kommune"] = Body,
            ["seite"] = page,
        };
        return Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
    }
}
