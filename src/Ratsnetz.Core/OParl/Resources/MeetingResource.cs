using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record MeetingModel(
    int Id, DateTime Created, DateTime Modified, int OrganizationId, string OrganizationName, int? SessionNumber,
    string? Name, DateOnly? Date, TimeOnly? Start, TimeOnly? End, string TimeZoneId, int? LocationId, MeetingState State)
{
    public LocationModel? Location { get; init; }

    public IReadOnlyList<FileModel> Files { get; init; } = [];

    public IReadOnlyList<AgendaItemModel> AgendaItems { get; init; } = [];

    public IReadOnlyList<AttendanceModel> Attendance { get; init; } = [];
}

internal sealed record AttendanceModel(
    int MeetingId, int PersonId, AttendanceStatus Status, AttendanceRole Role, string? Group, string? Function,
    TimeOnly? From, TimeOnly? Until, int? SubstituteForPersonId);

/// <summary>Meetings with their location, files and public agenda embedded; attendance as a <c>ratsnetz:</c> field.</summary>
internal sealed class MeetingResource : OParlResource<Meeting, MeetingModel>
{
    private static readonly Dictionary<FileRole, string> SingleFiles = new()
    {
        [FileRole.Invitation] = "invitation",
        [FileRole.Minutes] = "resultsProtocol",
        [FileRole.VerbatimProtocol] = "verbatimProtocol",
    };

    public override string Segment => OParlSegments.Meetings;

    protected override string Type => OParlTypes.Meeting;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.Meeting;

    protected override IQueryable<Meeting> Reachable(AppDbContext db) => db.Meetings;

    protected override OParlListScope ListScope { get; } = OParlListScope.ThroughOrganization("meetings");

    protected override async Task<IReadOnlyDictionary<int, MeetingModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var meetings = await (
                from meeting in db.Meetings.AsNoTracking()
                join organization in db.Organizations on meeting.OrganizationId equals organization.Id
                where ids.Contains(meeting.Id)
                select new MeetingModel(
                    meeting.Id, meeting.Created, meeting.Modified, meeting.OrganizationId, organization.Name, meeting.SessionNumber,
                    meeting.Name, meeting.Date, meeting.StartTime, meeting.EndTime, meeting.TimeZoneId, meeting.LocationId, meeting.State))
            .ToListAsync(cancellationToken);
        var attendance = (await db.Attendances.AsNoTracking()
                .Where(a => !a.Deleted && ids.Contains(a.MeetingId))
                .OrderBy(a => a.Id)
                .Select(a => new AttendanceModel(a.MeetingId, a.PersonId, a.Status, a.Role, a.Group, a.Function, a.From, a.Until, a.SubstituteForPersonId))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.MeetingId);
        var locations = context.OmitInternal
            ? new Dictionary<int, LocationModel>()
            : await LocationResource.ByIdsAsync(db, meetings.Select(m => m.LocationId), cancellationToken);
        var files = context.OmitInternal ? null : await FileResource.ForMeetingsAsync(db, ids, cancellationToken);
        var items = context.OmitInternal ? null : await AgendaItemResource.ForMeetingsAsync(context, ids, cancellationToken);
        return meetings.ToDictionary(m => m.Id, m => m with
        {
            Location = m.LocationId is { } locationId ? locations.GetValueOrDefault(locationId) : null,
            Files = files?[m.Id].ToList() ?? [],
            AgendaItems = items?[m.Id].ToList() ?? [],
            Attendance = attendance[m.Id].ToList(),
        });
    }

    protected override void Write(OParlContext context, MeetingModel meeting)
    {
        var w = context.Writer;
        var urls = context.Urls;
        w.StartObject();
        w.Head(urls.Of(Segment, meeting.Id), Type);
        w.Text("name", meeting.Name ?? DefaultName(meeting));
        w.Text("meetingState", OParlLabels.MeetingState(meeting.State));
        if (meeting.State == MeetingState.Cancelled)
        {
            w.Bool("cancelled", true);
        }

        w.Text("start", OParlTime.Local(meeting.Date, meeting.Start, meeting.TimeZoneId));
        w.Text("end", OParlTime.Local(meeting.Date, meeting.End, meeting.TimeZoneId));
        if (meeting.Location is { } location)
        {
            LocationResource.WriteEmbedded(context, location, "location");
        }

        w.Strings("organization", [urls.Of(OParlSegments.Organizations, meeting.OrganizationId)]);
        w.Strings("participant", meeting.Attendance
            .Where(a => a.Status == AttendanceStatus.Present)
            .Select(a => urls.Of(OParlSegments.People, a.PersonId)));
        FileResource.WriteByRole(context, meeting.Files, SingleFiles, "auxiliaryFile");
        if (meeting.AgendaItems.Count > 0)
        {
            w.StartArray("agendaItem");
            foreach (var item in meeting.AgendaItems)
            {
                AgendaItemResource.WriteEmbedded(context, item);
            }

            w.EndArray();
        }

        w.Text("web", urls.Web("/sitzungen/" + meeting.Id));
        w.Number(OParlExtensions.Prefix + "sessionNumber", meeting.SessionNumber);
        WriteAttendance(context, meeting.Attendance);
        w.Stamps(meeting.Created, meeting.Modified);
        w.EndObject();
    }

    private static string DefaultName(MeetingModel meeting) => meeting.SessionNumber is { } number
        ? $"{number}. Sitzung {meeting.OrganizationName}"
        : "Sitzung " + meeting.OrganizationName;

    private static void WriteAttendance(OParlContext context, IReadOnlyList<AttendanceModel> attendance)
    {
        if (attendance.Count == 0)
        {
            return;
        }

        var w = context.Writer;
        var urls = context.Urls;
        w.StartArray(OParlExtensions.Prefix + "attendance");
        foreach (var entry in attendance)
        {
            w.StartObject();
            w.Text("person", urls.Of(OParlSegments.People, entry.PersonId));
            w.Text("status", entry.Status == AttendanceStatus.AbsentWithoutExcuse ? "absent" : OParlLabels.Code(entry.Status));
            w.Text("role", OParlLabels.Code(entry.Role));
            w.Text("group", entry.Group);
            w.Text("function", entry.Function);
            w.Text("from", entry.From?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            w.Text("until", entry.Until?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            if (entry.SubstituteForPersonId is { } substituteFor)
            {
                w.Text("substituteFor", urls.Of(OParlSegments.People, substituteFor));
            }

            w.EndObject();
        }

        w.EndArray();
    }
}
