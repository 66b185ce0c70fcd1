using Microsoft.AspNetCore.Identity;

namespace Ratsnetz.Web.Identity;

/// <summary>A local account; members are linked to their person record to see their bodies' non-public part.</summary>
public sealed class AppUser : IdentityUser
{
    public int? PersonId { get; set; }

    public string? DisplayName { get; set; }
}
