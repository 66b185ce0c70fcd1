using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions;

/// <summary>An organization's agenda template: kept by its staff, applied to every meeting scheduled afterwards.</summary>
public sealed class StandardAgendaItemsTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_scheduled_meeting_starts_with_the_organizations_standard_items(DatabaseKind kind)
    {
        await using var s = await SessionScenario.CreateAsync(kind);
        StandardItemLine[] template =
        [
            new("Einwohnerfragestunde", true, StandardPlacement.Opening),
            new("Mitteilungen der Verwaltung", true, StandardPlacement.Closing),
            new("Mitteilungen (nichtöffentlich)", false, StandardPlacement.Closing),
        ];

        var set = await s.RunAsync((db, audit) => new SetStandardAgendaItemsHandler(db, audit)
            .HandleAsync(new SetStandardAgendaItems(s.Staff, s.OrganizationId, template), CancellationToken.None));
        var foreign = await s.RunAsync((db, audit) => new SetStandardAgendaItemsHandler(db, audit)
            .HandleAsync(new SetStandardAgendaItems(s.OtherStaff, s.OrganizationId, []), CancellationToken.None));
        var read = await s.RunAsync((db, _) => new GetStandardAgendaItemsHandler(db)
            .HandleAsync(new GetStandardAgendaItems(s.Staff, s.OrganizationId), CancellationToken.None));
        var meetingId = (await s.RunAsync((db, audit) => new ScheduleMeetingsHandler(db, audit)
            .HandleAsync(new ScheduleMeetings(s.Staff, s.OrganizationId, [new DateOnly(2027, 2, 4)], new TimeOnly(17, 0)), CancellationToken.None))).Value.Single();
        var added = await s.RunAsync((db, audit) => new AddAgendaItemHandler(db, audit)
            .HandleAsync(new AddAgendaItem(s.Staff, meetingId, new AgendaItemPlan(true, "Haushalt 2027")), CancellationToken.None));

        Assert.True(set.IsSuccess && added.IsSuccess);
        Assert.Equal("session.not_assigned", foreign.Error?.Code);
        Assert.Equal(template, read.Value);
        var items = await s.ReadAsync(db => db.AgendaItems.AsNoTracking().Where(i => i.MeetingId == meetingId).OrderBy(i => i.Order).ToListAsync());
        Assert.Equal(["A1 Einwohnerfragestunde", "A2 Haushalt 2027", "A3 Mitteilungen der Verwaltung", "B1 Mitteilungen (nichtöffentlich)"],
            items.Select(i => $"{(i.IsPublic ? "A" : "B")}{i.Number} {i.Title}"));
    }
}
