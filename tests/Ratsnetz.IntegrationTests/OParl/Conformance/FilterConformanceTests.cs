using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Council.Papers;
using Ratsnetz.Data;
using Ratsnetz.Testing;
using Ratsnetz.Testing.OParl;

namespace Ratsnetz.OParl.Conformance;

/// <summary>
/// The date filters and deleted objects, on a demo server whose clock moves on after seeding: a day later one paper
/// is changed, one deleted and one created, so every filter window splits the data instead of holding all or nothing.
/// </summary>
public sealed class FilterConformanceTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Filters_split_lists_by_created_and_modified_and_deleted_objects_stay_reachable(DatabaseKind kind)
    {
        await using var validator = await OParlSchemaValidator.StartOrSkipAsync();
        await using var server = await PortalServer.StartAsync(kind);
        var seeded = server.Clock.GetUtcNow();
        server.Clock.Advance(TimeSpan.FromDays(1));
        var changes = await ChangePapersAsync(server);
        using var client = server.CreateClient(followRedirects: false);
        var cancellation = TestContext.Current.CancellationToken;

        var crawler = await ConformanceRun.CrawlAsync(client, validator, new CrawlOptions(), cancellation);
        var boundary = seeded.AddHours(12);
        var filters = new FilterChecks(crawler);
        filters.RequireUnambiguous(boundary);
        var deletedListed = await filters.CheckAsync(FilterCase.Around(boundary), cancellation);
        foreach (var id in deletedListed.Select(d => d.Entry.Id).Distinct())
        {
            await ConformanceRun.CheckDeletedAtOwnUrlAsync(crawler, id, cancellation);
        }

        var summary = ConformanceRun.Summary(crawler);
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        var api = new Uri(server.BaseAddress, "/oparl/v1/").ToString();
        var papers = crawler.Lists.Values.Single(l => crawler.ListItemTypes[l.ListUrl] == "Paper" && l.Entries.Any(e => e.Id == $"{api}papers/{changes.Changed}"));
        // The windows must really split the list, or the filter checks above would prove little.
        Assert.Contains(papers.Entries, e => e.Id == $"{api}papers/{changes.Created}" && e.Created > boundary);
        Assert.Contains(papers.Entries, e => e.Id == $"{api}papers/{changes.Changed}" && e.Created < boundary && e.Modified > boundary);
        Assert.Contains(papers.Entries, e => e.Modified < boundary);
        Assert.DoesNotContain(papers.Entries, e => e.Id == $"{api}papers/{changes.Deleted}");
        Assert.Contains(deletedListed, d => d.Entry.Id == $"{api}papers/{changes.Deleted}");
        Assert.True(crawler.Violations.Count == 0, summary);
    }

    private sealed record PaperChanges(int Changed, int Deleted, int Created);

    /// <summary>Through the server's own AppDbContext, so created/modified are stamped by its (test) clock.</summary>
    private static async Task<PaperChanges> ChangePapersAsync(PortalServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var papers = await db.Papers.Where(p => p.IsPublic && !p.Deleted).OrderBy(p => p.Id).ToListAsync();
        Assert.True(papers.Count >= 2, "the demo needs two public papers for this test");
        var changed = papers[0];
        var deleted = papers[^1];
        changed.SetSummary("Zusammenfassung nach der Veröffentlichung ergänzt (Konformitätstest).");
        deleted.MarkDeleted();
        var created = Paper.Create(changed.BodyId, "999/2026", "Neue Vorlage für den Konformitätstest", "Vorlage").Value;
        db.Papers.Add(created);
        await db.SaveChangesAsync();
        return new PaperChanges(changed.Id, deleted.Id, created.Id);
    }
}
