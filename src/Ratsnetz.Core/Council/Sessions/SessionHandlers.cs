using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Ratsnetz.Common.Auditing;

namespace Ratsnetz.Council.Sessions;

/// <summary>Registers the Sitzungsdienst use cases (running a meeting) and the audit log they write to.</summary>
public static class SessionHandlers
{
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<AuditLog>();
        services.AddScoped<RecordAttendanceHandler>();
        services.AddScoped<RecordDepartureHandler>();
        services.AddScoped<DeclareBiasHandler>();
        services.AddScoped<WithdrawBiasHandler>();
        services.AddScoped<AddSpeakerHandler>();
        services.AddScoped<RecordVoteHandler>();
        services.AddScoped<GetQuorumHandler>();
        services.AddScoped<GetMeetingAuditLogHandler>();
        services.AddScoped<GetInvitationStatusHandler>();
        services.AddScoped<RecordInvitationDispatchHandler>();
        services.AddScoped<SetMeetingUrgencyHandler>();
        services.AddScoped<SetInvitationPolicyHandler>();
        services.AddScoped<ScheduleMeetingsHandler>();
        services.AddScoped<AddAgendaItemHandler>();
        services.AddScoped<EditAgendaItemHandler>();
        services.AddScoped<RemoveAgendaItemHandler>();
        services.AddScoped<MoveAgendaItemHandler>();
        services.AddScoped<SetStandardAgendaItemsHandler>();
        services.AddScoped<GetStandardAgendaItemsHandler>();
        services.AddScoped<SetStatutorySeatsHandler>();
        services.AddScoped<GetSessionSheetHandler>();
        services.AddScoped<GetPlanningHandler>();
        services.AddScoped<ApplyStandardAgendaItemsHandler>();
    }
}
