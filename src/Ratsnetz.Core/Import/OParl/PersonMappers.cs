using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.People;

namespace Ratsnetz.Import.OParl;

internal sealed class PersonMapper : RemoteMapper
{
    public override string Type => "Person";

    public override int Rank => 2;

    public override System.Type EntityType => typeof(Person);

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var (family, given) = Names(json.Field("familyName"), json.Field("givenName"), json.Field("name"));
        if (family is null)
        {
            return Applied.Fail("person without name");
        }

        var salutation = OParlVocabulary.GuessSalutation(json.Field("formOfAddress"));
        var titles = json.Strings("title");
        var title = Fit(titles.Count > 0 ? string.Join(' ', titles) : null, 50);
        if (existingId is { } id && await session.Db.People.FindAsync([id], ct) is { } person)
        {
            var renamed = person.Rename(family, given, salutation, title);
            return renamed.IsError ? Applied.Fail(renamed.Error!.Code) : person;
        }

        var created = Person.Create(session.BodyId, family, given, salutation, title);
        if (created.IsError)
        {
            return Applied.Fail(created.Error!.Code);
        }

        session.Db.Add(created.Value);
        return created.Value;
    }

    /// <summary>Family and given name; when a server gives only "name", its last word is taken as the family name.</summary>
    internal static (string? Family, string? Given) Names(string? familyName, string? givenName, string? name)
    {
        if (familyName is not null)
        {
            return (Fit(familyName, 150), Fit(givenName, 150));
        }

        if (name is null)
        {
            return (null, null);
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !w.EndsWith('.'))
            .ToList();
        return words.Count switch
        {
            0 => (Fit(name, 150), null),
            1 => (Fit(words[0], 150), Fit(givenName, 150)),
            _ => (Fit(words[^1], 150), Fit(givenName ?? string.Join(' ', words[..^1]), 150)),
        };
    }
}

internal sealed class MembershipMapper : RemoteMapper
{
    public override string Type => "Membership";

    public override int Rank => 3;

    public override System.Type EntityType => typeof(Membership);

    public override IEnumerable<(string Url, string Type)> References(RemoteObject remote)
    {
        if (ParentOrReference(remote, "Person", "person") is { } person)
        {
            yield return (person, "Person");
        }

        foreach (var field in new[] { "organization", "onBehalfOf" })
        {
            if (remote.Json.Reference(field) is { } organization)
            {
                yield return (organization, "Organization");
            }
        }
    }

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var roleText = json.Field("role");
        var role = OParlVocabulary.GuessMembershipRole(roleText);
        var voting = json.Flag("votingRight");
        Membership membership;
        if (existingId is { } id && await session.Db.Memberships.FindAsync([id], ct) is { } existing)
        {
            if (existing.ChangeRole(role, voting).IsError)
            {
                existing.ChangeRole(role, null).ThrowIfError();
            }

            membership = existing;
        }
        else
        {
            var personId = session.IdOf(ParentOrReference(remote, "Person", "person"));
            var organizationId = session.IdOf(json.Reference("organization"));
            if (personId is null || organizationId is null)
            {
                return Applied.Fail(personId is null ? "membership without known person" : "membership without known organization");
            }

            var created = Membership.Create(personId.Value, organizationId.Value, role, voting);
            // A source may give an advisory role a vote; the role's rule wins over the flag.
            created = created.IsError ? Membership.Create(personId.Value, organizationId.Value, role) : created;
            if (created.IsError)
            {
                return Applied.Fail(created.Error!.Code);
            }

            membership = created.Value;
            session.Db.Add(membership);
        }

        var start = OParlDates.ParseDate(json.Field("startDate"));
        var end = OParlDates.ParseDate(json.Field("endDate"));
        if (membership.SetPeriod(start, end).IsError)
        {
            membership.SetPeriod(start, null).ThrowIfError();
        }

        membership.SetOnBehalfOf(session.IdOf(json.Reference("onBehalfOf")));
        membership.SetFunction(Fit(roleText, 200));
        return membership;
    }
}
