using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Minutes;

internal static class MinutesItems
{
    /// <summary>Items with content; withheld items never get here, because the variant decides what was read.</summary>
    public static List<MinutesItem> From(IEnumerable<AgendaEntry> agenda, ILookup<int, BiasDeclaration> bias, ILookup<int, RollCallEntry> ballots) =>
        agenda.Where(e => e.Content is not null)
            .Select(e => From(e.Number, e.Content!, bias[e.Id].ToList(), ballots[e.Id].ToList()))
            .ToList();

    private static MinutesItem From(string? number, AgendaContent content, List<BiasDeclaration> bias, List<RollCallEntry> ballots) => new(
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
        bias,
        ballots.Count == 0 ? null : new RollCallVote(ballots));
}
