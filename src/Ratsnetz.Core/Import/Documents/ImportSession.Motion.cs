using Microsoft.EntityFrameworkCore;
using Ratsnetz.Common;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Papers;

namespace Ratsnetz.Import.Documents;

internal sealed partial class ImportSession
{
    /// <summary>A motion becomes a paper (type Antrag) with its submitters, consulted at the target meeting if named.</summary>
    private async Task<Result<ImportProduct>> ImportMotionAsync(CancellationToken cancellationToken)
    {
        if (Text.Clean(extraction.Title) is null && extraction.SubmittedDate is null && extraction.Submitters is not { Count: > 0 })
        {
            return new ValidationError("import.motion_empty", "The motion names neither a title, a date nor its submitters.");
        }

        var title = Text.Clean(extraction.Title) ?? Text.Clean(extraction.AgendaTitle)
            ?? (extraction.Request is { Count: > 0 } request ? request[0] : null) ?? "Antrag";
        var submitted = ParseDate(extraction.SubmittedDate);
        var paper = extraction.Paper is not null
            ? await PaperAsync(extraction.Paper, Shorten(title), "Antrag", submitted, cancellationToken)
            : await SameDayMotionAsync(submitted, cancellationToken) ?? await PaperAsync(null, Shorten(title), "Antrag", submitted, cancellationToken);

        var submitters = extraction.Submitters ?? [];
        for (var i = 0; i < submitters.Count; i++)
        {
            var personId = await PersonAsync(submitters[i].Name, submitters[i].Salutation, $"submitters[{i}]", cancellationToken);
            if (!paper.Originators.Any(o => o.PersonId == personId))
            {
                paper.AddOriginator(personId, null, submitters[i].Function);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await ConsultTargetAsync(paper, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportProduct(null, null, paper.Id);
    }

    private async Task ConsultTargetAsync(Paper paper, CancellationToken cancellationToken)
    {
        var organization = await ImportTargets.ResolveOrganizationAsync(db, body.BodyId, extraction.TargetBody, cancellationToken);
        var date = ParseDate(extraction.TargetMeetingDate);
        if (organization is null || date is null)
        {
            return;
        }

        var meeting = await FindMeetingAsync(db, organization.Id, date, null, extraction.TargetSessionNumber, cancellationToken);
        if (meeting is null)
        {
            meeting = Meeting.Create(organization.Id, date, sessionNumber: extraction.TargetSessionNumber).Value;
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(cancellationToken);
        }

        var item = FindItem(meeting, true, extraction.AgendaNumber, extraction.AgendaTitle);
        if (item is null && Text.Clean(extraction.AgendaTitle) is { } agendaTitle)
        {
            var added = meeting.AddAgendaItem(extraction.AgendaNumber, true, agendaTitle);
            item = added.IsSuccess ? added.Value : null;
            await db.SaveChangesAsync(cancellationToken);
        }

        await ConsultAsync(paper.Id, meeting, item?.Id, cancellationToken);
    }

    // Motions often carry no reference; the title is paraphrased differently by every reader, so the submission date
    // within the body identifies the motion when only one motion was submitted that day.
    private async Task<Paper?> SameDayMotionAsync(DateOnly? submitted, CancellationToken cancellationToken)
    {
        if (submitted is null)
        {
            return null;
        }

        var sameDay = await db.Papers.Include(p => p.Originators)
            .Where(p => p.BodyId == body.BodyId && p.PaperType == "Antrag" && p.Date == submitted && !p.Deleted)
            .Take(2).ToListAsync(cancellationToken);
        return sameDay.Count == 1 ? sameDay[0] : null;
    }

    private static string Shorten(string title) => title.Length > 300 ? title[..300] + "…" : title;
}
