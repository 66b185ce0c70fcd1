using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.People;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record PersonModel(
    int Id, DateTime Created, DateTime Modified, int BodyId, string FamilyName, string? GivenName, Salutation? Salutation, string? Title)
{
    public IReadOnlyList<MembershipModel> Memberships { get; init; } = [];
}

internal sealed class PersonResource : OParlResource<Person, PersonModel>
{
    public override string Segment => OParlSegments.People;

    protected override string Type => OParlTypes.Person;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.Person;

    protected override IQueryable<Person> Reachable(AppDbContext db) => db.People;

    protected override OParlListScope ListScope { get; } = OParlListScope.OfBody("people");

    protected override async Task<IReadOnlyDictionary<int, PersonModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var people = await context.Db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new PersonModel(p.Id, p.Created, p.Modified, p.BodyId, p.FamilyName, p.GivenName, p.Salutation, p.Title))
            .ToListAsync(cancellationToken);
        var memberships = context.OmitInternal ? null : await MembershipResource.ForPeopleAsync(context.Db, ids, cancellationToken);
        return people.ToDictionary(p => p.Id, p => p with { Memberships = memberships?[p.Id].ToList() ?? [] });
    }

    protected override void Write(OParlContext context, PersonModel person)
    {
        var w = context.Writer;
        var urls = context.Urls;
        w.StartObject();
        w.Head(urls.Of(Segment, person.Id), Type);
        w.Text("body", urls.Of(OParlSegments.Bodies, person.BodyId));
        w.Text("name", Person.Compose(person.Title, person.GivenName, person.FamilyName));
        w.Text("familyName", person.FamilyName);
        w.Text("givenName", person.GivenName);
        w.Text("formOfAddress", person.Salutation?.ToString());
        w.Strings("title", [person.Title]);
        if (person.Memberships.Count > 0)
        {
            w.StartArray("membership");
            foreach (var membership in person.Memberships)
            {
                MembershipResource.WriteEmbedded(context, membership);
            }

            w.EndArray();
        }

        w.Text("web", urls.Web("/personen/" + person.Id));
        w.Stamps(person.Created, person.Modified);
        w.EndObject();
    }
}
