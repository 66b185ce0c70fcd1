using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Ratsnetz.Mail;

/// <summary>
/// Sends through <see cref="SmtpClient"/> (the platform's client; enough for submission to a relay with STARTTLS and
/// authentication), or writes to the pickup directory when no server is configured. A new client per mail: the
/// client is not thread-safe and digests go out one by one anyway.
/// </summary>
public sealed class SmtpMailSender(MailOptions options, string pickupDirectory) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        using var message = Compose(mail);
        using var client = CreateClient();
        try
        {
            await client.SendMailAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException)
        {
            // The SMTP client's messages may quote the recipient; only the kind of failure travels on.
            throw new MailNotSentException($"The mail server did not accept the mail ({e.GetType().Name}{(e is SmtpException smtp ? " " + smtp.StatusCode : string.Empty)}).", e);
        }
    }

    private MailMessage Compose(OutgoingMail mail)
    {
        var message = new MailMessage(new MailAddress(options.Sender), new MailAddress(mail.To))
        {
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        // Plain text first, HTML last: clients show the last alternative they understand.
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(mail.Text, Encoding.UTF8, MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(mail.Html, Encoding.UTF8, MediaTypeNames.Text.Html));
        foreach (var (name, value) in mail.Headers)
        {
            message.Headers.Add(name, value);
        }

        return message;
    }

    private SmtpClient CreateClient()
    {
        if (!options.UsesServer)
        {
            Directory.CreateDirectory(pickupDirectory);
            return new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = pickupDirectory };
        }

        var client = new SmtpClient(options.Host, options.Port)
        {
            EnableSsl = options.Tls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = options.TimeoutSeconds * 1000,
        };
        if (!string.IsNullOrEmpty(options.User))
        {
            client.Credentials = new NetworkCredential(options.User, options.Password);
        }

        return client;
    }
}
