using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Minutes;

public sealed record GetMinutesDocument(int MeetingId, MinutesVariant Variant, Viewer Viewer);

/// <summary>
/// Builds the minutes of one meeting from its record. The public variant is read as an anonymous visitor would see
/// the meeting, so no part B content can reach it even when the viewer has access; the full variant needs access to
/// the non-public part. Before publication only viewers with access see the draft.
/// </summary>
public sealed class GetMinutesDocumentHandler(AppDbContext db, NonPublicAccess access, GetMeetingDetailsHandler meetings)
{
    public async Task<Result<MinutesDocument>> HandleAsync(GetMinutesDocument query, CancellationToken ct)
    {
        var organizationId = await db.Meetings.AsNoTracking()
            .Where(m => m.Id == query.MeetingId && !m.Deleted)
            .Select(m => (int?)m.OrganizationId)
            .FirstOrDefaultAsync(ct);
        if (organizationId is not { } organization)
        {
            return MinutesAccess.NotFound(query.MeetingId);
        }

        var minutes = await db.MeetingMinutes.AsNoTracking().Include(m => m.Addenda)
            .FirstOrDefaultAsync(m => m.MeetingId == query.MeetingId && !m.Deleted, ct);
        var scope = await access.ScopeForAsync(query.Viewer, ct);
        var hasAccess = scope.Covers(organization) || MinutesAccess.MayManage(query.Viewer, organization);
        var published = minutes?.State == MinutesState.Published;
        if (query.Variant == MinutesVariant.Full && !hasAccess)
        {
            return published
                ? new ForbiddenError("minutes.full_needs_access", "The full minutes contain the non-public part.")
                : MinutesAccess.NotFound(query.MeetingId);
        }

        if (!published && !hasAccess)
        {
            return MinutesAccess.NotFound(query.MeetingId);
        }

        if ((query.Variant == MinutesVariant.Full ? minutes?.SignedFullContent : minutes?.SignedPublicContent) is { } signed)
        {
            return MinutesSnapshot.Thaw(signed, minutes!, query.Variant);
        }

        return await BuildLiveAsync(query.MeetingId, query.Variant, minutes, ct);
    }

    /// <summary>Both variants as they stand now, for freezing at the first signature (whoever signs, both are kept).</summary>
    internal async Task<MinutesContent> FreezeAsync(int meetingId, MeetingMinutes minutes, CancellationToken ct) => new(
        MinutesSnapshot.Freeze(await BuildLiveAsync(meetingId, MinutesVariant.Full, minutes, ct)),
        MinutesSnapshot.Freeze(await BuildLiveAsync(meetingId, MinutesVariant.Public, minutes, ct)));

    private async Task<MinutesDocument> BuildLiveAsync(int meetingId, MinutesVariant variant, MeetingMinutes? minutes, CancellationToken ct)
    {
        // Access was decided by the caller; here the variant alone decides what is read.
        var readAs = variant == MinutesVariant.Full ? FullReader : Viewer.Anonymous;
        var details = await meetings.HandleAsync(new GetMeetingDetails(meetingId, readAs), ct);
        return await BuildAsync(details.Value, variant, minutes, ct);
    }

    private static readonly Viewer FullReader = new("minutes", true, null, new HashSet<int>());

    private async Task<MinutesDocument> BuildAsync(MeetingDetails meeting, MinutesVariant variant, MeetingMinutes? minutes, CancellationToken ct)
    {
        var salutations = await SalutationsAsync(meeting, ct);
        MinutesPerson Person(Attendee a) => new(
            salutations.GetValueOrDefault(a.Person.Id), a.Person.Name, a.Role, a.Function, a.From, a.Until,
            a.FromAgendaNumber, a.UntilAgendaNumber, a.SubstituteFor?.Name);

        var present = meeting.Present.SelectMany(g => g.People).ToList();
        var full = variant == MinutesVariant.Full;
        var shown = meeting.PublicAgenda.Concat(full ? meeting.NonPublicAgenda : []).Where(e => e.Content is not null).Select(e => e.Id).ToList();
        var (bias, ballots) = await SessionRecordAsync(shown, ct);
        return new MinutesDocument(
            variant,
            DocumentHeaders.From(meeting),
            new MinutesStatus(minutes?.State ?? MinutesState.Draft, minutes?.PublishedAt),
            Sections(present.Where(a => !IsOther(a.Role)), Person),
            Sections(present.Where(a => IsOther(a.Role)), Person),
            meeting.Excused.Select(Person).ToList(),
            meeting.AbsentWithoutExcuse.Select(Person).ToList(),
            minutes?.OpeningRemarks,
            MinutesItems.From(meeting.PublicAgenda, bias, ballots),
            full ? MinutesItems.From(meeting.NonPublicAgenda, bias, ballots) : [],
            [
                new SignatureLine(SignatureRole.Chair, meeting.Chair?.Name, minutes?.ChairSignedAt),
                new SignatureLine(SignatureRole.MinuteTaker, meeting.MinuteTaker?.Name, minutes?.MinuteTakerSignedAt),
            ],
            MinutesAddenda.For(minutes, variant));
    }

    /// <summary>Administration, guests and the minute taker are listed apart from the members, as the records do.</summary>
    private static bool IsOther(AttendanceRole role) =>
        role is AttendanceRole.Administration or AttendanceRole.Guest or AttendanceRole.MinuteTaker;

    /// <summary>Sections in the order the record lists them: a heading's place is where its first person appears.</summary>
    private static List<AttendanceSection> Sections(IEnumerable<Attendee> attendees, Func<Attendee, MinutesPerson> person) =>
        attendees.GroupBy(a => a.Group)
            .Select(g => new AttendanceSection(g.Key, g.Select(person).ToList()))
            .ToList();

    /// <summary>Bias declarations and roll-call ballots of the items shown, by agenda item, with names as the minutes print them.</summary>
    private async Task<(ILookup<int, BiasDeclaration> Bias, ILookup<int, RollCallEntry> Ballots)> SessionRecordAsync(List<int> itemIds, CancellationToken ct)
    {
        var bias = await (
                from declaration in db.BiasDeclarations.AsNoTracking()
                join person in db.People on declaration.PersonId equals person.Id
                where !declaration.Deleted && itemIds.Contains(declaration.AgendaItemId)
                orderby declaration.Id
                select new { declaration.AgendaItemId, person.Title, person.GivenName, person.FamilyName, declaration.Note })
            .ToListAsync(ct);
        var ballots = await (
                from ballot in db.RollCallBallots.AsNoTracking()
                join person in db.People on ballot.PersonId equals person.Id
                where !ballot.Deleted && itemIds.Contains(ballot.AgendaItemId)
                select new { ballot.AgendaItemId, person.Title, person.GivenName, person.FamilyName, ballot.Ballot })
            .ToListAsync(ct);
        return (
            bias.ToLookup(b => b.AgendaItemId, b => new BiasDeclaration(People.Person.Compose(b.Title, b.GivenName, b.FamilyName), b.Note)),
            ballots.OrderBy(b => b.FamilyName, StringComparer.Ordinal).ThenBy(b => b.GivenName, StringComparer.Ordinal)
                .ToLookup(b => b.AgendaItemId, b => new RollCallEntry(People.Person.Compose(b.Title, b.GivenName, b.FamilyName), BallotWord(b.Ballot))));
    }

    private static string BallotWord(Sessions.Ballot ballot) => ballot switch
    {
        Sessions.Ballot.Yes => "Ja",
        Sessions.Ballot.No => "Nein",
        _ => "Enthaltung",
    };

    private async Task<Dictionary<int, string?>> SalutationsAsync(MeetingDetails meeting, CancellationToken ct)
    {
        var ids = meeting.Present.SelectMany(g => g.People).Concat(meeting.Excused).Concat(meeting.AbsentWithoutExcuse)
            .Select(a => a.Person.Id).Distinct().ToList();
        var rows = await db.People.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Salutation })
            .ToListAsync(ct);
        return rows.ToDictionary(p => p.Id, p => p.Salutation?.ToString());
    }
}
