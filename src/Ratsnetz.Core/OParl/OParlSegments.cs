namespace Ratsnetz.OParl;

/// <summary>The URL segment of each object type; one name per type in object URLs and body list URLs alike.</summary>
public static class OParlSegments
{
    public const string Bodies = "bodies";
    public const string LegislativeTerms = "legislative-terms";
    public const string Organizations = "organizations";
    public const string People = "people";
    public const string Memberships = "memberships";
    public const string Meetings = "meetings";
    public const string AgendaItems = "agenda-items";
    public const string Papers = "papers";
    public const string Consultations = "consultations";
    public const string Files = "files";
    public const string Locations = "locations";
}
