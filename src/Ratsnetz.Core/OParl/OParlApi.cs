using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Ratsnetz.Common;
using Ratsnetz.Data;
using Ratsnetz.OParl.Resources;

namespace Ratsnetz.OParl;

/// <summary>An answer of the API: the JSON bytes and their entity tag.</summary>
public sealed record OParlDocument(byte[] Json)
{
    /// <summary>A strong validator derived from the bytes, so equal answers share a tag across restarts and servers.</summary>
    public string ETag { get; } = "\"" + Convert.ToHexStringLower(SHA256.HashData(Json).AsSpan(0, 16)) + "\"";
}

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
        using var writer = new OParlJsonWriter(urls);
        writer.StartObject();
        writer.Head(urls.System, OParlTypes.System);
        writer.Text("oparlVersion", OParlTypes.Version);
        writer.Text("name", "Ratsnetz");
        writer.Text("body", urls.Bodies);
        writer.Text("website", urls.Web("/"));
        writer.Text("web", urls.Web("/"));
        writer.Stamps(stamps?.Created ?? now, stamps?.Modified ?? now);
        writer.EndObject();
        return new OParlDocument(writer.ToArray());
    }

    public async Task<Result<OParlDocument>> GetObjectAsync(OParlUrls urls, string segment, int id, CancellationToken cancellationToken)
    {
        if (!Resources.TryGetValue(segment, out var resource))
        {
            return NotFound();
        }

        using var writer = new OParlJsonWriter(urls);
        var found = await resource.WriteObjectAsync(Context(writer, omitInternal: false), id, cancellationToken);
        return found ? new OParlDocument(writer.ToArray()) : NotFound();
    }

    public async Task<Result<OParlDocument>> GetBodiesAsync(OParlUrls urls, OParlListRequest request, CancellationToken cancellationToken)
    {
        using var writer = new OParlJsonWriter(urls);
        await Resources[OParlSegments.Bodies].WriteListAsync(Context(writer, request.OmitInternal), 0, request, urls.Bodies, cancellationToken);
        return new OParlDocument(writer.ToArray());
    }

    public async Task<Result<OParlDocument>> GetListAsync(OParlUrls urls, int bodyId, string segment, OParlListRequest request, CancellationToken cancellationToken)
    {
        if (segment == OParlSegments.Bodies || !Resources.TryGetValue(segment, out var resource)
            || !await db.Bodies.AnyAsync(b => b.Id == bodyId && !b.Deleted, cancellationToken))
        {
            return NotFound();
        }

        using var writer = new OParlJsonWriter(urls);
        await resource.WriteListAsync(Context(writer, request.OmitInternal), bodyId, request, urls.BodyList(bodyId, segment), cancellationToken);
        return new OParlDocument(writer.ToArray());
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

    private OParlContext Context(OParlJsonWriter writer, bool omitInternal) =>
        new(db, writer, omitInternal) { UseStoredDocuments = !omitInternal, Logger = logger };

    private static NotFoundError NotFound() => new("oparl.not_found", "There is no such OParl object.");
}

public sealed record OParlFileContent(string FileName, string MediaType, byte[] Data);
