using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.OParl.Caching;
using Ratsnetz.OParl.Documents;

namespace Ratsnetz.OParl;

/// <summary>One OParl object type the API can answer, at its own URL and as a body list.</summary>
internal interface IOParlResource
{
    string Segment { get; }

    /// <summary>Writes the object; false when there is none the public may see.</summary>
    Task<bool> WriteObjectAsync(OParlContext context, int id, CancellationToken cancellationToken);

    /// <summary>
    /// Writes one list page of the body's objects. Returns the rows it was written from, the one after the page
    /// included, or null when the body does not exist.
    /// </summary>
    Task<OParlRowStamp[]?> WriteListAsync(OParlContext context, int bodyId, OParlListRequest request, string listUrl, CancellationToken cancellationToken);

    /// <summary>
    /// The rows <see cref="WriteListAsync"/> would write the page from now, with the generations of the documents
    /// with ids from <paramref name="first"/> to <paramref name="last"/> instead of the documents.
    /// </summary>
    Task<List<OParlListRow>> ReadListRowsAsync(AppDbContext db, int bodyId, OParlListRequest request, int first, int last, CancellationToken cancellationToken);

    /// <summary>Renders and stores the documents of live objects after <paramref name="after"/>; the last id done, or null at the end.</summary>
    Task<OParlRenderBatch> RenderBatchAsync(OParlContext context, int after, int size, bool verify, CancellationToken cancellationToken);
}

/// <summary>What one batch of <c>ratsnetz oparl render</c> did.</summary>
internal sealed record OParlRenderBatch(int? LastId, int Objects, int Rendered, IReadOnlyList<int> Outdated);

/// <summary>
/// The shared mechanics: visibility first (non-public objects do not exist for the API), then keyset paging in id
/// order, then one load of the page's objects with everything they embed, then writing. Deleted objects are written
/// from the page row alone, because all that is left of them is id, type and the timestamps.
/// </summary>
internal abstract class OParlResource<TEntity, TModel> : IOParlResource
    where TEntity : Entity
{
    public abstract string Segment { get; }

    protected abstract string Type { get; }

    protected abstract OParlDocumentKind Kind { get; }

    /// <summary>All objects of the type the public may see, deleted ones included.</summary>
    protected abstract IQueryable<TEntity> Reachable(AppDbContext db);

    /// <summary>The reachable objects that belong to a body, for its list (see <see cref="OParlListScope"/>).</summary>
    protected abstract OParlListScope ListScope { get; }

    /// <summary>The live objects with these ids, ready to write.</summary>
    protected abstract Task<IReadOnlyDictionary<int, TModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken);

    protected abstract void Write(OParlContext context, TModel model);

    public async Task<bool> WriteObjectAsync(OParlContext context, int id, CancellationToken cancellationToken)
    {
        var row = await Rows(Reachable(context.Db).AsNoTracking().Where(e => e.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return false;
        }

        if (row.Deleted)
        {
            context.Writer.Deleted(context.Urls.Of(Segment, row.Id), Type, row.Created, row.Modified);
            return true;
        }

        if (context.UseStoredDocuments)
        {
            var documents = await DocumentsAsync(context, [row.Id], cancellationToken);
            if (!documents.TryGetValue(row.Id, out var document))
            {
                return false;
            }

            context.Writer.Fragment(document.Json, document.Hash);
            return true;
        }

        var models = await LoadAsync(context, [row.Id], cancellationToken);
        if (!models.TryGetValue(row.Id, out var model))
        {
            return false;
        }

        Write(context, model);
        return true;
    }

    public Task<List<OParlListRow>> ReadListRowsAsync(AppDbContext db, int bodyId, OParlListRequest request, int first, int last, CancellationToken cancellationToken) =>
        OParlListQuery.ReadGenerationsAsync(db, Kind, ListScope, bodyId, request, first, last, cancellationToken);

    public async Task<OParlRowStamp[]?> WriteListAsync(OParlContext context, int bodyId, OParlListRequest request, string listUrl, CancellationToken cancellationToken)
    {
        var rows = await OParlListQuery.ReadAsync(context.Db, Kind, ListScope, bodyId, request, cancellationToken);
        if (rows.Count == 0 && !ListScope.IsSystemList && !await context.Db.Bodies.AnyAsync(b => b.Id == bodyId && !b.Deleted, cancellationToken))
        {
            return null;
        }

        var stamps = rows.ConvertAll(OParlRowStamp.Of).ToArray();
        var hasNext = rows.Count > request.Limit;
        if (hasNext)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var documents = new Dictionary<int, DocumentBytes>();
        IReadOnlyDictionary<int, TModel> models = new Dictionary<int, TModel>();
        if (context.UseStoredDocuments)
        {
            documents = await DocumentsAsync(context, rows, cancellationToken);
        }
        else if (rows.Any(r => !r.Deleted))
        {
            models = await LoadAsync(context, rows.Where(r => !r.Deleted).Select(r => r.Id).ToList(), cancellationToken);
        }

        var writer = context.Writer;
        writer.StartObject();
        writer.StartArray("data");
        foreach (var row in rows)
        {
            if (row.Deleted)
            {
                writer.Deleted(context.Urls.Of(Segment, row.Id), Type, row.Created, row.Modified);
            }
            else if (documents.TryGetValue(row.Id, out var document))
            {
                writer.Fragment(document.Json, document.Hash);
            }
            else if (models.TryGetValue(row.Id, out var model))
            {
                Write(context, model);
            }
        }

        writer.EndArray();
        OParlPaging.Write(writer, listUrl, request, rows.Count == 0 ? request.After : rows[^1].Id, hasNext);
        writer.EndObject();
        return stamps;
    }

    public async Task<OParlRenderBatch> RenderBatchAsync(OParlContext context, int after, int size, bool verify, CancellationToken cancellationToken)
    {
        var ids = await Reachable(context.Db).AsNoTracking()
            .Where(e => !e.Deleted && e.Id > after)
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .Take(size)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return new OParlRenderBatch(null, 0, 0, []);
        }

        var stored = await OParlDocumentStore.LoadAsync(context.Db, Kind, ids, cancellationToken);
        var missing = ids.Count(id => !stored.TryGetValue(id, out var document) || document.Json is null);
        var outdated = new List<int>();
        if (verify)
        {
            // A stored document that differs from a fresh rendering means a change that did not mark it outdated.
            var models = await LoadAsync(context, ids, cancellationToken);
            foreach (var (id, model) in models)
            {
                if (stored.TryGetValue(id, out var document) && document.Json is { } json && !json.AsSpan().SequenceEqual(Render(context, model)))
                {
                    outdated.Add(id);
                }
            }
        }

        if (outdated.Count > 0)
        {
            await OParlDocumentStore.BumpAsync(context.Db, outdated.Select(id => new OParlDocumentKey(Kind, id)).ToList(), cancellationToken);
        }

        await DocumentsAsync(context, ids, cancellationToken);
        return new OParlRenderBatch(ids[^1], ids.Count, missing, outdated);
    }

    /// <summary>
    /// The stored documents of these live objects; those missing or outdated are rendered now and stored for the
    /// next request. The generations are read before the objects, which is what makes storing them safe.
    /// </summary>
    private async Task<Dictionary<int, DocumentBytes>> DocumentsAsync(OParlContext context, List<int> ids, CancellationToken cancellationToken)
    {
        var stored = await OParlDocumentStore.LoadAsync(context.Db, Kind, ids, cancellationToken);
        return await CompleteAsync(context, ids.Select(id => (id, stored.TryGetValue(id, out var document) ? document : (StoredJson?)null)), cancellationToken);
    }

    /// <summary>The documents of a list page's live rows, which come with what was stored for them.</summary>
    private Task<Dictionary<int, DocumentBytes>> DocumentsAsync(OParlContext context, List<OParlListRow> rows, CancellationToken cancellationToken) =>
        CompleteAsync(context, rows.Where(r => !r.Deleted).Select(r => (r.Id, r.Stored)), cancellationToken);

    private async Task<Dictionary<int, DocumentBytes>> CompleteAsync(OParlContext context, IEnumerable<(int Id, StoredJson? Stored)> objects, CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, DocumentBytes>();
        List<(int Id, long Generation)>? missing = null;
        foreach (var (id, stored) in objects)
        {
            if (stored is { Json: { } json, Hash: { } hash })
            {
                result[id] = new DocumentBytes(json, hash);
            }
            else
            {
                (missing ??= []).Add((id, stored?.Generation ?? 0));
            }
        }

        if (missing is null)
        {
            return result;
        }

        var models = await LoadAsync(context, missing.ConvertAll(m => m.Id), cancellationToken);
        var rendered = new List<(int Id, long Generation, DocumentBytes Document)>(missing.Count);
        foreach (var (id, generation) in missing)
        {
            if (models.TryGetValue(id, out var model))
            {
                var document = DocumentBytes.Of(Render(context, model));
                result[id] = document;
                rendered.Add((id, generation, document));
            }
        }

        await OParlDocumentStore.SaveAsync(context.Db, Kind, rendered, context.Logger, cancellationToken);
        return result;
    }

    private byte[] Render(OParlContext context, TModel model)
    {
        using var writer = new OParlJsonWriter(OParlDocumentFormat.MarkerUrls);
        Write(context with { Writer = writer }, model);
        return writer.ToArray();
    }

    private static IQueryable<PageRow> Rows(IQueryable<TEntity> query) =>
        query.Select(e => new PageRow(e.Id, e.Created, e.Modified, e.Deleted));
}

internal sealed record PageRow(int Id, DateTime Created, DateTime Modified, bool Deleted);
