using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.People;

namespace Ratsnetz.Council.Memberships;

/// <summary>Registers the use cases that keep bodies and members: terms, organizations, people and seats.</summary>
public static class MembershipHandlers
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<AuditLog>();
        services.AddScoped<GetMembershipRosterHandler>();
        services.AddScoped<GetMemberAuditLogHandler>();
        services.AddScoped<AddMembershipHandler>();
        services.AddScoped<EditMembershipHandler>();
        services.AddScoped<RemoveMembershipHandler>();
        services.AddScoped<AddPersonHandler>();
        services.AddScoped<RenamePersonHandler>();
        services.AddScoped<GetPersonNameHandler>();
        services.AddScoped<AddOrganizationHandler>();
        services.AddScoped<DescribeOrganizationHandler>();
        services.AddScoped<AddLegislativeTermHandler>();
        services.AddScoped<ReviseLegislativeTermHandler>();
        services.AddScoped<GetLegislativeTermsHandler>();
    }
}
