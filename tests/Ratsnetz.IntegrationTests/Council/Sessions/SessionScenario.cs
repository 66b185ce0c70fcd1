using Ratsnetz.Access;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;
using Ratsnetz.Data;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions;

/// <summary>
/// A fictional Integrationsrat of five statutory members with one planned meeting (a public and a non-public item),
/// another town's council, and the viewers the permission rules distinguish.
/// </summary>
internal sealed class SessionScenario : IAsyncDisposable
{
    private SessionScenario(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public TestClock Clock { get; } = new();

    public int OrganizationId { get; private set; }

    public int OtherOrganizationId { get; private set; }

    public int MeetingId { get; private set; }

    public int PublicItemId { get; private set; }

    public int NonPublicItemId { get; private set; }

    public Dictionary<string, int> People { get; } = [];

    public int OutsiderId { get; private set; }

    public Viewer Admin => new("admin", true, null, new HashSet<int>());

    public Viewer Staff => new("gf-kamen", false, null, new HashSet<int> { OrganizationId });

    public Viewer OtherStaff => new("gf-unna", false, null, new HashSet<int> { OtherOrganizationId });

    public Viewer Member => new("oezkir", false, People["Muster"], new HashSet<int>());

    public static async Task<SessionScenario> CreateAsync(DatabaseKind kind)
    {
        var scenario = new SessionScenario(await TestDatabases.CreateAsync(kind));
        await scenario.SeedAsync();
        return scenario;
    }

    public async Task<T> RunAsync<T>(Func<AppDbContext, AuditLog, Task<T>> action)
    {
        await using var db = Database.CreateContext(Clock);
        return await action(db, new AuditLog(db, Clock));
    }

    public async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var db = Database.CreateContext(Clock);
        return await query(db);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext(Clock);
        var kamen = new Body("Stadt Kamen", "Kamen");
        var unna = new Body("Stadt Unna", "Unna");
        db.Bodies.AddRange(kamen, unna);
        await db.SaveChangesAsync();

        var council = Organization.Create(kamen.Id, "Integrationsrat der Stadt Kamen", OrganizationKind.IntegrationCouncil).Value;
        council.SetStatutorySeats(5).ThrowIfError();
        var other = Organization.Create(unna.Id, "Integrationsrat der Stadt Unna", OrganizationKind.IntegrationCouncil).Value;
        db.Organizations.AddRange(council, other);
        foreach (var name in new[] { "Muster", "Becker", "Brandt", "Abwesend", "Vertreter" })
        {
            db.People.Add(Person.Create(kamen.Id, name).Value);
        }

        var outsider = Person.Create(unna.Id, "Fremd").Value;
        db.People.Add(outsider);
        await db.SaveChangesAsync();

        var meeting = Meeting.Create(council.Id, new DateOnly(2026, 12, 10), new TimeOnly(18, 0)).Value;
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        var publicItem = meeting.AddAgendaItem("1", true, "Zuschuss für das Sommerfest der Kulturen").Value;
        var nonPublicItem = meeting.AddAgendaItem("1", false, "Personalangelegenheit Integrationsbüro").Value;
        await db.SaveChangesAsync();

        OrganizationId = council.Id;
        OtherOrganizationId = other.Id;
        MeetingId = meeting.Id;
        PublicItemId = publicItem.Id;
        NonPublicItemId = nonPublicItem.Id;
        OutsiderId = outsider.Id;
        foreach (var person in db.People.Local.Where(p => p.BodyId == kamen.Id))
        {
            People[person.FamilyName] = person.Id;
        }
    }

    /// <summary>Chair Muster and Becker present from the start, Brandt from 18:30, Abwesend excused with Vertreter standing in.</summary>
    public async Task RecordTypicalAttendanceAsync()
    {
        RecordAttendance[] commands =
        [
            new(Staff, MeetingId, People["Muster"], AttendanceStatus.Present, AttendanceRole.Chair),
            new(Staff, MeetingId, People["Becker"], AttendanceStatus.Present, AttendanceRole.Member),
            new(Staff, MeetingId, People["Brandt"], AttendanceStatus.Present, AttendanceRole.Member, From: new TimeOnly(18, 30)),
            new(Staff, MeetingId, People["Abwesend"], AttendanceStatus.Excused, AttendanceRole.Member),
            new(Staff, MeetingId, People["Vertreter"], AttendanceStatus.Present, AttendanceRole.DeputyMember, SubstituteForPersonId: People["Abwesend"]),
        ];
        foreach (var command in commands)
        {
            var result = await RunAsync((db, audit) => new RecordAttendanceHandler(db, audit).HandleAsync(command, CancellationToken.None));
            Assert.True(result.IsSuccess, result.Error?.Message);
        }
    }
}
