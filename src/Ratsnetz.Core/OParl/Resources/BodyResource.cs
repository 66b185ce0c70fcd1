using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record BodyModel(int Id, DateTime Created, DateTime Modified, string Name, string ShortName, string? Classification, string? Website)
{
    public IReadOnlyList<LegislativeTermModel> Terms { get; init; } = [];
}

/// <summary>Bodies (towns, counties) with a link to every list OParl 1.1 names, including the ones new in 1.1.</summary>
internal sealed class BodyResource : OParlResource<Body, BodyModel>
{
    public override string Segment => OParlSegments.Bodies;

    protected override string Type => OParlTypes.Body;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.Body;

    protected override IQueryable<Body> Reachable(AppDbContext db) => db.Bodies;

    /// <summary>The list of bodies is the system's, not a body's: every body is in it.</summary>
    protected override OParlListScope ListScope { get; } = new("bodies e", "1 = 1") { IsSystemList = true };

    protected override async Task<IReadOnlyDictionary<int, BodyModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var bodies = await context.Db.Bodies.AsNoTracking().Where(b => ids.Contains(b.Id))
            .Select(b => new BodyModel(b.Id, b.Created, b.Modified, b.Name, b.ShortName, b.Classification, b.Website))
            .ToListAsync(cancellationToken);
        var terms = await LegislativeTermResource.ForBodiesAsync(context.Db, ids, cancellationToken);
        return bodies.ToDictionary(b => b.Id, b => b with { Terms = terms[b.Id].ToList() });
    }

    protected override void Write(OParlContext context, BodyModel body)
    {
        var w = context.Writer;
        var urls = context.Urls;
        w.StartObject();
        w.Head(urls.Of(Segment, body.Id), Type);
        w.Text("system", urls.System);
        w.Text("name", body.Name);
        w.Text("shortName", body.ShortName);
        w.Text("website", body.Website);
        w.Text("classification", body.Classification);
        w.Text("organization", urls.BodyList(body.Id, OParlSegments.Organizations));
        w.Text("person", urls.BodyList(body.Id, OParlSegments.People));
        w.Text("meeting", urls.BodyList(body.Id, OParlSegments.Meetings));
        w.Text("paper", urls.BodyList(body.Id, OParlSegments.Papers));
        w.Text("agendaItem", urls.BodyList(body.Id, OParlSegments.AgendaItems));
        w.Text("consultation", urls.BodyList(body.Id, OParlSegments.Consultations));
        w.Text("file", urls.BodyList(body.Id, OParlSegments.Files));
        w.Text("locationList", urls.BodyList(body.Id, OParlSegments.Locations));
        w.Text("legislativeTermList", urls.BodyList(body.Id, OParlSegments.LegislativeTerms));
        w.Text("membership", urls.BodyList(body.Id, OParlSegments.Memberships));

        // Required by the schema even when empty; the embedded terms are the whole list for small bodies.
        w.StartArray("legislativeTerm");
        if (!context.OmitInternal)
        {
            foreach (var term in body.Terms)
            {
                LegislativeTermResource.WriteEmbedded(context, term);
            }
        }

        w.EndArray();
        w.Stamps(body.Created, body.Modified);
        w.EndObject();
    }
}
