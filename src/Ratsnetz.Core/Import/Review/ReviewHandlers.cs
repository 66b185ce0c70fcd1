using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Common.Auditing;

namespace Ratsnetz.Import.Review;

/// <summary>Registers the review use cases and the audit log they write to.</summary>
public static class ReviewHandlers
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<AuditLog>();
        services.AddScoped<ListPendingReviewsHandler>();
        services.AddScoped<GetImportReviewHandler>();
        services.AddScoped<CorrectMeetingHeaderHandler>();
        services.AddScoped<CorrectAttendanceHandler>();
        services.AddScoped<RemoveAttendanceHandler>();
        services.AddScoped<CorrectAgendaItemHandler>();
        services.AddScoped<RemoveContributionHandler>();
        services.AddScoped<ConfirmImportHandler>();
    }
}
