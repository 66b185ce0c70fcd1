using System.Globalization;
using Ratsnetz.Data;

namespace Ratsnetz.Common.Auditing;

/// <summary>
/// Writes audit entries into the caller's unit of work, so that a change and its entry are saved together or not at
/// all. There is deliberately no way to change or remove an entry.
/// </summary>
public sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    /// <summary>Records a field change when the value really changed; returns whether it recorded one.</summary>
    public bool Changed<T>(AuditScope scope, string entityType, int entityId, string field, T before, T after)
    {
        var oldValue = Format(before);
        var newValue = Format(after);
        if (oldValue == newValue)
        {
            return false;
        }

        Add(scope, AuditActions.Corrected, entityType, entityId, field, oldValue, newValue);
        return true;
    }

    /// <summary>Records that an object was removed, with a description of what it held.</summary>
    public void Removed(AuditScope scope, string entityType, int entityId, string description) =>
        Add(scope, AuditActions.Removed, entityType, entityId, null, description, null);

    public void Record(AuditScope scope, string action, string entityType, int entityId, string? field = null, string? oldValue = null, string? newValue = null) =>
        Add(scope, action, entityType, entityId, field, oldValue, newValue);

    /// <summary>Values as stored in the log: invariant dates and times, enum names, null for "not stated".</summary>
    public static string? Format<T>(T value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Truncate(value.ToString()),
    };

    private void Add(AuditScope scope, string action, string entityType, int entityId, string? field, string? oldValue, string? newValue) =>
        db.AuditEntries.Add(new AuditEntry(scope.UserId, clock.GetUtcNow().UtcDateTime, action, entityType, entityId, field,
            Truncate(oldValue), Truncate(newValue), scope.Context, scope.Reason));

    private static string? Truncate(string? value) => value is { Length: > 2000 } ? value[..1999] + "…" : value;
}

/// <summary>Who changes, and in which context (e.g. the review of one document import) and why.</summary>
public sealed record AuditScope(string UserId, string? Context = null, string? Reason = null);
