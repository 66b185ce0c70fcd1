using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Data;
using Ratsnetz.Documents.Extraction;

namespace Ratsnetz.Import.Documents;

public sealed record ImportBody(int BodyId, string Name);

/// <summary>Finds (or creates) the municipality and the organization a document belongs to.</summary>
internal static class ImportTargets
{
    public static async Task<Result<ImportBody>> ResolveBodyAsync(AppDbContext db, DocumentExtraction extraction, string? bodyName, CancellationToken cancellationToken)
    {
        var name = Text.Clean(bodyName) ?? Text.Clean(extraction.Municipality);
        if (name is null)
        {
            return new ValidationError("import.body_unknown", "The document does not name its municipality; give it with --body.", "body");
        }

        var key = NameKey.Of(name);
        var bodies = await db.Bodies.Where(b => !b.Deleted).ToListAsync(cancellationToken);
        var body = bodies.FirstOrDefault(b => NameKey.Of(b.ShortName) == key || NameKey.Of(b.Name) == key)
            ?? bodies.FirstOrDefault(b => NameKey.Of(b.Name).EndsWith(" " + key, StringComparison.Ordinal));
        if (body is null)
        {
            var isCounty = key.StartsWith("kreis ", StringComparison.Ordinal);
            body = new Body(isCounty || name.StartsWith("Stadt ", StringComparison.Ordinal) ? name : $"Stadt {name}", isCounty ? name["Kreis ".Length..] : name, isCounty ? "Kreis" : null);
            db.Bodies.Add(body);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ImportBody(body.Id, body.Name);
    }

    /// <summary>The decision body named by the document ("Integrationsrat", "Rat"), matched by name within the municipality.</summary>
    public static async Task<Organization?> ResolveOrganizationAsync(AppDbContext db, int bodyId, string? written, CancellationToken cancellationToken)
    {
        var name = Text.Clean(written);
        if (name is null)
        {
            return null;
        }

        var key = NameKey.Of(name);
        var organizations = (await db.Organizations.Where(o => o.BodyId == bodyId && !o.Deleted).ToListAsync(cancellationToken))
            .Where(o => o.Kind.IsDecisionBody()).ToList();
        var found = organizations.FirstOrDefault(o => NameKey.Of(o.Name) == key || (o.ShortName is { } s && NameKey.Of(s) == key))
            ?? organizations.SingleOrDefaultIfUnique(o => NameKey.Of(o.Name).StartsWith(key + " ", StringComparison.Ordinal) || NameKey.Of(o.Name).Contains(" " + key + " ", StringComparison.Ordinal));
        if (found is not null)
        {
            return found;
        }

        var created = Organization.Create(bodyId, name, KindOf(key)).Value;
        db.Organizations.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return created;
    }

    private static OrganizationKind KindOf(string key) => key switch
    {
        _ when key.Contains("integrationsrat", StringComparison.Ordinal) => OrganizationKind.IntegrationCouncil,
        _ when key.Contains("integrationsausschuss", StringComparison.Ordinal) => OrganizationKind.IntegrationCommittee,
        _ when key.Contains("ausschuss", StringComparison.Ordinal) || key.Contains("beirat", StringComparison.Ordinal) => OrganizationKind.Committee,
        "rat" or "gemeinderat" or "stadtrat" or "kreistag" or "gemeindevertretung" or "stadtverordnetenversammlung" => OrganizationKind.Council,
        _ => OrganizationKind.Committee,
    };

    private static T? SingleOrDefaultIfUnique<T>(this IEnumerable<T> source, Func<T, bool> predicate)
        where T : class
    {
        var matches = source.Where(predicate).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
