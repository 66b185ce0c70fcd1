using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Data;

namespace Ratsnetz.Web.Identity;

/// <summary>
/// Accounts live in their own context because ASP.NET Core Identity's stores need the web framework, which Core
/// does not reference (ADR 0003). Both contexts share one database and one migration history.
/// </summary>
public sealed class IdentityStoreDbContext(DbContextOptions<IdentityStoreDbContext> options) : IdentityDbContext<AppUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(200);
        SnakeCaseNames.Apply(builder);
    }
}
