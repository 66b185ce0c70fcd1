using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Minutes;

/// <summary>
/// The minutes workflow over HTTP on the demo Kamen meeting: the Geschäftsführung edits the draft, the chair
/// (Aziz Özkir) and the minute taker (Hanna Schulze) sign with their own accounts, the Geschäftsführung publishes,
/// and after signing only addenda are possible. Every step leaves an audit entry.
/// </summary>
public sealed class MinutesWorkflowTests
{
    private const string Remarks = "Herr Özkir stellte fest, dass die Tagesordnung form- und fristgerecht zugegangen sei.";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Minutes_are_signed_twice_then_published_and_after_signing_take_only_addenda(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        await MinutesTestKit.AddAccountsAsync(server);
        var id = await MinutesTestKit.KamenMeetingIdAsync(server);
        var manage = $"/sitzungen/{id}/niederschrift";
        using var management = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var chair = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);
        using var minuteTaker = await ReviewSamples.SignedInAsync(server, MinutesTestKit.MinuteTakerEmail);
        using var anonymous = server.CreateClient(followRedirects: false);

        using (var unpublished = await anonymous.GetAsync(new Uri($"/sitzungen/{id}/niederschrift/oeffentlich/pdf", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        }

        using (var draft = await ReviewSamples.PostAsync(management, manage, $"{manage}?handler=draft", new() { ["openingRemarks"] = Remarks }))
        {
            Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        }

        var chairPage = await chair.GetStringAsync(new Uri(manage, UriKind.Relative));
        Assert.Contains("name=\"role\" value=\"Chair\"", chairPage, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"MinuteTaker\"", chairPage, StringComparison.Ordinal);
        using (var signed = await ReviewSamples.PostAsync(chair, manage, $"{manage}?handler=sign", new() { ["role"] = "Chair" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }

        // A change to the meeting's record after signing does not reach the signed minutes (they were frozen).
        var signedTitle = await ReviewSamples.WithDbAsync(server, async db =>
        {
            var item = await db.AgendaItems.SingleAsync(i => i.MeetingId == id && i.IsPublic && i.Number == "1");
            item.SetSummary("Nachträglich ohne Nachtrag geändert.");
            item.LinkPaper(null);
            await db.SaveChangesAsync();
            return item.Title;
        });
        using var editAfterSigning = await ReviewSamples.PostAsync(management, manage, $"{manage}?handler=draft", new() { ["openingRemarks"] = "Stillschweigend geändert." });
        using var publishEarly = await ReviewSamples.PostAsync(management, manage, $"{manage}?handler=publish", []);
        using var signTwice = await ReviewSamples.PostAsync(chair, "/", $"{manage}?handler=sign", new() { ["role"] = "Chair" });
        Assert.Equal(HttpStatusCode.Conflict, editAfterSigning.StatusCode);
        Assert.Contains("data-testid=\"minutes-error\"", await editAfterSigning.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, publishEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, signTwice.StatusCode);

        using (var second = await ReviewSamples.PostAsync(minuteTaker, manage, $"{manage}?handler=sign", new() { ["role"] = "MinuteTaker" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        }

        using (var publish = await ReviewSamples.PostAsync(management, manage, $"{manage}?handler=publish", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        using (var addendum = await ReviewSamples.PostAsync(management, manage, $"{manage}?handler=addendum",
            new() { ["text"] = "Herr Kuru verließ die Sitzung um 19:30 Uhr.", ["reason"] = "Abgang nachgetragen" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, addendum.StatusCode);
        }

        var minutes = await ReviewSamples.WithDbAsync(server, db => db.MeetingMinutes.Include(m => m.Addenda).SingleAsync(m => m.MeetingId == id));
        Assert.Equal(MinutesState.Published, minutes.State);
        Assert.Equal(Remarks, minutes.OpeningRemarks);
        Assert.Equal(await ReviewSamples.UserIdAsync(server, ReviewSamples.KamenMember), minutes.ChairSignedByUserId);
        Assert.Equal(await ReviewSamples.UserIdAsync(server, MinutesTestKit.MinuteTakerEmail), minutes.MinuteTakerSignedByUserId);
        Assert.Equal(server.Clock.GetUtcNow().UtcDateTime, minutes.ChairSignedAt);
        var added = Assert.Single(minutes.Addenda);
        Assert.Equal(("Abgang nachgetragen", "Geschäftsführung Integrationsrat Kamen"), (added.Reason, added.AuthorName));

        var audit = await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == MinutesAudit.EntityType && a.EntityId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(
            [MinutesAudit.Edited, MinutesAudit.Signature, MinutesAudit.Signature, MinutesAudit.Published, MinutesAudit.AddendumAdded],
            audit.Select(a => a.Action));
        Assert.Equal(["Chair", "MinuteTaker"], audit.Where(a => a.Action == MinutesAudit.Signature).Select(a => a.Field));
        Assert.Equal("Abgang nachgetragen", audit[^1].Reason);
        Assert.All(audit, a => Assert.Equal(MinutesAccess.Context(id), a.Context));

        using var pdf = await anonymous.GetAsync(new Uri($"/sitzungen/{id}/niederschrift/oeffentlich/pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("niederschrift-integrationsrat-der-stadt-kamen-2021-11-04-oeffentlich.pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = KamenMinutesTests.PdfText(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("Herr Kuru verließ die Sitzung um 19:30 Uhr.", text, StringComparison.Ordinal);
        Assert.Contains("Abgang nachgetragen", text, StringComparison.Ordinal);
        Assert.Contains("Herr Özkir stellte fest", text, StringComparison.Ordinal);
        Assert.DoesNotContain(MinutesTestKit.PartBOnlyTitle, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nachträglich ohne Nachtrag geändert.", text, StringComparison.Ordinal);
        Assert.Contains($"Zu TOP 1: {signedTitle}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Rendering.GermanText.Draft, text, StringComparison.Ordinal);
        Assert.Contains("Vorsitz", text, StringComparison.Ordinal);

        using var fullForAnonymous = await anonymous.GetAsync(new Uri($"/sitzungen/{id}/niederschrift/vollstaendig/html", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, fullForAnonymous.StatusCode);
        var meetingPage = await anonymous.GetStringAsync(new Uri($"/sitzungen/{id}", UriKind.Relative));
        Assert.Contains($"/sitzungen/{id}/niederschrift/oeffentlich/pdf", meetingPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/sitzungen/{id}/niederschrift/vollstaendig/", meetingPage, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Geschaeftsfuehrung_of_another_body_and_people_in_other_roles_are_refused(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        await MinutesTestKit.AddAccountsAsync(server);
        var id = await MinutesTestKit.KamenMeetingIdAsync(server);
        var manage = $"/sitzungen/{id}/niederschrift";
        using var foreign = await ReviewSamples.SignedInAsync(server, MinutesTestKit.BergkamenManagementEmail);
        using var chair = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);
        using var anonymous = server.CreateClient(followRedirects: false);

        using var page = await foreign.GetAsync(new Uri(manage, UriKind.Relative));
        using var draft = await ReviewSamples.PostAsync(foreign, "/", $"{manage}?handler=draft", new() { ["openingRemarks"] = "Fremd" });
        using var sign = await ReviewSamples.PostAsync(foreign, "/", $"{manage}?handler=sign", new() { ["role"] = "Chair" });
        using var full = await foreign.GetAsync(new Uri($"/sitzungen/{id}/niederschrift/vollstaendig/pdf", UriKind.Relative));
        using var chairAsMinuteTaker = await ReviewSamples.PostAsync(chair, manage, $"{manage}?handler=sign", new() { ["role"] = "MinuteTaker" });
        using var chairPublishes = await ReviewSamples.PostAsync(chair, manage, $"{manage}?handler=publish", []);
        using var anonymousManage = await anonymous.GetAsync(new Uri(manage, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, sign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, full.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, chairAsMinuteTaker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, chairPublishes.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousManage.StatusCode);
        Assert.False(await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.AnyAsync(a => a.EntityType == MinutesAudit.EntityType)));
        Assert.False(await ReviewSamples.WithDbAsync(server, db => db.MeetingMinutes.AnyAsync(m => m.ChairSignedAt != null || m.OpeningRemarks != null)));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_invitation_downloads_as_pdf_and_docx_with_their_content_types_and_file_names(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var id = await MinutesTestKit.KamenMeetingIdAsync(server);
        using var anonymous = server.CreateClient(followRedirects: false);

        var meetingPage = await anonymous.GetStringAsync(new Uri($"/sitzungen/{id}", UriKind.Relative));
        using var pdf = await anonymous.GetAsync(new Uri($"/sitzungen/{id}/einladung/pdf", UriKind.Relative));
        using var docx = await anonymous.GetAsync(new Uri($"/sitzungen/{id}/einladung/docx", UriKind.Relative));

        Assert.Contains("data-testid=\"minutes-links\"", meetingPage, StringComparison.Ordinal);
        Assert.Contains($"/sitzungen/{id}/einladung/pdf", meetingPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"/sitzungen/{id}/niederschrift/oeffentlich/", meetingPage, StringComparison.Ordinal);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("einladung-integrationsrat-der-stadt-kamen-2021-11-04.pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("einladung-integrationsrat-der-stadt-kamen-2021-11-04.docx", docx.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var text = word.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Vorstellung des Integrationskonzeptes der Stadt Kamen", text, StringComparison.Ordinal);
        Assert.DoesNotContain(MinutesTestKit.PartBOnlyTitle, text, StringComparison.Ordinal);
    }
}
