using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.People;
using Ratsnetz.Data;
using Ratsnetz.Documents.Extraction;

namespace Ratsnetz.Import.Documents;

/// <summary>What an import produced: the meeting and/or paper it recorded, and the agenda item a resolution page is about.</summary>
public sealed record ImportProduct(int? MeetingId, int? AgendaItemId, int? PaperId);

/// <summary>The state of one document's import: people in view, created people, provenance, uncertain matches.</summary>
internal sealed partial class ImportSession(AppDbContext db, DocumentImport import, ImportBody body, DocumentExtraction extraction)
{
    private List<PersonCandidate> _bodyPeople = [];
    private readonly List<PersonCandidate> _inView = [];

    public int CreatedPeople { get; private set; }

    public List<string> Uncertain { get; } = [];

    public async Task<Result<ImportProduct>> ApplyAsync(CancellationToken cancellationToken)
    {
        _bodyPeople = await db.People.Where(p => p.BodyId == body.BodyId && !p.Deleted)
            .Select(p => new PersonCandidate(p.Id, p.GivenName, p.FamilyName)).ToListAsync(cancellationToken);
        return extraction.Type switch
        {
            "motion" => await ImportMotionAsync(cancellationToken),
            "minutes" or "agenda" or "resolution" or "article" => await ImportMeetingAsync(cancellationToken),
            _ => new ValidationError("import.unknown_kind", "The document could not be recognised as minutes, agenda, resolution, motion or article."),
        };
    }

    /// <summary>Finds the person a written name means (meeting attendees first), or records a new one.</summary>
    private async Task<int> PersonAsync(string written, string? salutation, string field, CancellationToken cancellationToken)
    {
        var match = PersonMatcher.Match(written, _inView, _bodyPeople);
        if (match.PersonId is { } id)
        {
            if (match.Uncertainty is { } why)
            {
                Uncertain.Add($"{written}: {why}");
            }

            Remember(id, field, match.Uncertainty);
            return id;
        }

        var (title, given, family) = SplitName(written);
        var person = Person.Create(body.BodyId, family, given, ParseSalutation(salutation), title).Value;
        db.People.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        CreatedPeople++;
        var candidate = new PersonCandidate(person.Id, person.GivenName, person.FamilyName);
        _bodyPeople.Add(candidate);
        _inView.Add(candidate);
        Provenance("Person", person.Id, field);
        return person.Id;
    }

    private void Remember(int personId, string field, string? uncertainty)
    {
        if (_bodyPeople.FirstOrDefault(p => p.Id == personId) is { } candidate && !_inView.Contains(candidate))
        {
            _inView.Add(candidate);
        }

        Provenance("Person", personId, field, uncertainty);
    }

    private void Provenance(string entityType, int entityId, string field, string? uncertainty = null)
    {
        var lines = extraction.Provenance.TryGetValue(field, out var range) ? range : new LineRange(0, 0);
        db.FactProvenance.Add(new FactProvenance(import.Id, entityType, entityId, field, lines.First, lines.Last, uncertainty));
    }

    private static (string? Title, string? Given, string Family) SplitName(string written)
    {
        var parts = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var title = parts.Count > 1 && parts[0].EndsWith('.') ? parts[0] : null;
        if (title is not null)
        {
            parts.RemoveAt(0);
        }

        return parts.Count <= 1 ? (title, null, parts.FirstOrDefault() ?? written) : (title, string.Join(' ', parts[..^1]), parts[^1]);
    }

    private static Salutation? ParseSalutation(string? value) => value switch
    {
        "Herr" => Salutation.Herr,
        "Frau" => Salutation.Frau,
        _ => null,
    };

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static async Task<Meeting?> FindMeetingAsync(AppDbContext db, int organizationId, DateOnly? date, TimeOnly? start, int? session, CancellationToken cancellationToken)
    {
        var candidates = await db.Meetings.Include(m => m.AgendaItems).ThenInclude(i => i.Contributions).Include(m => m.Attendances)
            .Where(m => m.OrganizationId == organizationId && !m.Deleted && m.Date == date)
            .ToListAsync(cancellationToken);
        var fitting = candidates
            .Where(m => session is null || m.SessionNumber is null || m.SessionNumber == session)
            .Where(m => date is not null || start is null || m.StartTime is null || m.StartTime == start)
            .ToList();
        if (fitting.Count == 1)
        {
            return fitting[0];
        }

        // One meeting of the body on that day is that meeting, even if a scan misread its number; review sees the flag.
        return date is not null && fitting.Count == 0 && candidates.Count == 1 ? candidates[0] : null;
    }
}
