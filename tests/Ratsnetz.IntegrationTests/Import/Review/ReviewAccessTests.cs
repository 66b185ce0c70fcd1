using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.Review;

/// <summary>
/// Only staff review imports: administrators every import, Geschäftsführung those of their own organizations.
/// Anonymous visitors are sent to sign in, members are refused, and nobody else learns that an import exists.
/// </summary>
public sealed class ReviewAccessTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Anonymous_visitors_are_sent_to_sign_in(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var import = await ReviewSamples.ImportAsync(server, "Kamen");
        using var client = server.CreateClient(followRedirects: false);

        foreach (var path in new[] { "/pruefung", $"/pruefung/{import.ImportId}", "/hochladen", "/hochladen/1" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/anmelden", new Uri(server.BaseAddress, response.Headers.Location!).AbsolutePath);
        }
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_member_is_refused_and_cannot_confirm(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var import = await ReviewSamples.ImportAsync(server, "Kamen");
        using var member = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);

        foreach (var path in new[] { "/pruefung", $"/pruefung/{import.ImportId}", "/hochladen" })
        {
            using var response = await member.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var confirm = await ReviewSamples.PostAsync(member, "/", $"/pruefung/{import.ImportId}?handler=confirm", []);
        Assert.Equal(HttpStatusCode.Forbidden, confirm.StatusCode);
        Assert.False(await ReviewSamples.WithDbAsync(server, db => db.DocumentImports.AnyAsync(i => i.ReviewedAt != null)));
        var meetingPage = await member.GetStringAsync(new Uri($"/sitzungen/{import.MeetingId}", UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"not-reviewed\"", meetingPage, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Geschaeftsfuehrung_neither_sees_nor_corrects_imports_of_another_body(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var kamen = await ReviewSamples.ImportAsync(server, "Kamen");
        var bergkamen = await ReviewSamples.ImportAsync(server, "Bergkamen");
        using var management = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);

        var list = await management.GetStringAsync(new Uri("/pruefung", UriKind.Relative));
        using var foreign = await management.GetAsync(new Uri($"/pruefung/{bergkamen.ImportId}", UriKind.Relative));
        using var correction = await ReviewSamples.PostAsync(management, "/pruefung", $"/pruefung/{bergkamen.ImportId}?handler=header",
            new() { ["date"] = "2025-03-13", ["start"] = "18:00", ["end"] = "19:30", ["sessionNumber"] = "5", ["location"] = "Anderswo" });
        using var confirm = await ReviewSamples.PostAsync(management, "/pruefung", $"/pruefung/{bergkamen.ImportId}?handler=confirm", []);

        Assert.Contains($"/pruefung/{kamen.ImportId}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"/pruefung/{bergkamen.ImportId}\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, correction.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        var meeting = await ReviewSamples.WithDbAsync(server, db => db.Meetings.SingleAsync(m => m.Id == bergkamen.MeetingId));
        Assert.Equal(new DateOnly(2025, 3, 12), meeting.Date);
        Assert.False(await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.AnyAsync()));
        var bergkamenMeetingPage = await management.GetStringAsync(new Uri($"/sitzungen/{bergkamen.MeetingId}", UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"not-reviewed\"", bergkamenMeetingPage, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task An_administrator_sees_every_unreviewed_import_with_its_text_and_facts(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var kamen = await ReviewSamples.ImportAsync(server, "Kamen");
        var bergkamen = await ReviewSamples.ImportAsync(server, "Bergkamen");
        using var admin = await ReviewSamples.SignedInAsync(server, ReviewSamples.Admin);

        var list = await admin.GetStringAsync(new Uri("/pruefung", UriKind.Relative));
        var page = await admin.GetStringAsync(new Uri($"/pruefung/{kamen.ImportId}", UriKind.Relative));

        Assert.Contains($"/pruefung/{kamen.ImportId}\"", list, StringComparison.Ordinal);
        Assert.Contains($"/pruefung/{bergkamen.ImportId}\"", list, StringComparison.Ordinal);
        Assert.Contains("id=\"z9\"", page, StringComparison.Ordinal);
        Assert.Contains("Personalangelegenheit Integrationsbüro", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#z4\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#z5\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"review-attendance\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Only_staff_of_the_body_see_that_a_meeting_is_not_reviewed(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var import = await ReviewSamples.ImportAsync(server, "Kamen");
        using var management = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var anonymous = server.CreateClient();
        var path = new Uri($"/sitzungen/{import.MeetingId}", UriKind.Relative);

        var staffView = await management.GetStringAsync(path);
        var publicView = await anonymous.GetStringAsync(path);

        Assert.Contains("data-testid=\"not-reviewed\"", staffView, StringComparison.Ordinal);
        Assert.Contains($"/pruefung/{import.ImportId}", staffView, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"not-reviewed\"", publicView, StringComparison.Ordinal);
        Assert.DoesNotContain("Personalangelegenheit Integrationsbüro", publicView, StringComparison.Ordinal);
    }
}
