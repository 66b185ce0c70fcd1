namespace Ratsnetz.Council.Minutes.Rendering;

/// <summary>The head of a document as label–value lines; unknown values are left out rather than printed empty.</summary>
internal static class HeaderFacts
{
    public static List<(string Label, string Value)> Of(DocumentHeader header)
    {
        var facts = new List<(string, string)> { (GermanText.Body, $"{header.OrganizationName} ({header.BodyName})") };
        if (header.SessionNumber is { } number)
        {
            facts.Add((GermanText.Session, GermanText.SessionLabel(number)));
        }
        else if (header.MeetingName is { } name)
        {
            facts.Add((GermanText.Session, name));
        }

        if (header.Date is { } date)
        {
            facts.Add((GermanText.Date, GermanText.DateLong(date)));
        }

        if (header.StartTime is { } start)
        {
            facts.Add((GermanText.Start, GermanText.Clock(start)));
        }

        if (header.EndTime is { } end)
        {
            facts.Add((GermanText.End, GermanText.Clock(end)));
        }

        if (header.Location is { } place)
        {
            facts.Add((GermanText.Place, place));
        }

        return facts;
    }
}
