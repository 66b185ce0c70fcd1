using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Minutes;

internal static class MinutesItems
{
    /// <summary>Items with content; withheld items never get here, because the variant decides what was read.</summary>
    public static List<MinutesItem> From(IEnumerable<AgendaEntry> agenda) =>
        agenda.Where(e => e.Content is not null)
            .Select(e => From(e.Number, e.Content!))
            .ToList();

    private static MinutesItem From(string? number, AgendaContent content) => new(
        number,
        content.Title,
        content.Paper?.Reference,
        content.Paper?.Name,
        content.Summary,
        content.Speakers.Select(s => new MinutesSpeaker(s.Person.Name, s.Note)).ToList(),
        content.ResolutionText,
        content.Votes,
        content.Outcome,
        content.Files.Select(f => f.Name).ToList(),
        [],
        null);
}
