namespace Ratsnetz.Mail;

/// <summary>
/// <c>Ratsnetz:Mail</c>: the SMTP server. Without a host, mails are written as .eml files to
/// <see cref="PickupDirectory"/> (the demo's and a fresh install's default), so nothing is lost and nothing leaves
/// the machine until an operator configures a server (ADR 0017).
/// </summary>
public sealed class MailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>STARTTLS on the submission port (587). Implicit TLS (465) is not offered by .NET's SMTP client.</summary>
    public bool Tls { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>From address, e.g. <c>Ratsnetz Kamen &lt;ratsinfo@kamen.example&gt;</c>.</summary>
    public string Sender { get; set; } = "Ratsnetz <ratsnetz@localhost>";

    /// <summary>Where mails go without a host; relative paths are under the data directory.</summary>
    public string PickupDirectory { get; set; } = "mail";

    public int TimeoutSeconds { get; set; } = 30;

    public bool UsesServer => !string.IsNullOrWhiteSpace(Host);
}
