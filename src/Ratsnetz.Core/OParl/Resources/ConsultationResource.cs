using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Consultations;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record ConsultationModel(
    int Id, DateTime Created, DateTime Modified, int PaperId, int? AgendaItemId, int? MeetingId, int? OrganizationId,
    string? Role, bool Authoritative);

/// <summary>Consultations of public papers. A link to a non-public agenda item is left out; the meeting stays.</summary>
internal sealed class ConsultationResource : OParlResource<Consultation, ConsultationModel>
{
    public override string Segment => OParlSegments.Consultations;

    protected override string Type => OParlTypes.Consultation;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.Consultation;

    public static async Task<ILookup<int, ConsultationModel>> ForPapersAsync(AppDbContext db, IReadOnlyList<int> paperIds, CancellationToken cancellationToken)
    {
        var consultations = await Project(db, db.Consultations.AsNoTracking().Where(c => !c.Deleted && paperIds.Contains(c.PaperId)))
            .ToListAsync(cancellationToken);
        return consultations.OrderBy(c => c.Id).ToLookup(c => c.PaperId);
    }

    public static void WriteEmbedded(OParlContext context, ConsultationModel consultation)
    {
        var w = context.Writer;
        var urls = context.Urls;
        w.StartObject();
        w.Head(urls.Of(OParlSegments.Consultations, consultation.Id), OParlTypes.Consultation);
        w.Text("paper", urls.Of(OParlSegments.Papers, consultation.PaperId));
        if (consultation.AgendaItemId is { } itemId)
        {
            w.Text("agendaItem", urls.Of(OParlSegments.AgendaItems, itemId));
        }

        if (consultation.MeetingId is { } meetingId)
        {
            w.Text("meeting", urls.Of(OParlSegments.Meetings, meetingId));
        }

        if (consultation.OrganizationId is { } organizationId)
        {
            w.Strings("organization", [urls.Of(OParlSegments.Organizations, organizationId)]);
        }

        w.Bool("authoritative", consultation.Authoritative);
        w.Text("role", consultation.Role);
        w.Stamps(consultation.Created, consultation.Modified);
        w.EndObject();
    }

    protected override IQueryable<Consultation> Reachable(AppDbContext db) =>
        db.Consultations.Where(c => db.Papers.Any(p => p.Id == c.PaperId && p.IsPublic));

    protected override OParlListScope ListScope { get; } = new(
        "consultations e JOIN papers p ON p.id = e.paper_id", "p.is_public AND p.body_id = @body");

    protected override async Task<IReadOnlyDictionary<int, ConsultationModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await Project(context.Db, context.Db.Consultations.AsNoTracking().Where(c => ids.Contains(c.Id)))
            .ToDictionaryAsync(c => c.Id, cancellationToken);

    protected override void Write(OParlContext context, ConsultationModel model) => WriteEmbedded(context, model);

    private static IQueryable<ConsultationModel> Project(AppDbContext db, IQueryable<Consultation> consultations) =>
        consultations.Select(c => new ConsultationModel(
            c.Id, c.Created, c.Modified, c.PaperId,
            db.AgendaItems.Any(i => i.Id == c.AgendaItemId && i.IsPublic && !i.Deleted) ? c.AgendaItemId : null,
            c.MeetingId, c.OrganizationId, c.Role, c.Authoritative));
}
