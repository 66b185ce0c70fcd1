using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Import.Review;
using Ratsnetz.Web.Pages.Shared;

namespace Ratsnetz.Web.Pages.Import.Review;

/// <summary>How review facts read: links to their lines, why a match is uncertain, which field a history entry changed.</summary>
public static class ReviewDisplay
{
    public static string LineAnchor(int line) => $"z{line}";

    /// <summary>"Zeile 12" or "Zeilen 12–14", linking to the first line in the document text.</summary>
    public static IHtmlContent SourceLink(this IStringLocalizer t, LineLink? lines)
    {
        if (lines is null)
        {
            return new HtmlContentBuilder().AppendHtml("<span class=\"muted source-unknown\">").Append(t["Review_NoLine"].Value).AppendHtml("</span>");
        }

        var text = lines.First == lines.Last
            ? t["Review_Line", lines.First].Value
            : t["Review_Lines", lines.First, lines.Last].Value;
        return new HtmlContentBuilder()
            .AppendHtml($"<a class=\"source-link\" data-testid=\"source-link\" href=\"#{LineAnchor(lines.First)}\">")
            .Append(text)
            .AppendHtml("</a>");
    }

    /// <summary>The matcher's reason in the interface language: "similar spelling: 'petrovlc'" → "ähnliche Schreibweise „petrovlc“".</summary>
    public static string Uncertainty(this IStringLocalizer t, string reason)
    {
        var colon = reason.IndexOf(':', StringComparison.Ordinal);
        var kind = colon < 0 ? reason : reason[..colon];
        var written = colon < 0 ? string.Empty : reason[(colon + 1)..].Trim().Trim('\'');
        return kind switch
        {
            "similar spelling" => t["Review_UncertainSpelling", written].Value,
            "surname prefix" => t["Review_UncertainPrefix", written].Value,
            _ => reason,
        };
    }

    public static string FieldLabel(this IStringLocalizer t, string entityType, string? field)
    {
        var entity = t[$"Review_Entity_{entityType}"];
        var entityText = entity.ResourceNotFound ? entityType : entity.Value;
        if (field is null)
        {
            return entityText;
        }

        var label = t[$"Review_Field_{field.Replace('.', '_')}"];
        return $"{entityText}: {(label.ResourceNotFound ? field : label.Value)}";
    }

    public static string ActionLabel(this IStringLocalizer t, string action)
    {
        var label = t[$"Review_Action_{action}"];
        return label.ResourceNotFound ? action : label.Value;
    }

    /// <summary>An instant as local time where the council sits, e.g. "12.03.2025, 18:04".</summary>
    public static string LocalTime(this IStringLocalizer t, DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), MeetingClock.Zone(MeetingClock.DefaultTimeZoneId));
        return $"{t.ShortDate(DateOnly.FromDateTime(local))}, {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
    }

    public static string DocumentType(this IStringLocalizer t, string type)
    {
        var label = t[$"ImportType_{type}"];
        return label.ResourceNotFound ? type : label.Value;
    }
}
