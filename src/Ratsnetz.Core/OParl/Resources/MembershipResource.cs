using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record MembershipModel(
    int Id, DateTime Created, DateTime Modified, int PersonId, int OrganizationId, MembershipRole Role, bool VotingRight,
    int? OnBehalfOfId, int? DeputyOfId, string? Function, DateOnly? StartDate, DateOnly? EndDate);

internal sealed class MembershipResource : OParlResource<Membership, MembershipModel>
{
    public override string Segment => OParlSegments.Memberships;

    protected override string Type => OParlTypes.Membership;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.Membership;

    public static async Task<ILookup<int, MembershipModel>> ForPeopleAsync(AppDbContext db, IReadOnlyList<int> personIds, CancellationToken cancellationToken)
    {
        var memberships = await Project(db.Memberships.AsNoTracking().Where(m => !m.Deleted && personIds.Contains(m.PersonId)))
            .ToListAsync(cancellationToken);
        return memberships.OrderBy(m => m.Id).ToLookup(m => m.PersonId);
    }

    public static void WriteEmbedded(OParlContext context, MembershipModel membership)
    {
        var w = context.Writer;
        var urls = context.Urls;
        w.StartObject();
        w.Head(urls.Of(OParlSegments.Memberships, membership.Id), OParlTypes.Membership);
        w.Text("person", urls.Of(OParlSegments.People, membership.PersonId));
        w.Text("organization", urls.Of(OParlSegments.Organizations, membership.OrganizationId));
        w.Text("role", membership.Function ?? OParlLabels.Role(membership.Role));
        w.Bool("votingRight", membership.VotingRight);
        w.Date("startDate", membership.StartDate);
        w.Date("endDate", membership.EndDate);
        if (membership.OnBehalfOfId is { } onBehalfOf)
        {
            w.Text("onBehalfOf", urls.Of(OParlSegments.Organizations, onBehalfOf));
        }

        w.Text(OParlExtensions.Prefix + "role", OParlLabels.Code(membership.Role));
        if (membership.DeputyOfId is { } deputyOf)
        {
            w.Text(OParlExtensions.Prefix + "deputyOf", urls.Of(OParlSegments.Memberships, deputyOf));
        }

        w.Stamps(membership.Created, membership.Modified);
        w.EndObject();
    }

    protected override IQueryable<Membership> Reachable(AppDbContext db) => db.Memberships;

    protected override OParlListScope ListScope { get; } = OParlListScope.ThroughOrganization("memberships");

    protected override async Task<IReadOnlyDictionary<int, MembershipModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await Project(context.Db.Memberships.AsNoTracking().Where(m => ids.Contains(m.Id))).ToDictionaryAsync(m => m.Id, cancellationToken);

    protected override void Write(OParlContext context, MembershipModel model) => WriteEmbedded(context, model);

    private static IQueryable<MembershipModel> Project(IQueryable<Membership> memberships) => memberships.Select(m => new MembershipModel(
        m.Id, m.Created, m.Modified, m.PersonId, m.OrganizationId, m.Role, m.VotingRight, m.OnBehalfOfId, m.DeputyOfId, m.Function, m.StartDate, m.EndDate));
}
