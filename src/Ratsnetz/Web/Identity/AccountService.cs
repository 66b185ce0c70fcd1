using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Data;

namespace Ratsnetz.Web.Identity;

/// <summary>Creates accounts with a role, an optional person link and staff assignments; used by the CLI and demo mode.</summary>
public sealed class AccountService(UserManager<AppUser> users, RoleManager<IdentityRole> roles, AppDbContext db)
{
    public async Task<Result<AppUser>> AddUserAsync(NewAccount account, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(account.Role))
        {
            return new ValidationError("account.role_unknown", $"Unknown role '{account.Role}'. Roles: {string.Join(", ", Roles.All)}.", "role");
        }

        if (account.PersonId is { } personId && !await db.People.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return new NotFoundError("account.person_not_found", $"There is no person with id {personId}.");
        }

        foreach (var organizationId in account.StaffOrganizationIds)
        {
            if (!await db.Organizations.AnyAsync(o => o.Id == organizationId, cancellationToken))
            {
                return new NotFoundError("account.organization_not_found", $"There is no organization with id {organizationId}.");
            }
        }

        await EnsureRolesAsync();
        var user = new AppUser { UserName = account.Email, Email = account.Email, EmailConfirmed = true, PersonId = account.PersonId, DisplayName = account.DisplayName };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return new ValidationError("account.rejected", string.Join(" ", created.Errors.Select(e => e.Description)), "password");
        }

        await users.AddToRoleAsync(user, account.Role);
        foreach (var organizationId in account.StaffOrganizationIds)
        {
            db.StaffAssignments.Add(new StaffAssignment(user.Id, organizationId));
        }

        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}

public sealed record NewAccount(string Email, string Password, string Role, string? DisplayName = null, int? PersonId = null, IReadOnlyList<int>? Organizations = null)
{
    public IReadOnlyList<int> StaffOrganizationIds => Organizations ?? [];
}
