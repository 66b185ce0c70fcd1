using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ratsnetz.Alerts;
using Ratsnetz.Mail;

namespace Ratsnetz.Hosting;

public static class MailServices
{
    /// <summary>
    /// <c>Ratsnetz:Mail</c> (SMTP) and <c>Ratsnetz:Alerts</c> (links, daily time, confirmation rules) from
    /// configuration, and the alert use cases. Without an SMTP host, mails go to the pickup directory under the data
    /// directory (ADR 0017).
    /// </summary>
    public static IServiceCollection AddRatsnetzMail(this IServiceCollection services, IConfiguration configuration, RatsnetzSettings settings)
    {
        var mail = configuration.GetSection("Ratsnetz:Mail").Get<MailOptions>() ?? new MailOptions();
        var alerts = configuration.GetSection("Ratsnetz:Alerts").Get<AlertOptions>() ?? new AlertOptions();
        services.TryAddSingleton(mail);
        services.TryAddSingleton(alerts);
        services.TryAddSingleton<IMailSender>(new SmtpMailSender(mail, Path.Combine(settings.DataDirectory, mail.PickupDirectory)));
        AlertHandlers.Register(services);
        return services;
    }
}
