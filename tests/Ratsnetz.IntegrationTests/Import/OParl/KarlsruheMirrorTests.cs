using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;
using Ratsnetz.Import.OParl;
using Ratsnetz.Testing;

namespace Ratsnetz.Import.OParl;

/// <summary>The real Karlsruhe data, served by a local static server, mirrored completely, repeatably and resumably.</summary>
public sealed class KarlsruheMirrorTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_Karlsruhe_sample_mirrors_completely_shows_in_the_portal_and_a_second_run_changes_nothing(DatabaseKind kind)
    {
        var sample = await KarlsruheSample.RequireAsync();
        var expected = sample.Count();
        await using var remote = await StaticOParlServer.ServeDirectoryAsync(sample.Root, KarlsruheSample.OriginalBase);
        var database = await TestDatabases.CreateAsync(kind);
        var clock = new TestClock();

        var first = await MirrorRun.RunToEndAsync(database, remote.Url(KarlsruheSample.SystemPath), clock);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{kind}: {first.Objects} objects in {first.Elapsed.TotalSeconds:F1} s = {first.ObjectsPerSecond:F0} objects/s, {first.Requests} requests, {first.BrokenLinks} broken links");
        clock.Advance(TimeSpan.FromDays(1));
        var second = await MirrorRun.RunToEndAsync(database, remote.Url(KarlsruheSample.SystemPath), clock);

        Assert.True(first.Complete);
        Assert.Equal(expected.Organizations, first.For("Organization").Created);
        Assert.Equal(expected.Meetings, first.For("Meeting").Created);
        Assert.Equal(expected.AgendaItems, first.For("AgendaItem").Created);
        Assert.Equal(expected.Papers, first.For("Paper").Created);
        Assert.Equal(expected.Consultations, first.For("Consultation").Created);
        Assert.Equal(expected.Files, first.For("File").Created);
        await AssertRecordsAsync(database, expected);
        Assert.True(second.Complete);
        Assert.All(second.PerType.Values, c => Assert.Equal((0, 0), (c.Created, c.Updated)));
        await AssertRecordsAsync(database, expected);
        Assert.Contains(remote.Requests, r => r.Contains("modified_since=", StringComparison.Ordinal));

        await using var portal = await PortalServer.StartAsync(database, demo: false);
        await AssertPortalShowsAsync(portal, database, expected);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task An_interrupted_run_resumes_where_it_stopped_and_ends_with_the_same_records(DatabaseKind kind)
    {
        var sample = await KarlsruheSample.RequireAsync();
        var expected = sample.Count();
        await using var remote = await StaticOParlServer.ServeDirectoryAsync(sample.Root, KarlsruheSample.OriginalBase);
        await using var database = await TestDatabases.CreateAsync(kind);
        var clock = new TestClock();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        remote.OnRequest = path =>
        {
            if (path.EndsWith("/papers/page/5.json", StringComparison.Ordinal))
            {
                stop.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MirrorRun.RunAsync(database, remote.Url(KarlsruheSample.SystemPath), clock, stop.Token));
        int papersAfterStop;
        await using (var db = database.CreateContext())
        {
            papersAfterStop = await db.Papers.CountAsync(TestContext.Current.CancellationToken);
            Assert.True((await db.Set<OParlSource>().SingleAsync(TestContext.Current.CancellationToken)).IsRunInProgress);
        }

        remote.OnRequest = null;
        var requestsBefore = remote.Requests.Count;
        var resumed = await MirrorRun.RunToEndAsync(database, remote.Url(KarlsruheSample.SystemPath), clock);

        Assert.InRange(papersAfterStop, 1, expected.Papers - 1);
        Assert.True(resumed.Resumed);
        Assert.True(resumed.Complete);
        // Lists finished before the stop are not read again: no meeting page after resuming.
        Assert.DoesNotContain(remote.Requests.Skip(requestsBefore), r => r.Contains("/meetings/page/", StringComparison.Ordinal));
        Assert.Equal(expected.Papers - papersAfterStop, resumed.For("Paper").Created);
        await AssertRecordsAsync(database, expected);
    }

    private static async Task AssertRecordsAsync(TestDatabase database, SampleCounts expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        Assert.Equal(expected.Organizations, await db.Organizations.CountAsync(o => o.Name != MirrorOParlSystemHandler.UnknownOrganizationName, ct));
        Assert.Equal(expected.Meetings, await db.Meetings.CountAsync(ct));
        Assert.Equal(expected.AgendaItems, await db.AgendaItems.CountAsync(ct));
        Assert.Equal(expected.Papers, await db.Papers.CountAsync(ct));
        Assert.Equal(expected.Consultations, await db.Consultations.CountAsync(ct));
        Assert.Equal(expected.Files, await db.Files.CountAsync(ct));
        Assert.Equal(expected.FilesWithText, await db.Files.CountAsync(f => f.Text != null, ct));
        Assert.True(await db.AgendaItems.AnyAsync(i => i.PaperId != null, ct), "agenda items are linked to their papers through consultations");
    }

    private static async Task AssertPortalShowsAsync(PortalServer portal, TestDatabase database, SampleCounts expected)
    {
        var ct = TestContext.Current.CancellationToken;
        int meetingId, paperId;
        string paperName;
        await using (var db = database.CreateContext())
        {
            meetingId = (await db.Set<OParlLink>().SingleAsync(l => l.RemoteUrl.EndsWith(expected.MeetingWithAgenda.Url.Substring(KarlsruheSample.OriginalBase.Length)), ct)).EntityId!.Value;
            var paper = await db.Papers.OrderBy(p => p.Id).FirstAsync(ct);
            (paperId, paperName) = (paper.Id, paper.Name);
        }

        using var client = portal.CreateClient();
        using var meetingPage = await client.GetAsync(new Uri($"/sitzungen/{meetingId}", UriKind.Relative), ct);
        using var paperPage = await client.GetAsync(new Uri($"/vorlagen/{paperId}", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, meetingPage.StatusCode);
        Assert.Contains(expected.MeetingWithAgenda.Name, WebUtility.HtmlDecode(await meetingPage.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, paperPage.StatusCode);
        Assert.Contains(paperName, WebUtility.HtmlDecode(await paperPage.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
