using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.OParl.Resources;

namespace Ratsnetz.OParl;

/// <summary>
/// The OParl 1.1 API as a Core use case: the HTTP front door only maps URLs to these calls. Everything here is
/// anonymous and public; non-public content is invisible by construction (see the resources).
/// </summary>
public sealed class OParlApi(AppDbContext db, TimeProvider clock, ILogger<OParlApi> logger)
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

    public async Task<Result<OParlDocument>> GetBodiesAsync(OParlUrls urls, OParlListRequest request, CancellationToken cancellationToken)
    {
        var writer = new OParlJsonWriter(urls);
        return await Answer(writer, () => Resources[OParlSegments.Bodies].WriteListAsync(Context(writer, request.OmitInternal), 0, request, urls.Bodies, cancellationToken));
    }

    public async Task<Result<OParlDocument>> GetListAsync(OParlUrls urls, int bodyId, string segment, OParlListRequest request, CancellationToken cancellationToken)
    {
        if (segment == OParlSegments.Bodies || !Resources.TryGetValue(segment, out var resource))
        {
            return NotFound();
        }

        // The resource checks the body in the same statement that reads the page.
        var writer = new OParlJsonWriter(urls);
        return await Answer(writer, () => resource.WriteListAsync(Context(writer, request.OmitInternal), bodyId, request, urls.BodyList(bodyId, segment), cancellationToken));
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
