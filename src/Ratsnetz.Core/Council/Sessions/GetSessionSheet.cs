using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>Everything the staff pages of one meeting show: agenda editor and live view read the same sheet.</summary>
public sealed record GetSessionSheet(Viewer Viewer, int MeetingId);

/// <summary>A meeting as its Geschäftsführung works on it, non-public part included (only staff of the body get it).</summary>
public sealed record SessionSheet(
    int MeetingId,
    int OrganizationId,
    string OrganizationName,
    DateOnly? Date,
    TimeOnly? StartTime,
    TimeOnly? EndTime,
    DateOnly? InvitationSentOn,
    IReadOnlyList<SheetItem> Items,
    IReadOnlyList<SheetPerson> People,
    IReadOnlyList<SheetAttendance> Attendance,
    IReadOnlyList<SheetPaper> Papers,
    IReadOnlyList<SheetPerson> OtherPeople)
{
    public bool Dispatched => InvitationSentOn is not null;

    public string NameOf(int personId) => People.FirstOrDefault(p => p.Id == personId)?.Name ?? $"#{personId}";
}

public sealed record SheetItem(
    int Id,
    string? Number,
    bool IsPublic,
    string Title,
    int? PaperId,
    string? PaperReference,
    string? UrgencyReason,
    VoteMode? VoteMode,
    VoteCounts? Votes,
    DecisionOutcome? Outcome,
    string? OverrideReason,
    string? ResolutionText,
    IReadOnlyList<int> BiasedPersonIds,
    IReadOnlyDictionary<int, Ballot> Ballots,
    IReadOnlyList<SheetSpeaker> Speakers,
    IReadOnlyList<int> VoterIds)
{
    /// <summary>Sub-items carry their parent's number and a dot ("3.1").</summary>
    public bool IsSubItem => Number?.Contains('.', StringComparison.Ordinal) ?? false;
}

/// <summary>A speaker in the order of the debate, with the short note the minute taker wrote.</summary>
public sealed record SheetSpeaker(int PersonId, string? Note);

/// <summary>A person who may appear in the attendance: a member of the organization, or someone already recorded.</summary>
public sealed record SheetPerson(int Id, string Name, bool IsMember);

public sealed record SheetAttendance(int PersonId, AttendanceStatus Status, AttendanceRole Role, TimeOnly? From, TimeOnly? Until, int? SubstituteForPersonId);

public sealed record SheetPaper(int Id, string Label);

public sealed class GetSessionSheetHandler(AppDbContext db)
{
    public async Task<Result<SessionSheet>> HandleAsync(GetSessionSheet query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var target = await ManagedMeeting.LoadAsync(db, query.Viewer, query.MeetingId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var meeting = target.Value.Meeting;
        var organizationName = await db.Organizations.Where(o => o.Id == meeting.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        var recorded = meeting.Attendances.Where(a => !a.Deleted).ToList();
        var day = meeting.Date;
        var memberIds = await db.Memberships.AsNoTracking()
            .Where(m => m.OrganizationId == meeting.OrganizationId && !m.Deleted
                && (day == null || ((m.StartDate == null || m.StartDate <= day) && (m.EndDate == null || m.EndDate >= day))))
            .Select(m => m.PersonId).Distinct().ToListAsync(ct);
        var wanted = memberIds.Union(recorded.Select(a => a.PersonId)).ToList();
        var people = await db.People.AsNoTracking().Where(p => wanted.Contains(p.Id) && !p.Deleted)
            .Select(p => new { p.Id, p.Title, p.GivenName, p.FamilyName }).ToListAsync(ct);
        var sheetPeople = people
            .OrderBy(p => p.FamilyName, StringComparer.CurrentCulture).ThenBy(p => p.GivenName, StringComparer.CurrentCulture)
            .Select(p => new SheetPerson(p.Id, People.Person.Compose(p.Title, p.GivenName, p.FamilyName), memberIds.Contains(p.Id)))
            .ToList();
        // Substitutes, administration staff and guests are often not members: they are picked from the body's people.
        var others = (await db.People.AsNoTracking().Where(p => p.BodyId == target.Value.BodyId && !p.Deleted && !wanted.Contains(p.Id))
                .Select(p => new { p.Id, p.Title, p.GivenName, p.FamilyName }).Take(1000).ToListAsync(ct))
            .OrderBy(p => p.FamilyName, StringComparer.CurrentCulture).ThenBy(p => p.GivenName, StringComparer.CurrentCulture)
            .Select(p => new SheetPerson(p.Id, People.Person.Compose(p.Title, p.GivenName, p.FamilyName), false))
            .ToList();
        var papers = await db.Papers.AsNoTracking().Where(p => p.BodyId == target.Value.BodyId && !p.Deleted)
            .OrderByDescending(p => p.Date).ThenBy(p => p.Id).Take(300)
            .Select(p => new { p.Id, p.Reference, p.Name }).ToListAsync(ct);
        var paperLabels = papers.ToDictionary(p => p.Id, p => p.Reference is null ? p.Name : $"{p.Reference}: {p.Name}");
        var items = meeting.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.IsPublic ? 0 : 1).ThenBy(i => i.Order)
            .Select(i => new SheetItem(i.Id, i.Number, i.IsPublic, i.Title, i.PaperId,
                i.PaperId is { } paper && papers.FirstOrDefault(p => p.Id == paper) is { } linked ? linked.Reference ?? linked.Name : null,
                i.UrgencyReason, i.VoteMode, i.Votes, i.Outcome, i.OutcomeOverrideReason, i.ResolutionText,
                i.BiasedPersonIds().Order().ToList(),
                i.Ballots.Where(b => !b.Deleted).ToDictionary(b => b.PersonId, b => b.Ballot),
                i.Contributions.Where(c => !c.Deleted).OrderBy(c => c.Order).Select(c => new SheetSpeaker(c.PersonId, c.Note)).ToList(),
                meeting.VotersFor(i, null).Order().ToList()))
            .ToList();
        return new SessionSheet(meeting.Id, meeting.OrganizationId, organizationName, meeting.Date, meeting.StartTime, meeting.EndTime,
            meeting.InvitationSentOn, items, sheetPeople,
            recorded.OrderBy(a => a.Id).Select(a => new SheetAttendance(a.PersonId, a.Status, a.Role, a.From, a.Until, a.SubstituteForPersonId)).ToList(),
            paperLabels.Select(p => new SheetPaper(p.Key, p.Value)).ToList(), others);
    }
}
