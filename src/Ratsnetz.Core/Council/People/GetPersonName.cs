using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Council.People;

/// <summary>
/// A person's name in its parts, to fill the rename form. Names are public on the person page already, so this needs
/// no access check; <see cref="RenamePersonHandler"/> decides who may change them.
/// </summary>
public sealed record GetPersonName(int PersonId);

public sealed record PersonName(int Id, string FamilyName, string? GivenName, Salutation? Salutation, string? Title)
{
    public string Name => Person.Compose(Title, GivenName, FamilyName);
}

public sealed class GetPersonNameHandler(AppDbContext db)
{
    public async Task<Result<PersonName>> HandleAsync(GetPersonName query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var name = await db.People.AsNoTracking()
            .Where(p => p.Id == query.PersonId && !p.Deleted)
            .Select(p => new PersonName(p.Id, p.FamilyName, p.GivenName, p.Salutation, p.Title))
            .FirstOrDefaultAsync(ct);
        return name is null ? new NotFoundError("person.not_found", $"There is no person with id {query.PersonId}.") : name;
    }
}
