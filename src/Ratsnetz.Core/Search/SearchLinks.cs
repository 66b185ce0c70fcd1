namespace Ratsnetz.Search;

/// <summary>Where each kind of result is shown in the portal (the page, the API's <c>url</c> and feed entries).</summary>
public static class SearchLinks
{
    public static string For(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return hit.Kind switch
        {
            SearchKind.Meeting => $"/sitzungen/{hit.EntityId}",
            SearchKind.AgendaItem => $"/sitzungen/{hit.MeetingId}#top-{hit.EntityId}",
            SearchKind.Paper => $"/vorlagen/{hit.EntityId}",
            SearchKind.File => $"/dateien/{hit.EntityId}",
            SearchKind.Person => $"/personen/{hit.EntityId}",
            SearchKind.Organization => $"/gremien/{hit.EntityId}",
            _ => "/suche",
        };
    }
}
