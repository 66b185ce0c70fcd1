using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Data;

namespace Ratsnetz.Feeds.Atom;

/// <summary>The newest items of a topic, for everything or one organization (people have calendars, not feeds).</summary>
public sealed record GetAtomFeed(FeedTopic Topic, FeedScope Scope);

/// <remarks>
/// Feeds are anonymous, so only what the public may see goes in: public papers, public agenda items of live meetings
/// (ADR 0005). "New" is the order things were recorded (created), which is what a subscriber has not yet seen.
/// </remarks>
public sealed class GetAtomFeedHandler(AppDbContext db)
{
    public const int MaxEntries = 50;

    public async Task<Result<AtomFeed>> HandleAsync(GetAtomFeed query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Scope.Kind == FeedScopeKind.Person)
        {
            return new ValidationError("feeds.scope_unsupported", "Atom feeds follow everything or one organization.", "scope");
        }

        var organization = query.Scope.Kind == FeedScopeKind.Organization
            ? await db.Organizations.AsNoTracking().Where(o => o.Id == query.Scope.Id && !o.Deleted).Select(o => o.Name).FirstOrDefaultAsync(ct)
            : null;
        if (query.Scope.Kind == FeedScopeKind.Organization && organization is null)
        {
            return new NotFoundError("feeds.scope_not_found", "There is no such organization.");
        }

        var suffix = organization is null ? string.Empty : ": " + organization;
        var page = organization is null ? null : "/gremien/" + query.Scope.Id!.Value.ToString(CultureInfo.InvariantCulture);
        return query.Topic switch
        {
            FeedTopic.Meetings => new AtomFeed("Neue Sitzungen" + suffix, page ?? "/sitzungen", await MeetingsAsync(query.Scope.Id, ct)),
            FeedTopic.Papers => new AtomFeed("Neue Vorlagen" + suffix, page ?? "/", await PapersAsync(query.Scope.Id, ct)),
            FeedTopic.Resolutions => new AtomFeed("Beschlüsse" + suffix, page ?? "/sitzungen", await ResolutionsAsync(query.Scope.Id, ct)),
            _ => new ValidationError("feeds.topic_unknown", "Unknown feed topic.", "topic"),
        };
    }

    private IQueryable<Meeting> LiveMeetings(int? organizationId) =>
        db.Meetings.AsNoTracking().Where(m => !m.Deleted
            && (organizationId == null || m.OrganizationId == organizationId)
            && db.Organizations.Any(o => o.Id == m.OrganizationId && !o.Deleted && db.Bodies.Any(b => b.Id == o.BodyId && !b.Deleted)));

    private async Task<List<AtomEntry>> MeetingsAsync(int? organizationId, CancellationToken ct)
    {
        var rows = await (
                from m in LiveMeetings(organizationId)
                join o in db.Organizations on m.OrganizationId equals o.Id
                orderby m.Created descending, m.Id descending
                select new { m.Id, m.Name, m.SessionNumber, OrganizationName = o.Name, m.Date, m.StartTime, m.State, m.Created, m.Modified })
            .Take(MaxEntries)
            .ToListAsync(ct);
        return rows.ConvertAll(m => new AtomEntry(
            "/sitzungen/" + m.Id.ToString(CultureInfo.InvariantCulture),
            FeedText.MeetingTitle(m.Name, m.SessionNumber, m.OrganizationName),
            When(m.Date, m.StartTime) + " – " + FeedText.StateWord(m.State),
            m.Created,
            m.Modified));
    }

    private async Task<List<AtomEntry>> PapersAsync(int? organizationId, CancellationToken ct)
    {
        var papers = db.Papers.AsNoTracking().Where(p => p.IsPublic && !p.Deleted && db.Bodies.Any(b => b.Id == p.BodyId && !b.Deleted));
        if (organizationId is { } id)
        {
            // A paper belongs to the organizations that consult it.
            papers = papers.Where(p => db.Consultations.Any(c => c.PaperId == p.Id && !c.Deleted
                && (c.OrganizationId == id || db.Meetings.Any(m => m.Id == c.MeetingId && m.OrganizationId == id))));
        }

        var rows = await papers
            .OrderByDescending(p => p.Created).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.Reference, p.Name, p.PaperType, p.Date, p.Created, p.Modified })
            .Take(MaxEntries)
            .ToListAsync(ct);
        return rows.ConvertAll(p => new AtomEntry(
            "/vorlagen/" + p.Id.ToString(CultureInfo.InvariantCulture),
            p.Reference is null ? p.Name : $"{p.Reference}: {p.Name}",
            p.Date is { } date ? $"{p.PaperType} vom {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}" : p.PaperType,
            p.Created,
            p.Modified));
    }

    private async Task<List<AtomEntry>> ResolutionsAsync(int? organizationId, CancellationToken ct)
    {
        var rows = await (
                from i in db.AgendaItems.AsNoTracking()
                where i.IsPublic && !i.Deleted && (i.ResolutionText != null || i.Outcome != null || i.ResultText != null)
                join m in LiveMeetings(organizationId) on i.MeetingId equals m.Id
                join o in db.Organizations on m.OrganizationId equals o.Id
                orderby m.Date descending, i.Order descending, i.Id descending
                select new { i.Id, MeetingId = m.Id, i.Number, i.Title, i.ResolutionText, i.Outcome, i.ResultText, OrganizationName = o.Name, m.Date, i.Created, i.Modified })
            .Take(MaxEntries)
            .ToListAsync(ct);
        return rows.ConvertAll(i => new AtomEntry(
            $"/sitzungen/{i.MeetingId.ToString(CultureInfo.InvariantCulture)}#top-{i.Id.ToString(CultureInfo.InvariantCulture)}",
            (i.Number is null ? string.Empty : $"TOP {i.Number}: ") + i.Title,
            string.Join(" – ", new[] { $"{i.OrganizationName}, {When(i.Date, null)}", Outcome(i.Outcome) ?? i.ResultText, i.ResolutionText }.Where(s => !string.IsNullOrEmpty(s))),
            i.Created,
            i.Modified));
    }

    private static string When(DateOnly? date, TimeOnly? time) =>
        date is not { } day ? "Datum unbekannt"
        : time is { } clock ? $"{day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}, {clock.ToString("HH:mm", CultureInfo.InvariantCulture)} Uhr"
        : day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The words German minutes use (docs/glossary.md).</summary>
    private static string? Outcome(DecisionOutcome? outcome) => outcome switch
    {
        DecisionOutcome.Unanimous => "einstimmig beschlossen",
        DecisionOutcome.Adopted => "beschlossen",
        DecisionOutcome.Rejected => "abgelehnt",
        DecisionOutcome.Noted => "zur Kenntnis genommen",
        DecisionOutcome.Postponed => "vertagt",
        DecisionOutcome.AdoptedUnchanged => "ungeändert beschlossen",
        DecisionOutcome.AdoptedAmended => "geändert beschlossen",
        DecisionOutcome.Withdrawn => "zurückgezogen",
        _ => null,
    };
}
