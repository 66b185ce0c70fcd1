using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.WebEncoders;
using Ratsnetz.Background;
using Ratsnetz.Data;
using Ratsnetz.Web.Identity;
using Ratsnetz.Web.Localization;
using Ratsnetz.Web.OParl;

namespace Ratsnetz.Web.Infrastructure;

public static class PortalServices
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddLocalization();
        // Names like "Özkir" and "Gürcü" stay readable in the HTML source instead of becoming character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Web/Pages";
                options.Conventions.AuthorizeFolder("/Account/Manage");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures.Default).AddSupportedCultures(Cultures.Supported).AddSupportedUICultures(Cultures.Supported);
            // German first: the browser's language is not consulted; visitors switch explicitly (cookie or ?culture=).
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        services.AddIdentity<AppUser, IdentityRole>(IdentitySetup.ConfigureRules)
            .AddEntityFrameworkStores<IdentityStoreDbContext>()
            .AddClaimsPrincipalFactory<RatsnetzClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<AccountService>();
        services.AddHttpContextAccessor();
        services.AddScoped<ViewerAccessor>();
        services.AddStaffPages();
        services.AddUploadWorker();
        services.AddAlertWorker();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/anmelden";
            cookie.LogoutPath = "/abmelden";
            cookie.AccessDeniedPath = "/anmelden";
            cookie.Cookie.Name = "ratsnetz.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "ratsnetz.af";
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        if (!environment.IsDevelopment())
        {
            services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        }

        return services;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseExceptionHandler("/fehler");
        app.UseStatusCodePagesWithReExecute("/fehler/{0}");
        app.UseMiddleware<SecurityHeaders>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles(PortalAssets.Options());
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health");
        app.MapGet("/sprache", CultureSwitch.Handle);
        app.MapOParl();
        Feeds.FeedEndpoints.MapFeeds(app);
        Search.SearchEndpoints.MapSearchApi(app);
        app.MapRazorPages();
        return app;
    }
}
