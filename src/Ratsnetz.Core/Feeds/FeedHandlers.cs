using Microsoft.Extensions.DependencyInjection;

namespace Ratsnetz.Feeds;

public static class FeedHandlers
{
    public static void Register(IServiceCollection services)
    {
        services.AddScoped<Calendars.GetMeetingCalendarHandler>();
        services.AddScoped<Atom.GetAtomFeedHandler>();
        services.AddScoped<Atom.GetSearchFeedHandler>();
    }
}
