using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Council.Minutes;

public sealed record GetInvitationDocument(int MeetingId, Viewer Viewer);

/// <summary>
/// Builds the invitation from the meeting as the viewer may see it: the meeting read model already withholds
/// part B titles and non-public papers, so the invitation cannot show more than the meeting page.
/// </summary>
public sealed class GetInvitationDocumentHandler(GetMeetingDetailsHandler meetings)
{
    public async Task<Result<InvitationDocument>> HandleAsync(GetInvitationDocument query, CancellationToken ct)
    {
        var details = await meetings.HandleAsync(new GetMeetingDetails(query.MeetingId, query.Viewer), ct);
        if (details.IsError)
        {
            return details.Error!;
        }

        var meeting = details.Value;
        return new InvitationDocument(
            DocumentHeaders.From(meeting),
            meeting.PublicAgenda.Select(Item).ToList(),
            meeting.NonPublicAgenda.Select(Item).ToList());
    }

    private static InvitationItem Item(AgendaEntry entry) => entry.Content is { } content
        ? new InvitationItem(entry.Number, content.Title,
            content.Paper is { } paper ? [new InvitationPaper(paper.Reference, paper.Name)] : [])
        : new InvitationItem(entry.Number, null, []);
}
