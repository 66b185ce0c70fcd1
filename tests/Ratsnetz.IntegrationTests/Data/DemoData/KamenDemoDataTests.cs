using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Testing;
using static Ratsnetz.Data.DemoData.DemoSeed;

namespace Ratsnetz.Data.DemoData;

/// <summary>The Kamen records hold the facts of seeds 000, 002 and 003, on both database engines.</summary>
public sealed class KamenDemoDataTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_Kamen_Integrationsrat_meeting_has_16_present_and_4_excused_with_Özkir_in_the_chair(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind);
        await using var db = database.CreateContext();
        var meeting = await KamenIntegrationCouncilMeetingAsync(db);
        var names = await FamilyNamesAsync(db);

        Assert.Equal(new DateOnly(2021, 11, 4), meeting.Date);
        Assert.Equal((new TimeOnly(18, 5), new TimeOnly(19, 50)), (meeting.StartTime, meeting.EndTime));
        Assert.Equal(2, meeting.SessionNumber);
        Assert.Equal(MeetingState.Held, meeting.State);
        Assert.Equal(16, meeting.Attendances.Count(a => a.Status == AttendanceStatus.Present));
        Assert.Equal(4, meeting.Attendances.Count(a => a.Status == AttendanceStatus.Excused));
        Assert.Equal("Özkir", names[meeting.Attendances.Single(a => a.Role == AttendanceRole.Chair).PersonId]);
        var minuteTaker = meeting.Attendances.Single(a => a.Role == AttendanceRole.MinuteTaker);
        Assert.Equal(("Schulze", "Verwaltung"), (names[minuteTaker.PersonId], minuteTaker.Group));
        Assert.Equal("Gäste", meeting.Attendances.Single(a => a.Role == AttendanceRole.Guest).Group);
        var location = await db.Locations.SingleAsync(l => l.Id == meeting.LocationId, Ct);
        Assert.Equal("Sitzungssaal I des Rathauses", location.Description);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_Kamen_agenda_has_five_public_and_two_non_public_items_and_item_3_carries_paper_146_2021(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind);
        await using var db = database.CreateContext();
        var meeting = await KamenIntegrationCouncilMeetingAsync(db);

        Assert.Equal(["1", "2", "3", "4", "5"], meeting.AgendaItems.Where(i => i.IsPublic).OrderBy(i => i.Order).Select(i => i.Number));
        Assert.Equal(["1", "2"], meeting.AgendaItems.Where(i => !i.IsPublic).OrderBy(i => i.Order).Select(i => i.Number));
        Assert.All(meeting.AgendaItems.Where(i => !i.IsPublic), item => Assert.NotNull(item.Summary));
        var item3 = meeting.FindAgendaItem(isPublic: true, "3")!;
        var paper = await db.Papers.SingleAsync(p => p.Id == item3.PaperId, Ct);
        Assert.Equal(("146/2021", "Vorlage", item3.Title), (paper.Reference, paper.PaperType, paper.Name));
        Assert.Equal(meeting.Id, (await db.Consultations.SingleAsync(c => c.PaperId == paper.Id, Ct)).MeetingId);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_speakers_on_the_Kamen_integration_concept_are_kept_in_order(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind);
        await using var db = database.CreateContext();
        var meeting = await KamenIntegrationCouncilMeetingAsync(db);
        var names = await FamilyNamesAsync(db);

        var speakers = meeting.FindAgendaItem(isPublic: true, "3")!.Contributions.OrderBy(c => c.Order).Select(c => names[c.PersonId]);

        Assert.Equal(
            ["Schulze", "Kuru", "Lindemann-Opfermann", "Cufali", "Romeo", "Mallitzky", "Externbrink", "Yücel", "Özkir"],
            speakers);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Kamen_has_one_Özkir_and_one_Hanna_Schulze_who_appears_in_two_meetings(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind);
        await using var db = database.CreateContext();
        var kamen = await db.Bodies.SingleAsync(b => b.ShortName == "Kamen", Ct);

        Assert.Single(await db.People.Where(p => p.BodyId == kamen.Id && p.FamilyName == "Özkir").ToListAsync(Ct));
        var schulze = await db.People.SingleAsync(p => p.BodyId == kamen.Id && p.FamilyName == "Schulze", Ct);
        Assert.Equal("Hanna", schulze.GivenName);
        var meetings = await db.Attendances.Where(a => a.PersonId == schulze.Id).Select(a => a.MeetingId).Distinct().ToListAsync(Ct);
        Assert.Equal(2, meetings.Count);
        var committee = await db.Organizations.SingleAsync(o => o.BodyId == kamen.Id && o.Kind == OrganizationKind.Committee, Ct);
        var pressMeeting = await db.Meetings.Include(m => m.AgendaItems).ThenInclude(i => i.Contributions)
            .SingleAsync(m => m.OrganizationId == committee.Id, Ct);
        Assert.Null(pressMeeting.Date);
        Assert.Contains("Dienstag", pressMeeting.Note, StringComparison.Ordinal);
        var items = pressMeeting.AgendaItems.OrderBy(i => i.Order).ToList();
        Assert.Equal([DecisionOutcome.Postponed, DecisionOutcome.Unanimous], items.Select(i => i.Outcome));
        Assert.Equal(schulze.Id, Assert.Single(items[0].Contributions).PersonId);
        Assert.Single(await db.Organizations.Where(o => o.BodyId == kamen.Id && o.Kind == OrganizationKind.IntegrationCouncil).ToListAsync(Ct));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_Kamen_motion_is_consulted_at_item_15_of_the_council_meeting_on_8_December_2022(DatabaseKind kind)
    {
        await using var database = await SeededAsync(kind);
        await using var db = database.CreateContext();
        var motion = await db.Papers.Include(p => p.Originators).SingleAsync(p => p.PaperType == "Antrag", Ct);
        var consultation = await db.Consultations.SingleAsync(c => c.PaperId == motion.Id, Ct);
        var meeting = await db.Meetings.Include(m => m.AgendaItems).SingleAsync(m => m.Id == consultation.MeetingId, Ct);

        Assert.Null(motion.Reference);
        Assert.Equal(new DateOnly(2022, 12, 5), motion.Date);
        Assert.Equal("Fraktionsvorsitzender", Assert.Single(motion.Originators).Function);
        Assert.Equal((new DateOnly(2022, 12, 8), MeetingState.Invited), (meeting.Date, meeting.State));
        var item = Assert.Single(meeting.AgendaItems);
        Assert.Equal((item.Id, "15"), (consultation.AgendaItemId!.Value, item.Number));
    }
}
