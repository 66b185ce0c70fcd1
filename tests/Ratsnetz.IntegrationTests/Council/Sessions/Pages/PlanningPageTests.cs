using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions.Pages;

/// <summary>The planning page of a body (/gremien/{id}/planung) over HTTP, as the Geschäftsführung uses it.</summary>
public sealed class PlanningPageTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Planning_sets_template_deadline_and_seats_and_new_meetings_start_with_the_template(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var council = await SessionPageKit.KamenCouncilIdAsync(server);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var page = $"/gremien/{council}/planung";

        using (var template = await SessionPageKit.PostAsync(staff, page, "template", new()
        {
            ["lines"] = "2",
            ["title0"] = "Einwohnerfragestunde", ["part0"] = "A", ["placement0"] = "Opening",
            ["title1"] = "Mitteilungen der Verwaltung", ["part1"] = "A", ["placement1"] = "Closing",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, template.StatusCode);
        }

        using (var policy = await SessionPageKit.PostAsync(staff, page, "policy", new() { ["days"] = "10", ["urgentDays"] = "2" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, policy.StatusCode);
        }

        using (var seats = await SessionPageKit.PostAsync(staff, page, "seats", new() { ["seats"] = "17" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, seats.StatusCode);
        }

        var html = await staff.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("10 Tage, bei Dringlichkeit 2 Tage.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"17\"", html, StringComparison.Ordinal);

        var meetingId = await SessionPageKit.ScheduleAsync(staff, council, "12.03.2027");
        var agenda = await staff.GetStringAsync(new Uri($"/sitzungen/{meetingId}/tagesordnung", UriKind.Relative));
        Assert.True(agenda.IndexOf("Einwohnerfragestunde", StringComparison.Ordinal) < agenda.IndexOf("Mitteilungen der Verwaltung", StringComparison.Ordinal));
        var stored = await DemoLookup.WithDbAsync(server, db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == council));
        Assert.Equal((17, 10, 2), (stored.StatutorySeats!.Value, stored.InvitationPolicy.Days, stored.InvitationPolicy.UrgentDays));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_year_plan_schedules_every_date_and_an_unreadable_date_keeps_what_was_typed(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var council = await SessionPageKit.KamenCouncilIdAsync(server);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var page = $"/gremien/{council}/planung";

        using (var plan = await SessionPageKit.PostAsync(staff, page, "schedule", new() { ["dates"] = "14.01.2027\n11.03.2027\n10.06.2027", ["start"] = "17:00" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
            Assert.Equal(page, plan.Headers.Location!.OriginalString);
        }

        var dates = await DemoLookup.WithDbAsync(server, db => db.Meetings.AsNoTracking()
            .Where(m => m.OrganizationId == council && m.Date >= new DateOnly(2027, 1, 1)).Select(m => m.Date).ToListAsync());
        Assert.Equal(3, dates.Count);

        using var wrong = await SessionPageKit.PostAsync(staff, page, "schedule", new() { ["dates"] = "14.01.2028\n31.02.2028", ["start"] = "17:00" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"session-error\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#schedule-dates\"", html, StringComparison.Ordinal);
        // The encoder writes the line break as a character reference; the browser shows it as typed.
        Assert.Contains("14.01.2028&#xA;31.02.2028</textarea>", html, StringComparison.Ordinal);
    }
}
