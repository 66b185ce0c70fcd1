using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ratsnetz.Web.Identity;

public static class IdentitySetup
{
    /// <summary>Password and lockout rules shared by the portal and the command line.</summary>
    public static void ConfigureRules(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
    }

    /// <summary>Account management without sign-in cookies, for command-line verbs.</summary>
    public static void AddAccountServices(IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(ConfigureRules)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityStoreDbContext>();
        services.AddScoped<AccountService>();
    }
}
