using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Access;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.Uploads;

/// <summary>Uploads are stored, imported in the background by the same handler as the CLI, and survive a restart.</summary>
public sealed class UploadTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task An_uploaded_document_is_imported_in_the_background_and_leads_to_its_review(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);

        using var response = await UploadSamples.UploadAsync(client, "niederschrift-5.txt", UploadSamples.KamenMinutes());
        var upload = await UploadSamples.WaitUntilFinishedAsync(server, UploadSamples.UploadId(response));

        Assert.Equal(UploadStatus.Done, upload.Status);
        Assert.Equal("Kamen", upload.BodyName);
        Assert.Empty(upload.Content);
        var import = await ReviewSamples.WithDbAsync(server, db => db.DocumentImports.SingleAsync(i => i.Id == upload.ImportId));
        var meeting = await ReviewSamples.WithDbAsync(server, db => db.Meetings.Include(m => m.Attendances).SingleAsync(m => m.Id == import.MeetingId));
        var organization = await ReviewSamples.WithDbAsync(server, db => db.Organizations.SingleAsync(o => o.Id == meeting.OrganizationId));
        Assert.Equal(OrganizationKind.IntegrationCouncil, organization.Kind);
        Assert.Equal((new DateOnly(2025, 3, 12), 5), (meeting.Date, meeting.SessionNumber));
        Assert.Equal(4, meeting.Attendances.Count);

        var status = await client.GetStringAsync(new Uri($"/hochladen/{upload.Id}?auto=1", UriKind.Relative));
        Assert.Contains($"href=\"/pruefung/{upload.ImportId}\"", status, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", status, StringComparison.Ordinal);
        using var review = await client.GetAsync(new Uri($"/pruefung/{upload.ImportId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_garbage_upload_fails_with_a_message_and_records_nothing(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.Admin);
        var before = await CountsAsync(server);

        using var response = await UploadSamples.UploadAsync(client, "notizen.txt", UploadSamples.Garbage());
        var upload = await UploadSamples.WaitUntilFinishedAsync(server, UploadSamples.UploadId(response));

        Assert.Equal(UploadStatus.Failed, upload.Status);
        Assert.Equal("import.unknown_kind", upload.ErrorCode);
        Assert.Null(upload.ImportId);
        Assert.Empty(upload.Content);
        Assert.Equal(before, await CountsAsync(server));
        var status = await client.GetStringAsync(new Uri($"/hochladen/{upload.Id}", UriKind.Relative));
        Assert.Contains("data-testid=\"upload-error\"", status, StringComparison.Ordinal);
        Assert.Contains("nicht als Niederschrift", status, StringComparison.Ordinal);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task An_unsupported_kind_of_file_is_refused_at_the_form(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);

        using var response = await UploadSamples.UploadAsync(client, "protokoll.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("aria-describedby=\"document-hint document-error\"", html, StringComparison.Ordinal);
        Assert.False(await ReviewSamples.WithDbAsync(server, db => db.PendingUploads.AnyAsync()));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_file_above_the_size_limit_is_refused_at_the_form(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        var tooLarge = new byte[QueueUploadHandler.MaxBytes + 1];
        Array.Fill(tooLarge, (byte)'a');

        using var response = await UploadSamples.UploadAsync(client, "riesig.txt", tooLarge);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"document-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await ReviewSamples.WithDbAsync(server, db => db.PendingUploads.AnyAsync()));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Another_users_upload_status_is_not_found(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var admin = await ReviewSamples.SignedInAsync(server, ReviewSamples.Admin);
        using var management = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var uploaded = await UploadSamples.UploadAsync(admin, "notizen.txt", UploadSamples.Garbage());

        using var response = await management.GetAsync(new Uri($"/hochladen/{UploadSamples.UploadId(uploaded)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Work_a_stopped_server_left_behind_is_done_after_the_restart(DatabaseKind kind)
    {
        var database = await TestDatabases.CreateAsync(kind);
        int uploadId;
        await using (var db = database.CreateContext())
        {
            var admin = new Viewer("admin-before-restart", true, null, new HashSet<int>());
            uploadId = (await new QueueUploadHandler(db).HandleAsync(new QueueUpload(admin, "niederschrift.txt", UploadSamples.KamenMinutes(6), null), CancellationToken.None)).Value;
            // The server stopped while it was reading this upload.
            await db.PendingUploads.Where(u => u.Id == uploadId)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UploadStatus.Reading).SetProperty(u => u.Attempts, 1));
        }

        await using var server = await PortalServer.StartAsync(database, demo: false);
        var upload = await UploadSamples.WaitUntilFinishedAsync(server, uploadId);

        Assert.Equal(UploadStatus.Done, upload.Status);
        Assert.Equal(2, upload.Attempts);
        Assert.NotNull(upload.ImportId);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_status_page_reloads_itself_only_on_request_and_while_unfinished(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        using var client = await ReviewSamples.SignedInAsync(server, ReviewSamples.Admin);
        int uploadId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
            var userId = await ReviewSamples.UserIdAsync(server, ReviewSamples.Admin);
            var admin = new Viewer(userId, true, null, new HashSet<int>());
            // Held as if another server were reading it, so that this server's worker leaves it alone; in one
            // transaction, so the worker never sees it queued.
            await using var transaction = await db.Database.BeginTransactionAsync();
            uploadId = (await new QueueUploadHandler(db).HandleAsync(new QueueUpload(admin, "lang.txt", UploadSamples.KamenMinutes(7), "Kamen"), CancellationToken.None)).Value;
            await db.PendingUploads.Where(u => u.Id == uploadId).ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UploadStatus.Reading));
            await transaction.CommitAsync();
        }

        var automatic = await client.GetStringAsync(new Uri($"/hochladen/{uploadId}?auto=1", UriKind.Relative));
        var manual = await client.GetStringAsync(new Uri($"/hochladen/{uploadId}", UriKind.Relative));

        Assert.Contains("<meta http-equiv=\"refresh\" content=\"2\">", automatic, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", manual, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"refresh-link\"", manual, StringComparison.Ordinal);
    }

    private static Task<(int Meetings, int People, int Files, int Imports, int Bodies)> CountsAsync(PortalServer server) =>
        ReviewSamples.WithDbAsync(server, async db => (await db.Meetings.CountAsync(), await db.People.CountAsync(), await db.Files.CountAsync(),
            await db.DocumentImports.CountAsync(), await db.Bodies.CountAsync()));
}
