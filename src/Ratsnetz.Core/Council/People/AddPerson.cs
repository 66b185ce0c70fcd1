using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Data;

namespace Ratsnetz.Council.People;

/// <summary>
/// Records a new person in the municipality of the organization whose members the staff keep, so that they can be given
/// a seat there. The organization decides access: Geschäftsführung adds people only for their own bodies.
/// </summary>
public sealed record AddPerson(Viewer Viewer, int OrganizationId, string FamilyName, string? GivenName = null, Salutation? Salutation = null, string? Title = null);

public sealed class AddPersonHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result<int>> HandleAsync(AddPerson command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var target = await ManagedOrganization.LoadAsync(db, command.Viewer, command.OrganizationId, ct);
        if (target.IsError)
        {
            return target.Error!;
        }

        var created = Person.Create(target.Value.BodyId, command.FamilyName, command.GivenName, command.Salutation, command.Title);
        if (created.IsError)
        {
            return created.Error!;
        }

        var person = created.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        audit.Record(target.Value.Audit, AuditActions.Added, "Person", person.Id, null, null, person.Name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return person.Id;
    }
}
