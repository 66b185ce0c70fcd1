using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Minutes;

internal static class DocumentHeaders
{
    public static DocumentHeader From(MeetingDetails meeting)
    {
        var summary = meeting.Summary;
        return new DocumentHeader(
            summary.BodyName,
            summary.OrganizationName,
            summary.SessionNumber,
            summary.Name,
            summary.Date,
            summary.StartTime,
            summary.EndTime,
            Place(meeting.Location) ?? summary.Location);
    }

    private static string? Place(LocationInfo? location)
    {
        if (location is null)
        {
            return null;
        }

        var town = string.Join(' ', new[] { location.PostalCode, location.Locality }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return string.Join(", ", new[] { location.Description, location.StreetAddress, town }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }
}
