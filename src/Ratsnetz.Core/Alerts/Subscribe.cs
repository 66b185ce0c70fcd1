using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;
using Ratsnetz.Mail;

namespace Ratsnetz.Alerts;

/// <summary>
/// Saves an alert. A signed-in viewer's subscription goes to the account's address (<paramref name="AccountEmail"/>,
/// known to the web door) and is active at once; a member of the public gives <paramref name="Email"/> and gets a
/// confirmation mail first (double opt-in).
/// </summary>
public sealed record Subscribe(Viewer Viewer, string? AccountEmail, string? Email, AlertTarget Target, AlertFrequency Frequency);

public enum SubscribeOutcome
{
    /// <summary>The account's subscription is active.</summary>
    Active = 1,

    /// <summary>A confirmation mail is on its way (or the address already follows this; the answer does not tell which).</summary>
    ConfirmationSent = 2,
}

public sealed class SubscribeHandler(AppDbContext db, AuditLog audit, IMailSender mail, AlertMails mails, AlertOptions options, TimeProvider clock)
{
    public const string PublicActor = "public";

    public async Task<Result<SubscribeOutcome>> HandleAsync(Subscribe request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enum.IsDefined(request.Frequency))
        {
            return new ValidationError("alerts.frequency", "Choose instant or daily.", "frequency");
        }

        var label = await AlertLabels.DescribeAsync(db, request.Target, ct);
        if (label.IsError)
        {
            return label.Error!;
        }

        var account = !request.Viewer.IsAnonymous;
        var email = Normalize(account ? request.AccountEmail : request.Email);
        if (email is null)
        {
            return account
                ? new ValidationError("alerts.account_without_email", "The account has no e-mail address.", "email")
                : new ValidationError("alerts.email_invalid", "Enter an e-mail address such as name@example.org.", "email");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await SameAsync(email, request.Target, ct);
        if (account)
        {
            return await SubscribeAccountAsync(request, email, existing, now, ct);
        }

        if (existing?.IsConfirmed == true)
        {
            return SubscribeOutcome.ConfirmationSent;
        }

        var since = now.AddHours(-options.ConfirmWithinHours);
        var recent = await db.AlertSubscriptions.Where(s => s.Email == email && s.ConfirmedAt == null && s.ConfirmationSentAt > since)
            .SumAsync(s => s.ConfirmationMails, ct);
        if (recent >= options.MaxConfirmationMails)
        {
            return new ConflictError("alerts.throttled", "Several confirmation mails went to this address recently; try again later.");
        }

        return await SendConfirmationAsync(existing, email, request, label.Value, now, ct);
    }

    private async Task<Result<SubscribeOutcome>> SubscribeAccountAsync(Subscribe request, string email, AlertSubscription? existing, DateTime now, CancellationToken ct)
    {
        if (existing is not null && (existing.UserId is null || existing.UserId == request.Viewer.UserId))
        {
            existing.AdoptBy(request.Viewer.UserId!, now);
            existing.ChangeFrequency(request.Frequency);
            await db.SaveChangesAsync(ct);
            return SubscribeOutcome.Active;
        }

        var subscription = new AlertSubscription(email, request.Viewer.UserId, request.Target, request.Frequency, AlertTokens.New(), now);
        subscription.Confirm(now);
        db.AlertSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        audit.Record(new AuditScope(request.Viewer.UserId!), AuditActions.Added, nameof(AlertSubscription), subscription.Id, "kind", null, request.Target.Kind.ToString());
        await db.SaveChangesAsync(ct);
        return SubscribeOutcome.Active;
    }

    private async Task<Result<SubscribeOutcome>> SendConfirmationAsync(AlertSubscription? pending, string email, Subscribe request, string label, DateTime now, CancellationToken ct)
    {
        var subscription = pending ?? new AlertSubscription(email, null, request.Target, request.Frequency, AlertTokens.New(), now);
        var token = AlertTokens.New();
        subscription.AwaitConfirmation(AlertTokens.Hash(token), now);
        subscription.ChangeFrequency(request.Frequency);
        if (pending is null)
        {
            db.AlertSubscriptions.Add(subscription);
        }

        await db.SaveChangesAsync(ct);
        try
        {
            await mail.SendAsync(mails.Confirmation(email, label, request.Frequency, token), ct);
        }
        catch (MailNotSentException)
        {
            // Nothing was sent, so nothing may be kept: the address goes again.
            db.AlertSubscriptions.Remove(subscription);
            await db.SaveChangesAsync(ct);
            return new ConflictError("alerts.mail_unavailable", "The confirmation mail could not be sent; try again later.");
        }

        if (pending is null)
        {
            audit.Record(new AuditScope(PublicActor), AuditActions.Added, nameof(AlertSubscription), subscription.Id, "kind", null, request.Target.Kind.ToString());
            await db.SaveChangesAsync(ct);
        }

        return SubscribeOutcome.ConfirmationSent;
    }

    private Task<AlertSubscription?> SameAsync(string email, AlertTarget target, CancellationToken ct) =>
        db.AlertSubscriptions.FirstOrDefaultAsync(s => s.Email == email && s.Kind == target.Kind
            && s.OrganizationId == target.OrganizationId && s.PersonId == target.PersonId && s.SearchText == target.SearchText
            && s.SearchBodyId == target.SearchBodyId && s.SearchKind == target.SearchKind && s.SearchYear == target.SearchYear, ct);

    /// <summary>A bare address (no display name), lower-cased so that one mailbox is one address for throttling and duplicates.</summary>
    public static string? Normalize(string? input)
    {
        var value = Text.Clean(input);
        if (value is null || value.Length > AlertSubscription.MaxEmailLength || !MailAddress.TryCreate(value, out var address)
            || !string.Equals(address.Address, value, StringComparison.Ordinal) || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return value.ToLowerInvariant();
    }
}
