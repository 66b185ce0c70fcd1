using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Feeds;

/// <summary>
/// How feeds name things. Feed readers and calendars show these strings as they are, without the portal's
/// resources, so they are German like the records they describe.
/// </summary>
internal static class FeedText
{
    public static string MeetingTitle(string? name, int? sessionNumber, string organizationName) =>
        name ?? (sessionNumber is { } number ? $"{organizationName}: {number}. Sitzung" : $"{organizationName}: Sitzung");

    public static string StateWord(MeetingState state) => state switch
    {
        MeetingState.Cancelled => "abgesagt",
        MeetingState.Held => "durchgeführt",
        MeetingState.Invited => "eingeladen",
        _ => "geplant",
    };
}
