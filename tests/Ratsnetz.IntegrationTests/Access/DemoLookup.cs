using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;
using Ratsnetz.Testing;

namespace Ratsnetz.Access;

/// <summary>Finds demo records by their facts, so tests never depend on generated ids.</summary>
internal static class DemoLookup
{
    public static async Task<Meeting> KamenIntegrationCouncilMeetingAsync(PortalServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Meetings.AsNoTracking().Include(m => m.AgendaItems).ThenInclude(i => i.Contributions)
            .SingleAsync(m => m.Date == new DateOnly(2021, 11, 4));
    }

    public static async Task<StoredFile?> KamenMinutesFileAsync(PortalServer server, int meetingId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Files.AsNoTracking().SingleOrDefaultAsync(f => f.MeetingId == meetingId && f.Role == FileRole.Minutes);
    }

    public static async Task<T> WithDbAsync<T>(PortalServer server, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
