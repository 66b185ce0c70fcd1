using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Papers;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record PaperModel(
    int Id, DateTime Created, DateTime Modified, int BodyId, string? Reference, string Name, string PaperType, DateOnly? Date)
{
    public IReadOnlyList<FileModel> Files { get; init; } = [];

    public IReadOnlyList<ConsultationModel> Consultations { get; init; } = [];

    public IReadOnlyList<int> OriginatorPeople { get; init; } = [];

    public IReadOnlyList<int> OriginatorOrganizations { get; init; } = [];
}

/// <summary>Public papers with their files and consultations embedded, as OParl has it.</summary>
internal sealed class PaperResource : OParlResource<Paper, PaperModel>
{
    private static readonly Dictionary<FileRole, string> SingleFiles = new() { [FileRole.MainFile] = "mainFile" };

    public override string Segment => OParlSegments.Papers;

    protected override string Type => OParlTypes.Paper;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.Paper;

    protected override IQueryable<Paper> Reachable(AppDbContext db) => db.Papers.Where(p => p.IsPublic);

    protected override OParlListScope ListScope { get; } = new("papers e", "e.is_public AND e.body_id = @body");

    protected override async Task<IReadOnlyDictionary<int, PaperModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var papers = await db.Papers.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new PaperModel(p.Id, p.Created, p.Modified, p.BodyId, p.Reference, p.Name, p.PaperType, p.Date))
            .ToListAsync(cancellationToken);
        var originators = await db.PaperOriginators.AsNoTracking().Where(o => ids.Contains(o.PaperId))
            .Select(o => new { o.PaperId, o.PersonId, o.OrganizationId })
            .ToListAsync(cancellationToken);
        var files = context.OmitInternal ? null : await FileResource.ForPapersAsync(db, ids, cancellationToken);
        var consultations = context.OmitInternal ? null : await ConsultationResource.ForPapersAsync(db, ids, cancellationToken);
        return papers.ToDictionary(p => p.Id, p => p with
        {
            Files = files?[p.Id].ToList() ?? [],
            Consultations = consultations?[p.Id].ToList() ?? [],
            OriginatorPeople = originators.Where(o => o.PaperId == p.Id && o.PersonId != null).Select(o => o.PersonId!.Value).ToList(),
            OriginatorOrganizations = originators.Where(o => o.PaperId == p.Id && o.OrganizationId != null).Select(o => o.OrganizationId!.Value).ToList(),
        });
    }

    protected override void Write(OParlContext context, PaperModel paper)
    {
        var w = context.Writer;
        var urls = context.Urls;
        w.StartObject();
        w.Head(urls.Of(Segment, paper.Id), Type);
        w.Text("body", urls.Of(OParlSegments.Bodies, paper.BodyId));
        w.Text("name", paper.Name);
        w.Text("reference", paper.Reference);
        w.Date("date", paper.Date);
        w.Text("paperType", paper.PaperType);
        FileResource.WriteByRole(context, paper.Files, SingleFiles, "auxiliaryFile");
        w.Strings("originatorPerson", paper.OriginatorPeople.Select(id => urls.Of(OParlSegments.People, id)));
        w.Strings("originatorOrganization", paper.OriginatorOrganizations.Select(id => urls.Of(OParlSegments.Organizations, id)));
        if (paper.Consultations.Count > 0)
        {
            w.StartArray("consultation");
            foreach (var consultation in paper.Consultations)
            {
                ConsultationResource.WriteEmbedded(context, consultation);
            }

            w.EndArray();
        }

        w.Text("web", urls.Web("/vorlagen/" + paper.Id));
        w.Stamps(paper.Created, paper.Modified);
        w.EndObject();
    }
}
