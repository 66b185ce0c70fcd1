using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Import.OParl;

/// <summary>
/// One run's state: the links known so far (remote URL → local record), what this run has already seen, broken links,
/// file content fetched for the current page, and the tally. Pages are applied one at a time, in one transaction
/// each, together with the list's cursor.
/// </summary>
internal sealed partial class MirrorSession(AppDbContext db, OParlClient client, OParlSource source, MirrorTally tally, ILogger logger)
{
    private static readonly Dictionary<string, RemoteMapper> Mappers = RemoteMappers.All.ToDictionary(m => m.Type, StringComparer.Ordinal);

    private readonly Dictionary<string, OParlLink> _links = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _fileContent = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Council.Meetings.Meeting> _meetings = [];

    public AppDbContext Db => db;

    /// <summary>The local body whose lists are being walked; objects found in them belong to it.</summary>
    public int BodyId { get; private set; }

    public string BodyUrl { get; private set; } = string.Empty;

    public void EnterBody(string bodyUrl, int bodyId)
    {
        BodyUrl = bodyUrl;
        BodyId = bodyId;
    }

    public MirrorTally Tally => tally;

    /// <summary>The local id a remote URL became, if it is on record.</summary>
    public int? IdOf(string? url) => url is not null && _links.TryGetValue(url, out var link) ? link.EntityId : null;

    public byte[]? FileContent(string url) => _fileContent.GetValueOrDefault(url);

    /// <summary>A meeting with its agenda, tracked, loaded once per page (its agenda items are changed through it).</summary>
    public async Task<Council.Meetings.Meeting?> LoadMeetingAsync(int id, CancellationToken ct)
    {
        if (!_meetings.TryGetValue(id, out var meeting))
        {
            meeting = await db.Meetings.Include(m => m.AgendaItems).FirstOrDefaultAsync(m => m.Id == id, ct);
            if (meeting is not null)
            {
                _meetings[id] = meeting;
            }
        }

        return meeting;
    }

    /// <summary>Applies the objects of one list page (with everything embedded and linked) and moves the cursor on.</summary>
    public async Task ImportPageAsync(IReadOnlyList<System.Text.Json.JsonElement> items, string expectedType, OParlCursor? cursor, string? nextPage, CancellationToken ct)
    {
        var objects = new List<RemoteObject>();
        AddNew(items.SelectMany(item => Flatten(item, expectedType, null)), objects);
        await LoadLinksAsync(objects.Select(o => o.Url).Concat(objects.SelectMany(ReferencesOf).Select(r => r.Url)), ct);
        await FetchUnknownReferencesAsync(objects, ct);
        await FetchFileContentAsync(objects, ct);

        var added = new List<string>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (cursor is not null && db.Entry(cursor).State == EntityState.Detached)
            {
                db.Attach(cursor);
            }

            foreach (var rank in objects.Where(o => Mappers.ContainsKey(o.Type)).GroupBy(o => Mappers[o.Type].Rank).OrderBy(g => g.Key))
            {
                var pending = new List<(OParlLink Link, Entity? Entity, RemoteObject Remote, MirrorOutcome Outcome)>();
                foreach (var remote in rank)
                {
                    pending.Add(await ApplyAsync(remote, ct));
                }

                await db.SaveChangesAsync(ct);
                foreach (var (link, entity, remote, outcome) in pending.Where(p => p.Outcome != MirrorOutcome.Failed))
                {
                    if (!_links.ContainsKey(remote.Url))
                    {
                        added.Add(remote.Url);
                        _links[remote.Url] = link;
                    }

                    link.Record(entity?.Id ?? link.EntityId, remote.ContentHash(), remote.RemoteModified);
                }
            }

            if (cursor is not null)
            {
                cursor.Advance(nextPage);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // One unexpected database refusal must not end a long run: the page counts as failed and the run goes on.
            await transaction.RollbackAsync(CancellationToken.None);
            added.ForEach(url => _links.Remove(url));
            tally.FailedPage();
            LogPageFailed(expectedType, e.GetType().Name);
            db.ChangeTracker.Clear();
            await AdvanceAloneAsync(cursor, nextPage, ct);
        }
        finally
        {
            _fileContent.Clear();
            _meetings.Clear();
        }

        // Tracked entities hold file texts; a long run must not keep every page in memory.
        db.ChangeTracker.Clear();
    }

    private async Task AdvanceAloneAsync(OParlCursor? cursor, string? nextPage, CancellationToken ct)
    {
        if (cursor is null)
        {
            return;
        }

        db.Attach(cursor);
        cursor.Advance(nextPage);
        await db.SaveChangesAsync(ct);
    }

    private async Task<(OParlLink Link, Entity? Entity, RemoteObject Remote, MirrorOutcome Outcome)> ApplyAsync(RemoteObject remote, CancellationToken ct)
    {
        var mapper = Mappers[remote.Type];
        var known = _links.GetValueOrDefault(remote.Url);
        var link = known ?? new OParlLink(source.Id, remote.Url, remote.Type);
        if (known is not null && db.Entry(known).State == EntityState.Detached)
        {
            db.Attach(known);
        }

        var hash = remote.ContentHash();
        if (known is not null && known.ContentHash == hash)
        {
            return Count(link, null, remote, MirrorOutcome.Unchanged);
        }

        if (known is null)
        {
            db.Add(link);
        }

        if (remote.IsDeleted)
        {
            if (known?.EntityId is { } deletedId && await db.FindAsync(mapper.EntityType, [deletedId], ct) is Entity gone && !gone.Deleted)
            {
                gone.MarkDeleted();
            }

            return Count(link, null, remote, MirrorOutcome.Deleted);
        }

        var applied = await mapper.ApplyAsync(remote, known?.EntityId, this, ct);
        if (applied.Problem is not null || applied.Entity is null)
        {
            if (known is null)
            {
                db.Remove(link);
            }

            LogObjectFailed(remote.Type, remote.Url, applied.Problem ?? "no record");
            return Count(link, null, remote, MirrorOutcome.Failed);
        }

        // Only this entry: scanning every tracked entity (and its file text) per object would make a page quadratic.
        var entry = db.Entry(applied.Entity);
        entry.DetectChanges();
        var state = entry.State;
        var outcome = known?.EntityId is null ? MirrorOutcome.Created
            : state == EntityState.Modified ? MirrorOutcome.Updated
            : MirrorOutcome.Unchanged;
        return Count(link, applied.Entity, remote, outcome);
    }

    private (OParlLink, Entity?, RemoteObject, MirrorOutcome) Count(OParlLink link, Entity? entity, RemoteObject remote, MirrorOutcome outcome)
    {
        tally.Count(remote.Type, outcome);
        return (link, entity, remote, outcome);
    }

    private List<RemoteObject> Flatten(System.Text.Json.JsonElement json, string expectedType, RemoteParent? parent)
    {
        var withoutId = new List<string>();
        var objects = RemoteObject.Flatten(json, expectedType, parent, withoutId);
        foreach (var type in withoutId)
        {
            tally.Count(type, MirrorOutcome.Failed);
            LogObjectFailed(type, "(no id)", "object without id");
        }

        return objects;
    }

    /// <summary>
    /// Keeps objects this run has not seen yet. A list entry seen before (the same id on two pages) is counted as a
    /// duplicate; an embedded object met again (one location for several meetings) is simply the same object.
    /// </summary>
    private void AddNew(IEnumerable<RemoteObject> candidates, List<RemoteObject> into)
    {
        foreach (var remote in candidates)
        {
            if (!Mappers.ContainsKey(remote.Type))
            {
                continue;
            }

            if (_seen.Add(remote.Url))
            {
                into.Add(remote);
            }
            else if (remote.Parent is null)
            {
                tally.Duplicate();
                LogDuplicate(remote.Type, remote.Url);
            }
        }
    }

    private static IEnumerable<(string Url, string Type)> ReferencesOf(RemoteObject remote) =>
        Mappers.TryGetValue(remote.Type, out var mapper) ? mapper.References(remote) : [];

    private async Task LoadLinksAsync(IEnumerable<string> urls, CancellationToken ct)
    {
        var unknown = urls.Where(u => !_links.ContainsKey(u)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var chunk in unknown.Chunk(500))
        {
            var found = await db.Set<OParlLink>().AsNoTracking()
                .Where(l => l.SourceId == source.Id && chunk.Contains(l.RemoteUrl))
                .ToListAsync(ct);
            foreach (var link in found)
            {
                _links[link.RemoteUrl] = link;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OParl object {Type} {Url} not mirrored: {Problem}")]
    private partial void LogObjectFailed(string type, string url, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "OParl object {Type} {Url} listed again; the first copy counts")]
    private partial void LogDuplicate(string type, string url);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A page of {Type} objects was refused by the database ({Error}); its objects count as failed")]
    private partial void LogPageFailed(string type, string error);
}
