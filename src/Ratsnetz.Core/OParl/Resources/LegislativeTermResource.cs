using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record LegislativeTermModel(int Id, DateTime Created, DateTime Modified, int BodyId, string Name, DateOnly? StartDate, DateOnly? EndDate);

internal sealed class LegislativeTermResource : OParlResource<LegislativeTerm, LegislativeTermModel>
{
    public override string Segment => OParlSegments.LegislativeTerms;

    protected override string Type => OParlTypes.LegislativeTerm;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.LegislativeTerm;

    public static async Task<ILookup<int, LegislativeTermModel>> ForBodiesAsync(AppDbContext db, IReadOnlyList<int> bodyIds, CancellationToken cancellationToken)
    {
        var terms = await Project(db.LegislativeTerms.AsNoTracking().Where(t => !t.Deleted && bodyIds.Contains(t.BodyId)))
            .ToListAsync(cancellationToken);
        return terms.OrderBy(t => t.Id).ToLookup(t => t.BodyId);
    }

    public static void WriteEmbedded(OParlContext context, LegislativeTermModel term)
    {
        var w = context.Writer;
        w.StartObject();
        w.Head(context.Urls.Of(OParlSegments.LegislativeTerms, term.Id), OParlTypes.LegislativeTerm);
        w.Text("body", context.Urls.Of(OParlSegments.Bodies, term.BodyId));
        w.Text("name", term.Name);
        w.Date("startDate", term.StartDate);
        w.Date("endDate", term.EndDate);
        w.Stamps(term.Created, term.Modified);
        w.EndObject();
    }

    protected override IQueryable<LegislativeTerm> Reachable(AppDbContext db) => db.LegislativeTerms;

    protected override OParlListScope ListScope { get; } = OParlListScope.OfBody("legislative_terms");

    protected override async Task<IReadOnlyDictionary<int, LegislativeTermModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await Project(context.Db.LegislativeTerms.AsNoTracking().Where(t => ids.Contains(t.Id))).ToDictionaryAsync(t => t.Id, cancellationToken);

    protected override void Write(OParlContext context, LegislativeTermModel model) => WriteEmbedded(context, model);

    private static IQueryable<LegislativeTermModel> Project(IQueryable<LegislativeTerm> terms) =>
        terms.Select(t => new LegislativeTermModel(t.Id, t.Created, t.Modified, t.BodyId, t.Name, t.StartDate, t.EndDate));
}
