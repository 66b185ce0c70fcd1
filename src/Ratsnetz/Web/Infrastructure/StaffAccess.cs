using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Web.Identity;

namespace Ratsnetz.Web.Infrastructure;

/// <summary>
/// The staff pages (review and upload in /Import, the Sitzungsdienst in /Council/Sessions): anonymous visitors are sent to sign in; a signed-in member
/// gets 403 with the friendly error page instead of the sign-in form, which would suggest they were not signed in.
/// </summary>
public static class StaffAccess
{
    public const string Policy = "Staff";

    public static IServiceCollection AddStaffPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Administrator, Roles.Management));
        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Import", Policy);
            o.Conventions.AuthorizeFolder("/Council/Sessions", Policy);
        });
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, StaffForbiddenHandler>();
        return services;
    }

    public static bool IsStaff(HttpContext context) =>
        context.User.IsInRole(Roles.Administrator) || context.User.IsInRole(Roles.Management);
}

internal sealed class StaffForbiddenHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var staffPage = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == StaffAccess.Policy) == true;
        if (authorizeResult.Forbidden && staffPage)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
