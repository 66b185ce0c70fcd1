using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Import.OParl;

internal sealed class MeetingMapper : RemoteMapper
{
    public override string Type => "Meeting";

    public override int Rank => 3;

    public override System.Type EntityType => typeof(Meeting);

    public override IEnumerable<(string Url, string Type)> References(RemoteObject remote) =>
        remote.Json.Strings("organization").Take(1).Select(url => (url, "Organization"))
            .Concat(remote.Json.Reference("location") is { } location ? [(location, "Location")] : []);

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var (date, start, end) = Times(json.Field("start"), json.Field("end"));
        Meeting meeting;
        if (existingId is { } id && await session.LoadMeetingAsync(id, ct) is { } existing)
        {
            // A cancelled meeting keeps its time; the rule forbids moving it and the record is still right.
            existing.Reschedule(date, start, end);
            meeting = existing;
        }
        else
        {
            var organizationId = json.Strings("organization").Select(session.IdOf).FirstOrDefault(i => i is not null)
                ?? await session.UnknownOrganizationIdAsync(ct);
            var created = Meeting.Create(organizationId, date, start, end);
            if (created.IsError)
            {
                return Applied.Fail(created.Error!.Code);
            }

            meeting = created.Value;
            session.Db.Add(meeting);
        }

        meeting.Describe(Fit(json.Field("name"), 300), meeting.Note);
        meeting.SetLocation(session.IdOf(json.Reference("location")));
        if (json.Flag("cancelled") == true && meeting.State != MeetingState.Cancelled)
        {
            meeting.Cancel();
        }

        ApplyState(meeting, json.Field("meetingState"));
        return meeting;
    }

    /// <summary>
    /// meetingState is free text; German servers write "eingeladen", "durchgeführt", "abgesagt" and variants. Only a
    /// recognised word moves the state, and only along the meeting's own rules (a held meeting is never cancelled).
    /// </summary>
    internal static void ApplyState(Meeting meeting, string? meetingState)
    {
        var state = meetingState?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(state))
        {
            return;
        }

        if (state.Contains("abgesagt", StringComparison.Ordinal) || state.Contains("ausgefallen", StringComparison.Ordinal) || state.Contains("aufgehoben", StringComparison.Ordinal))
        {
            meeting.Cancel();
        }
        else if (state.Contains("durchgeführt", StringComparison.Ordinal) || state.Contains("beendet", StringComparison.Ordinal)
            || state.Contains("abgeschlossen", StringComparison.Ordinal) || state.Contains("stattgefunden", StringComparison.Ordinal))
        {
            meeting.MarkHeld();
        }
        else if (state.Contains("eingeladen", StringComparison.Ordinal) && meeting.State == MeetingState.Planned)
        {
            meeting.MarkInvited();
        }
    }

    /// <summary>
    /// Local date and times in Europe/Berlin. An end on another day or before the start (servers write midnight
    /// for "open end") is dropped rather than rejecting the meeting.
    /// </summary>
    internal static (DateOnly? Date, TimeOnly? Start, TimeOnly? End) Times(string? start, string? end)
    {
        if (OParlDates.ToBerlin(start) is not { } from)
        {
            return (null, null, null);
        }

        var until = OParlDates.ToBerlin(end);
        var endTime = until is { } u && u.Date == from.Date && u.Time is { } t && from.Time is { } s && t >= s ? t : (TimeOnly?)null;
        return (from.Date, from.Time, endTime);
    }
}

internal sealed class AgendaItemMapper : RemoteMapper
{
    public override string Type => "AgendaItem";

    public override int Rank => 4;

    public override System.Type EntityType => typeof(AgendaItem);

    public override IEnumerable<(string Url, string Type)> References(RemoteObject remote) =>
        ParentOrReference(remote, "Meeting", "meeting") is { } meeting ? [(meeting, "Meeting")] : [];

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var number = Fit(json.Field("number"), 20);
        var title = Fit(json.Field("name"), 1000) ?? (number is null ? "Tagesordnungspunkt" : $"Tagesordnungspunkt {number}");
        AgendaItem item;
        if (existingId is { } id && await session.Db.AgendaItems.AsNoTracking().Where(i => i.Id == id).Select(i => (int?)i.MeetingId).FirstOrDefaultAsync(ct) is { } ownerId
            && await session.LoadMeetingAsync(ownerId, ct) is { } owner && owner.AgendaItems.FirstOrDefault(i => i.Id == id) is { } existing)
        {
            // A number used twice in one part (it happens in real agendas) keeps the item, without its number.
            if (owner.ReviseAgendaItem(existing, number, title).IsError && owner.ReviseAgendaItem(existing, null, title).IsError)
            {
                return Applied.Fail("agenda item cannot be revised");
            }

            item = existing;
        }
        else
        {
            var meetingId = session.IdOf(ParentOrReference(remote, "Meeting", "meeting"));
            if (meetingId is null || await session.LoadMeetingAsync(meetingId.Value, ct) is not { } meeting)
            {
                return Applied.Fail("agenda item without known meeting");
            }

            var isPublic = json.Flag("public") ?? true;
            // The source published this agenda; a meeting it later called off keeps it (it arrives cancelled first).
            var added = meeting.RecordPublishedAgendaItem(number, isPublic, title);
            added = added.IsError && number is not null ? meeting.RecordPublishedAgendaItem(null, isPublic, title) : added;
            if (added.IsError)
            {
                return Applied.Fail(added.Error!.Code);
            }

            item = added.Value;
        }

        if (json.Number("order") is { } order)
        {
            item.MoveTo(order);
        }

        var result = json.Field("result");
        var resolution = json.Field("resolutionText");
        if (item.RecordDecision(resolution, OParlVocabulary.GuessOutcome(result), item.Votes).IsError)
        {
            // Votes on record (entered here) outrank a guess from the source's wording.
            item.RecordDecision(resolution, item.Outcome, item.Votes).ThrowIfError();
        }

        item.SetResultText(Fit(result, 500));
        return item;
    }
}
