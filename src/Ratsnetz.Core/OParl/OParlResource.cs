using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.OParl;

/// <summary>One OParl object type the API can answer, at its own URL and as a body list.</summary>
internal interface IOParlResource
{
    string Segment { get; }

    /// <summary>Writes the object; false when there is none the public may see.</summary>
    Task<bool> WriteObjectAsync(OParlContext context, int id, CancellationToken cancellationToken);

    /// <summary>Writes one list page of the body's objects; false when the body does not exist.</summary>
    Task WriteListAsync(OParlContext context, int bodyId, OParlListRequest request, string listUrl, CancellationToken cancellationToken);
}

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

    /// <summary>All objects of the type the public may see, deleted ones included.</summary>
    protected abstract IQueryable<TEntity> Reachable(AppDbContext db);

    /// <summary>The reachable objects that belong to the body.</summary>
    protected abstract IQueryable<TEntity> InBody(AppDbContext db, int bodyId);

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

        var models = await LoadAsync(context, [row.Id], cancellationToken);
        if (!models.TryGetValue(row.Id, out var model))
        {
            return false;
        }

        Write(context, model);
        return true;
    }

    public async Task WriteListAsync(OParlContext context, int bodyId, OParlListRequest request, string listUrl, CancellationToken cancellationToken)
    {
        var filtered = Filter(InBody(context.Db, bodyId).AsNoTracking(), request);
        var rows = await Rows(filtered.Where(e => e.Id > request.After).OrderBy(e => e.Id).Take(request.Limit + 1))
            .ToListAsync(cancellationToken);
        var hasNext = rows.Count > request.Limit;
        if (hasNext)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var live = rows.Where(r => !r.Deleted).Select(r => r.Id).ToList();
        var models = live.Count == 0 ? new Dictionary<int, TModel>() : await LoadAsync(context, live, cancellationToken);

        var writer = context.Writer;
        writer.StartObject();
        writer.StartArray("data");
        foreach (var row in rows)
        {
            if (row.Deleted)
            {
                writer.Deleted(context.Urls.Of(Segment, row.Id), Type, row.Created, row.Modified);
            }
            else if (models.TryGetValue(row.Id, out var model))
            {
                Write(context, model);
            }
        }

        writer.EndArray();
        OParlPaging.Write(writer, listUrl, request, rows.Count == 0 ? request.After : rows[^1].Id, hasNext);
        writer.EndObject();
    }

    private static IQueryable<TEntity> Filter(IQueryable<TEntity> query, OParlListRequest request)
    {
        if (!request.IncludeDeleted)
        {
            query = query.Where(e => !e.Deleted);
        }

        if (request.CreatedSince is { } createdSince)
        {
            var since = createdSince.UtcDateTime;
            query = query.Where(e => e.Created >= since);
        }

        if (request.CreatedUntil is { } createdUntil)
        {
            var until = createdUntil.UtcDateTime;
            query = query.Where(e => e.Created <= until);
        }

        if (request.ModifiedSince is { } modifiedSince)
        {
            var since = modifiedSince.UtcDateTime;
            query = query.Where(e => e.Modified >= since);
        }

        if (request.ModifiedUntil is { } modifiedUntil)
        {
            var until = modifiedUntil.UtcDateTime;
            query = query.Where(e => e.Modified <= until);
        }

        return query;
    }

    private static IQueryable<PageRow> Rows(IQueryable<TEntity> query) =>
        query.Select(e => new PageRow(e.Id, e.Created, e.Modified, e.Deleted));
}

internal sealed record PageRow(int Id, DateTime Created, DateTime Modified, bool Deleted);
