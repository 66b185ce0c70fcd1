using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.OParl.Caching;
using Ratsnetz.OParl.Resources;

namespace Ratsnetz.OParl;

/// <summary>
/// The OParl 1.1 API as a Core use case: the HTTP front door only maps URLs to these calls. Everything here is
/// anonymous and public; non-public content is invisible by construction (see the resources).
/// </summary>
public sealed class OParlApi(AppDbContext db, TimeProvider clock, OParlPageCache pages, ILogger<OParlApi> logger)
{
    internal static readonly IReadOnlyList<IOParlResource> All = new IOParlResource[]
    {
        new BodyResource(), new LegislativeTermResource(), new OrganizationResource(), new PersonResource(),
        new MembershipResource(), new MeetingResource(), new AgendaItemResource(), new PaperResource(),
        new ConsultationResource(), new FileResource(), new LocationResource(),
    };

    private static readonly Dictionary<string, IOParlResource> Resources = All.ToDictionary(r => r.Segment, StringComparer.Ordinal);

    public async Task<OParlDocument> GetSystemAsync(OParlUrls urls, CancellationToken cancellationToken)
    {
        var stamps = await db.Bodies.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new { Created = g.Min(b => b.Created), Modified = g.Max(b => b.Modified) })
            .FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var writer = new OParlJsonWriter(urls);
        writer.StartObject();
        writer.Head(urls.System, OParlTypes.System);
        writer.Text("oparlVersion", OParlTypes.Version);
        writer.Text("name", "Ratsnetz");
        writer.Text("body", urls.Bodies);
        writer.Text("website", urls.Web("/"));
        writer.Text("web", urls.Web("/"));
        writer.Stamps(stamps?.Created ?? now, stamps?.Modified ?? now);
        writer.EndObject();
        return writer.ToDocument();
    }

    public async Task<Result<OParlDocument>> GetObjectAsync(OParlUrls urls, string segment, int id, CancellationToken cancellationToken)
    {
        if (!Resources.TryGetValue(segment, out var resource))
        {
            return NotFound();
        }

        var writer = new OParlJsonWriter(urls);
        try
        {
            if (await resource.WriteObjectAsync(Context(writer, omitInternal: false), id, cancellationToken))
            {
                return writer.ToDocument();
            }
        }
        catch
        {
            writer.Dispose();
            throw;
        }

        writer.Dispose();
        return NotFound();
    }

    public Task<Result<OParlDocument>> GetBodiesAsync(OParlUrls urls, OParlListRequest request, CancellationToken cancellationToken) =>
        ListAsync(Resources[OParlSegments.Bodies], urls, 0, request, urls.Bodies, cancellationToken);

    public async Task<Result<OParlDocument>> GetListAsync(OParlUrls urls, int bodyId, string segment, OParlListRequest request, CancellationToken cancellationToken)
    {
        if (segment == OParlSegments.Bodies || !Resources.TryGetValue(segment, out var resource))
        {
            return NotFound();
        }

        return await ListAsync(resource, urls, bodyId, request, urls.BodyList(bodyId, segment), cancellationToken);
    }

    /// <summary>The stored bytes of a public, live file.</summary>
    public async Task<Result<OParlFileContent>> GetFileContentAsync(int id, CancellationToken cancellationToken)
    {
        var file = await FileResource.Public(db).AsNoTracking()
            .Where(f => f.Id == id && !f.Deleted)
            .Select(f => new { f.FileName, f.MediaType, Data = db.FileContents.Where(c => c.FileId == f.Id).Select(c => c.Data).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (file?.Data is null)
        {
            return NotFound();
        }

        return new OParlFileContent(file.FileName, file.MediaType, file.Data);
    }

    /// <summary>
    /// A list page: the kept one if its rows are unchanged (ADR 0020), else built from the stored documents and kept.
    /// The resource checks the body in the same statement that reads the page. Answers with <c>omit_internal</c> are
    /// rare and written without stored documents, so they are not kept; neither are empty pages, whose rows cannot
    /// tell a deleted body from an empty list.
    /// </summary>
    private async Task<Result<OParlDocument>> ListAsync(
        IOParlResource resource, OParlUrls urls, int bodyId, OParlListRequest request, string listUrl, CancellationToken cancellationToken)
    {
        var key = pages.Enabled && !request.OmitInternal ? new OParlPageKey(urls.Base, resource.Segment, bodyId, request) : null;
        if (key is not null && pages.Open(key) is { } kept)
        {
            using (kept)
            {
                var rows = await resource.ReadListRowsAsync(db, bodyId, request, kept.FirstId, kept.LastId, cancellationToken);
                if (kept.Matches(rows))
                {
                    pages.CountHit();
                    return kept.ToDocument();
                }
            }
        }

        var writer = new OParlJsonWriter(urls);
        OParlRowStamp[]? stamps = null;
        var answer = await Answer(writer, async () => (stamps = await resource.WriteListAsync(Context(writer, request.OmitInternal), bodyId, request, listUrl, cancellationToken)) is not null);
        if (key is not null)
        {
            pages.CountMiss();
            if (stamps is { Length: > 0 } && answer.Error is null)
            {
                pages.Keep(key, stamps, answer.Value);
            }
        }

        return answer;
    }

    private static async Task<Result<OParlDocument>> Answer(OParlJsonWriter writer, Func<Task<bool>> write)
    {
        try
        {
            if (await write())
            {
                return writer.ToDocument();
            }
        }
        catch
        {
            writer.Dispose();
            throw;
        }

        writer.Dispose();
        return NotFound();
    }

    private OParlContext Context(OParlJsonWriter writer, bool omitInternal) =>
        new(db, writer, omitInternal) { UseStoredDocuments = !omitInternal, Logger = logger };

    private static NotFoundError NotFound() => new("oparl.not_found", "There is no such OParl object.");
}

public sealed record OParlFileContent(string FileName, string MediaType, byte[] Data);
