namespace Ratsnetz.Mail;

/// <summary>One mail to one recipient: plain text and HTML of the same content, plus extra headers (e.g. List-Unsubscribe).</summary>
public sealed record OutgoingMail(string To, string Subject, string Text, string Html, IReadOnlyDictionary<string, string> Headers);

/// <summary>Hands mails to the mail server; throws <see cref="MailNotSentException"/> when it did not accept one.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>The mail server refused or could not be reached; the message holds no address.</summary>
public sealed class MailNotSentException(string message, Exception? inner = null) : Exception(message, inner);
