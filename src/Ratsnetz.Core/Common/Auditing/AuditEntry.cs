namespace Ratsnetz.Common.Auditing;

/// <summary>
/// One recorded change: who (user id), when (UTC), what (entity type, id and field), the value before and after, and
/// the action. Entries are only ever appended: the type has no method that changes it, and nothing deletes it. The
/// audit table is the place for personal data that logs must not hold.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        UserId = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
    }

    internal AuditEntry(string userId, DateTime at, string action, string entityType, int entityId, string? field, string? oldValue, string? newValue, string? context, string? reason)
    {
        UserId = userId;
        At = at;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Field = field;
        OldValue = oldValue;
        NewValue = newValue;
        Context = context;
        Reason = reason;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>What happened: <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; }

    /// <summary>Meeting, Attendance, AgendaItem, Contribution, DocumentImport.</summary>
    public string EntityType { get; private set; }

    public int EntityId { get; private set; }

    /// <summary>The changed field ("date", "status"); null when the whole object was added or removed.</summary>
    public string? Field { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    /// <summary>Where the change was made, e.g. "DocumentImport:12" for a correction during review.</summary>
    public string? Context { get; private set; }

    public string? Reason { get; private set; }
}

public static class AuditActions
{
    public const string Corrected = "corrected";
    public const string Added = "added";
    public const string Removed = "removed";
    public const string Confirmed = "confirmed";
}
