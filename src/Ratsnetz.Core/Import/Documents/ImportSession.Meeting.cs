using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Locations;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Documents.Extraction;

namespace Ratsnetz.Import.Documents;

internal sealed partial class ImportSession
{
    private static readonly string[] HeaderFields = ["session_number", "start", "end", "location"];

    private async Task<Result<ImportProduct>> ImportMeetingAsync(CancellationToken cancellationToken)
    {
        var organization = await ImportTargets.ResolveOrganizationAsync(db, body.BodyId, extraction.Body, cancellationToken);
        if (organization is null)
        {
            return new ValidationError("import.organization_unknown", "The document does not name the committee or council it belongs to.");
        }

        var date = ParseDate(extraction.Date);
        var start = ParseTime(extraction.Start);
        var meeting = await FindMeetingAsync(db, organization.Id, date, start, extraction.SessionNumber, cancellationToken);
        if (meeting is null)
        {
            var created = Meeting.Create(organization.Id, date, start, ParseTime(extraction.End), extraction.SessionNumber);
            if (created.IsError)
            {
                return created.Error!;
            }

            meeting = created.Value;
            meeting.Describe(null, date is null ? "Das Datum steht nicht im importierten Dokument." : null);
            if (extraction.Type == "minutes")
            {
                meeting.MarkHeld();
            }

            db.Meetings.Add(meeting);
        }
        else
        {
            FillGaps(meeting, start);
        }

        if (extraction.QuorumConfirmed is { } quorum)
        {
            meeting.RecordQuorum(quorum);
        }

        await SetLocationAsync(meeting, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        Provenance("Meeting", meeting.Id, "date");
        // The other header facts only where the extractor says where it found them, so review can point to their lines.
        foreach (var field in HeaderFields.Where(extraction.Provenance.ContainsKey))
        {
            Provenance("Meeting", meeting.Id, field);
        }

        foreach (var attendance in meeting.Attendances)
        {
            Remember(attendance.PersonId, "meeting", null);
        }

        await RecordAttendanceAsync(meeting, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RecordAgendaAsync(meeting, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var decided = await RecordDecisionsAsync(meeting, cancellationToken);
        await RecordSpeakersAsync(meeting, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportProduct(meeting.Id, extraction.Type == "resolution" ? decided : null, null);
    }

    /// <summary>A meeting known only from an invitation or a motion gets the facts the minutes add; nothing is overwritten.</summary>
    private void FillGaps(Meeting meeting, TimeOnly? start)
    {
        if (extraction.SessionNumber is { } session && meeting.SessionNumber is { } known && known != session)
        {
            Uncertain.Add($"session_number: the document says {session}, the record {known}");
        }

        if (meeting.StartTime is null && start is not null && meeting.Reschedule(meeting.Date, start, meeting.EndTime ?? ParseTime(extraction.End)).IsError)
        {
            Uncertain.Add("start/end: do not fit the record");
        }

        if (meeting.SessionNumber is null && extraction.SessionNumber is { } number)
        {
            meeting.SetSessionNumber(number);
        }

        if (extraction.Type == "minutes" && meeting.State is MeetingState.Planned or MeetingState.Invited)
        {
            meeting.MarkHeld();
        }
    }

    private async Task SetLocationAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.LocationId is not null || Text.Clean(extraction.Location) is not { } description)
        {
            return;
        }

        var location = await db.Locations.FirstOrDefaultAsync(l => l.BodyId == body.BodyId && l.Description == description, cancellationToken);
        if (location is null)
        {
            location = new Location(body.BodyId, description);
            db.Locations.Add(location);
            await db.SaveChangesAsync(cancellationToken);
        }

        meeting.SetLocation(location.Id);
    }

    private async Task RecordAttendanceAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        for (var i = 0; i < extraction.Attendees.Count; i++)
        {
            var person = extraction.Attendees[i];
            var personId = await PersonAsync(person.Name, person.Salutation, $"attendees[{i}]", cancellationToken);
            int? substituteFor = person.SubstituteFor is { } absentee ? await PersonAsync(absentee, null, $"attendees[{i}].substitute_for", cancellationToken) : null;
            var details = new AttendanceDetails(person.Group, person.Function, ParseTime(person.From), ParseTime(person.Until),
                AgendaNumber(person.From), AgendaNumber(person.Until), substituteFor);
            Record(meeting, personId, AttendanceStatus.Present, RoleOf(person), details, $"attendees[{i}]");
        }

        for (var i = 0; i < extraction.Absent.Count; i++)
        {
            var person = extraction.Absent[i];
            var personId = await PersonAsync(person.Name, person.Salutation, $"absent[{i}]", cancellationToken);
            // Minutes that list absentees without saying so mostly mean "entschuldigt"; only an explicit "no" is recorded as unexcused.
            var status = person.Excused == false ? AttendanceStatus.AbsentWithoutExcuse : AttendanceStatus.Excused;
            Record(meeting, personId, status, RoleOf(person), new AttendanceDetails(person.Group, person.Function), $"absent[{i}]");
        }
    }

    private void Record(Meeting meeting, int personId, AttendanceStatus status, AttendanceRole role, AttendanceDetails details, string field)
    {
        if (meeting.Attendances.Any(a => a.PersonId == personId))
        {
            return;
        }

        var recorded = meeting.RecordAttendance(personId, status, role, details);
        if (recorded.IsError)
        {
            Uncertain.Add($"{field}: {recorded.Error!.Message}");
        }
    }

    private AttendanceRole RoleOf(ExtractedPerson person)
    {
        if (SameName(person.Name, extraction.Chair))
        {
            return AttendanceRole.Chair;
        }

        if (SameName(person.Name, extraction.MinuteTaker))
        {
            return AttendanceRole.MinuteTaker;
        }

        return person.Role switch
        {
            "Vorsitz" => AttendanceRole.Chair,
            "stellvertretender Vorsitz" => AttendanceRole.DeputyChair,
            "stellvertretendes Mitglied" => AttendanceRole.DeputyMember,
            "beratendes Mitglied" => AttendanceRole.AdvisoryMember,
            "Verwaltung" => AttendanceRole.Administration,
            "Gast" => AttendanceRole.Guest,
            "Schriftführung" => AttendanceRole.MinuteTaker,
            _ => AttendanceRole.Member,
        };
    }

    private static bool SameName(string written, string? other)
    {
        if (other is null)
        {
            return false;
        }

        var a = NameKey.Of(written);
        var b = NameKey.Of(other);
        return a == b || a.EndsWith(" " + b, StringComparison.Ordinal) || b.EndsWith(" " + a, StringComparison.Ordinal);
    }

    private static string? AgendaNumber(string? value) =>
        value is not null && value.StartsWith("TOP", StringComparison.OrdinalIgnoreCase) ? value[3..].Trim() : null;

    private static AgendaItem? FindItem(Meeting meeting, bool isPublic, string? number, string? title)
    {
        if (number is not null && meeting.FindAgendaItem(isPublic, number) is { } byNumber)
        {
            return byNumber;
        }

        var key = title is null ? null : NameKey.Of(title);
        return key is null ? null : meeting.AgendaItems.FirstOrDefault(i => i.IsPublic == isPublic && NameKey.Of(i.Title) == key);
    }
}
