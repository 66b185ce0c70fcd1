namespace Ratsnetz.Alerts;

/// <summary>What a subscription follows.</summary>
public enum AlertKind
{
    /// <summary>A saved search: its text and filters.</summary>
    Search = 1,

    /// <summary>A body (Gremium): its new meetings, papers and resolutions.</summary>
    Organization = 2,

    /// <summary>A person: new meetings of the bodies they sit in, papers they originated.</summary>
    Person = 3,
}

/// <summary>How often a subscriber hears about what is new.</summary>
public enum AlertFrequency
{
    /// <summary>Within minutes of a change (the background job's short interval).</summary>
    Instant = 1,

    /// <summary>Once a day at the configured local time.</summary>
    Daily = 2,
}

/// <summary>
/// One e-mail alert (ADR 0017). Not a council record: it is never published, has no OParl identity and is deleted
/// outright on unsubscribe or expiry, so the address it holds does not outlive the subscriber's wish.
/// </summary>
public sealed class AlertSubscription
{
    public const int MaxEmailLength = 254;

    private AlertSubscription()
    {
        Email = string.Empty;
        UnsubscribeToken = string.Empty;
    }

    internal AlertSubscription(string email, string? userId, AlertTarget target, AlertFrequency frequency, string unsubscribeToken, DateTime now)
    {
        Email = email;
        UserId = userId;
        Kind = target.Kind;
        OrganizationId = target.OrganizationId;
        PersonId = target.PersonId;
        SearchText = target.SearchText;
        SearchBodyId = target.SearchBodyId;
        SearchKind = target.SearchKind;
        SearchYear = target.SearchYear;
        Frequency = frequency;
        UnsubscribeToken = unsubscribeToken;
        Created = now;
        NewSince = now;
        LastCheckedAt = now;
    }

    public int Id { get; private set; }

    public DateTime Created { get; private set; }

    /// <summary>Where digests go: the account's address, or the address a member of the public confirmed.</summary>
    public string Email { get; private set; }

    /// <summary>The account that owns the subscription; null for members of the public.</summary>
    public string? UserId { get; private set; }

    public AlertKind Kind { get; private set; }

    public int? OrganizationId { get; private set; }

    public int? PersonId { get; private set; }

    public string? SearchText { get; private set; }

    public int? SearchBodyId { get; private set; }

    public string? SearchKind { get; private set; }

    public int? SearchYear { get; private set; }

    public AlertFrequency Frequency { get; private set; }

    /// <summary>SHA-256 of the token in the confirmation mail; null once confirmed (or for accounts, which need none).</summary>
    public string? ConfirmationTokenHash { get; private set; }

    /// <summary>When the confirmation mail went out; unconfirmed requests expire from here and it throttles resends.</summary>
    public DateTime? ConfirmationSentAt { get; private set; }

    /// <summary>How many confirmation mails this request caused; summed per address for the throttle.</summary>
    public int ConfirmationMails { get; private set; }

    /// <summary>Null until the address is confirmed: nothing but the confirmation mail is ever sent before.</summary>
    public DateTime? ConfirmedAt { get; private set; }

    /// <summary>
    /// The random token in every mail's unsubscribe link. Kept in clear because each digest must carry it; it grants
    /// nothing but ending this one subscription.
    /// </summary>
    public string UnsubscribeToken { get; private set; }

    /// <summary>The watermark: items recorded after this instant are new; it advances only after the SMTP server accepted a digest.</summary>
    public DateTime NewSince { get; private set; }

    /// <summary>When the subscription was last looked at successfully (mail accepted or nothing new); daily ones are due once per day from here.</summary>
    public DateTime LastCheckedAt { get; private set; }

    /// <summary>When the last digest was accepted by the mail server.</summary>
    public DateTime? LastSentAt { get; private set; }

    public bool IsConfirmed => ConfirmedAt is not null;

    public AlertTarget Target => new(Kind, OrganizationId, PersonId, SearchText, SearchBodyId, SearchKind, SearchYear);

    internal void AwaitConfirmation(string tokenHash, DateTime now)
    {
        ConfirmationTokenHash = tokenHash;
        ConfirmationSentAt = now;
        ConfirmationMails++;
    }

    /// <summary>An account takes over the same alert made earlier from its address: the account's address needs no confirmation.</summary>
    internal void AdoptBy(string userId, DateTime now)
    {
        UserId = userId;
        if (!IsConfirmed)
        {
            Confirm(now);
        }
    }

    internal void Confirm(DateTime now)
    {
        ConfirmedAt = now;
        ConfirmationTokenHash = null;
        NewSince = now;
        LastCheckedAt = now;
    }

    internal void ChangeFrequency(AlertFrequency frequency) => Frequency = frequency;

    /// <summary>Records a successful look: the digest (if any) was accepted, so everything up to <paramref name="until"/> has been told.</summary>
    internal void Checked(DateTime until, DateTime now, bool sent)
    {
        NewSince = until;
        LastCheckedAt = now;
        if (sent)
        {
            LastSentAt = now;
        }
    }
}
