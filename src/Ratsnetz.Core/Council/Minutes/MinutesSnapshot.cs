using System.Text.Json;

namespace Ratsnetz.Council.Minutes;

/// <summary>
/// Freezes minutes at the first signature and thaws them for reading. What may change after signing — status,
/// signature times and addenda — is taken from the workflow record, never from the frozen text.
/// </summary>
internal static class MinutesSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Freeze(MinutesDocument minutes) => JsonSerializer.Serialize(minutes, Options);

    public static MinutesDocument Thaw(string json, MeetingMinutes minutes, MinutesVariant variant)
    {
        var frozen = JsonSerializer.Deserialize<MinutesDocument>(json, Options)
            ?? throw new InvalidOperationException($"The signed minutes of meeting {minutes.MeetingId} cannot be read.");
        return frozen with
        {
            Variant = variant,
            Status = new MinutesStatus(minutes.State, minutes.PublishedAt),
            Signatures = frozen.Signatures.Select(s => s with { SignedAtUtc = minutes.SignedAt(s.Role) }).ToList(),
            Addenda = MinutesAddenda.For(minutes, variant),
        };
    }
}

internal static class MinutesAddenda
{
    /// <summary>Addenda in the order written; those on the non-public part only in the full minutes.</summary>
    public static List<MinutesAddendumEntry> For(MeetingMinutes? minutes, MinutesVariant variant) => (minutes?.Addenda ?? [])
        .Where(a => !a.Deleted && (variant == MinutesVariant.Full || !a.ConcernsNonPublicPart))
        .OrderBy(a => a.At).ThenBy(a => a.Id)
        .Select(a => new MinutesAddendumEntry(a.At, a.AuthorName, a.Text, a.Reason))
        .ToList();
}
