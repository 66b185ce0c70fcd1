using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Data;

namespace Ratsnetz.Council.People;

/// <summary>
/// Corrects a person's name. Geschäftsführung may correct only people who hold or held a seat in one of their
/// organizations, so that one body's staff cannot rename another's members.
/// </summary>
public sealed record RenamePerson(Viewer Viewer, int OrganizationId, int PersonId, string FamilyName, string? GivenName = null, Salutation? Salutation = null, string? Title = null);

public sealed class RenamePersonHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(RenamePerson command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedOrganization.LoadAsync(db, command.Viewer, command.OrganizationId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var person = await db.People.FirstOrDefaultAsync(p => p.Id == command.PersonId && p.BodyId == target.Value.BodyId && !p.Deleted, ct);
        var seated = await db.Memberships.AnyAsync(m => m.PersonId == command.PersonId && m.OrganizationId == command.OrganizationId && !m.Deleted, ct);
        if (person is null || !seated)
        {
            return MemberAccess.PersonNotFound;
        }

        var before = person.Name;
        var renamed = person.Rename(command.FamilyName, command.GivenName, command.Salutation, command.Title);
        if (renamed.IsError)
        {
            return renamed;
        }

        audit.Changed(target.Value.Audit, "Person", person.Id, "name", before, person.Name);
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
