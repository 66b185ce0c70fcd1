namespace Ratsnetz.Alerts;

/// <summary><c>Ratsnetz:Alerts</c>: links in mails, the daily time, the confirmation rules.</summary>
public sealed class AlertOptions
{
    /// <summary>
    /// The portal's public address for links in mails. Configured rather than taken from a request: a forged Host
    /// header must not be able to put someone else's server into a confirmation mail.
    /// </summary>
    public string PortalUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Local time (Europe/Berlin) at which daily digests go out.</summary>
    public TimeOnly DailyAt { get; set; } = new(7, 0);

    /// <summary>How often the background job looks for instant alerts.</summary>
    public int InstantEveryMinutes { get; set; } = 5;

    /// <summary>Unconfirmed requests are deleted after this long.</summary>
    public int ConfirmWithinHours { get; set; } = 48;

    /// <summary>At most this many confirmation mails per address within <see cref="ConfirmWithinHours"/>.</summary>
    public int MaxConfirmationMails { get; set; } = 3;

    /// <summary>Whether the web server delivers alerts itself; off when a scheduler runs <c>ratsnetz alerts send</c> instead.</summary>
    public bool RunInBackground { get; set; } = true;

    public string BaseUrl => PortalUrl.TrimEnd('/');
}
