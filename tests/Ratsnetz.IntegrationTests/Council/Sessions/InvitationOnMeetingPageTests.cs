using Ratsnetz.Council.Sessions;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Sessions;

/// <summary>The meeting page says when the invitation went out, and that it was late when it missed the Ladungsfrist.</summary>
public sealed class InvitationOnMeetingPageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_late_invitation_is_shown_on_the_public_meeting_page(DatabaseKind kind)
    {
        // The server owns the scenario's database from here on and drops it when disposed.
        var s = await SessionScenario.CreateAsync(kind);
        // The meeting is on 10 December; seven days' notice means sent by 3 December, so the 5th is late.
        var sent = await s.RunAsync((db, audit) => new RecordInvitationDispatchHandler(db, audit)
            .HandleAsync(new RecordInvitationDispatch(s.Staff, s.MeetingId, new DateOnly(2026, 12, 5)), None));
        Assert.True(sent.IsSuccess, sent.Error?.Message);

        await using var server = await PortalServer.StartAsync(s.Database, demo: false);
        using var client = server.CreateClient();
        var html = await client.GetStringAsync(new Uri($"/sitzungen/{s.MeetingId}", UriKind.Relative));

        Assert.Contains("data-testid=\"meeting-invitation\"", html, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2026-12-05\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"invitation-late\"", html, StringComparison.Ordinal);
        Assert.Contains("Verspätet: 5 Tage vor der Sitzung versandt, die Ladungsfrist beträgt 7 Tage.", html, StringComparison.Ordinal);
    }
}
