using System.Globalization;
using System.Text;
using Ratsnetz.Common;

namespace Ratsnetz.OParl;

/// <summary>
/// The parameters of an external list: keyset position, page size and the OParl filters. Every page link carries
/// them all, so a client that starts with a filter keeps it to the last page.
/// </summary>
public sealed record OParlListRequest
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public int Limit { get; init; } = DefaultLimit;

    /// <summary>Only objects with a larger id: the keyset cursor of <c>links.next</c>.</summary>
    public int After { get; init; }

    public DateTimeOffset? CreatedSince { get; init; }

    public DateTimeOffset? CreatedUntil { get; init; }

    public DateTimeOffset? ModifiedSince { get; init; }

    public DateTimeOffset? ModifiedUntil { get; init; }

    public bool OmitInternal { get; init; }

    /// <summary>Deleted objects are listed only to clients that synchronise (OParl: under <c>modified_since</c>).</summary>
    public bool IncludeDeleted => ModifiedSince is not null;

    public bool IsFirstPage => After == 0;

    public static Result<OParlListRequest> Parse(Func<string, string?> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = new OParlListRequest();
        if (query("limit") is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
            {
                return Invalid("limit", "limit must be a whole number from 1 to " + MaxLimit + ".");
            }

            request = request with { Limit = Math.Min(limit, MaxLimit) };
        }

        if (query("after") is { } afterText)
        {
            if (!int.TryParse(afterText, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
            {
                return Invalid("after", "after must be an object id.");
            }

            request = request with { After = after };
        }

        if (query("omit_internal") is { } omit)
        {
            if (!bool.TryParse(omit, out var omitInternal))
            {
                return Invalid("omit_internal", "omit_internal must be true or false.");
            }

            request = request with { OmitInternal = omitInternal };
        }

        var createdSince = ParseTime(query, "created_since");
        var createdUntil = ParseTime(query, "created_until");
        var modifiedSince = ParseTime(query, "modified_since");
        var modifiedUntil = ParseTime(query, "modified_until");
        foreach (var parsed in new[] { createdSince, createdUntil, modifiedSince, modifiedUntil })
        {
            if (parsed.Error is { } error)
            {
                return error;
            }
        }

        return request with
        {
            CreatedSince = createdSince.Value,
            CreatedUntil = createdUntil.Value,
            ModifiedSince = modifiedSince.Value,
            ModifiedUntil = modifiedUntil.Value,
        };
    }

    /// <summary>The query string of the page after <paramref name="after"/> (0 = the first page), filters kept.</summary>
    public string QueryString(int after)
    {
        var parts = new List<string>();
        if (Limit != DefaultLimit)
        {
            parts.Add("limit=" + Limit.ToString(CultureInfo.InvariantCulture));
        }

        AddTime(parts, "created_since", CreatedSince);
        AddTime(parts, "created_until", CreatedUntil);
        AddTime(parts, "modified_since", ModifiedSince);
        AddTime(parts, "modified_until", ModifiedUntil);
        if (OmitInternal)
        {
            parts.Add("omit_internal=true");
        }

        if (after > 0)
        {
            parts.Add("after=" + after.ToString(CultureInfo.InvariantCulture));
        }

        if (parts.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("?");
        builder.AppendJoin('&', parts);
        return builder.ToString();
    }

    private static void AddTime(List<string> parts, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            parts.Add(name + "=" + Uri.EscapeDataString(time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)));
        }
    }

    private static Result<DateTimeOffset?> ParseTime(Func<string, string?> query, string name)
    {
        if (query(name) is not { } text)
        {
            return (DateTimeOffset?)null;
        }

        // A '+' of an offset that the client did not percent-encode arrives as a space.
        var normalized = text.Trim().Replace(' ', '+');
        if (OParlTime.TryParse(normalized, out var value))
        {
            return (DateTimeOffset?)value;
        }

        return Invalid(name, name + " must be a full date-time such as 2024-01-31T12:00:00+01:00.");
    }

    private static ValidationError Invalid(string parameter, string message) =>
        new("oparl.bad_parameter", message, parameter);
}
