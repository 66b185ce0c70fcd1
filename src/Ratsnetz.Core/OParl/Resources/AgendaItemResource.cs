using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Files;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record AgendaItemModel(
    int Id, DateTime Created, DateTime Modified, int MeetingId, string? Number, int Order, string Title,
    string? ResolutionText, VoteCounts? Votes, DecisionOutcome? Outcome, string? ResultText)
{
    public int? ConsultationId { get; init; }

    public IReadOnlyList<FileModel> Files { get; init; } = [];

    public IReadOnlyList<ContributionModel> Contributions { get; init; } = [];
}

internal sealed record ContributionModel(int AgendaItemId, int PersonId, int Order, string? Note);

/// <summary>
/// Public agenda items only: the non-public part of a meeting does not exist for the API, not even as a placeholder.
/// Votes and speakers, which OParl lacks, go into <c>ratsnetz:</c> fields.
/// </summary>
internal sealed class AgendaItemResource : OParlResource<AgendaItem, AgendaItemModel>
{
    private static readonly Dictionary<FileRole, string> SingleFiles = new() { [FileRole.Resolution] = "resolutionFile" };

    public override string Segment => OParlSegments.AgendaItems;

    protected override string Type => OParlTypes.AgendaItem;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.AgendaItem;

    public static async Task<ILookup<int, AgendaItemModel>> ForMeetingsAsync(OParlContext context, IReadOnlyList<int> meetingIds, CancellationToken cancellationToken)
    {
        // A page of meetings holds about 1,100 items: they are selected by their meetings inside each query rather
        // than by a list of their ids, which would make every query carry a thousand parameters.
        var scope = context.Db.AgendaItems.Where(i => i.IsPublic && !i.Deleted && meetingIds.Contains(i.MeetingId));
        var items = await LoadModelsAsync(context, scope, cancellationToken);
        return items.Values.OrderBy(i => i.Order).ThenBy(i => i.Id).ToLookup(i => i.MeetingId);
    }

    public static void WriteEmbedded(OParlContext context, AgendaItemModel item)
    {
        var w = context.Writer;
        var urls = context.Urls;
        w.StartObject();
        w.Head(urls.Of(OParlSegments.AgendaItems, item.Id), OParlTypes.AgendaItem);
        w.Text("meeting", urls.Of(OParlSegments.Meetings, item.MeetingId));
        w.Text("number", item.Number);
        w.Number("order", item.Order);
        w.Text("name", item.Title);
        w.Bool("public", true);
        if (item.ConsultationId is { } consultationId)
        {
            w.Text("consultation", urls.Of(OParlSegments.Consultations, consultationId));
        }

        // The source's own wording wins (a mirrored system's "mehrheitlich beschlossen"); else our label of the outcome.
        w.Text("result", item.ResultText ?? (item.Outcome is { } outcome ? OParlLabels.Outcome(outcome) : null));
        w.Text("resolutionText", item.ResolutionText);
        FileResource.WriteByRole(context, item.Files, SingleFiles, "auxiliaryFile");
        OParlExtensions.WriteVotes(w, item.Votes, item.Outcome);
        OParlExtensions.WriteContributions(context, item.Contributions);
        w.Stamps(item.Created, item.Modified);
        w.EndObject();
    }

    protected override IQueryable<AgendaItem> Reachable(AppDbContext db) => db.AgendaItems.Where(i => i.IsPublic);

    protected override OParlListScope ListScope { get; } = new(
        "agenda_items e JOIN meetings m ON m.id = e.meeting_id JOIN organizations o ON o.id = m.organization_id",
        "e.is_public AND o.body_id = @body");

    protected override Task<IReadOnlyDictionary<int, AgendaItemModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        LoadModelsAsync(context, context.Db.AgendaItems.Where(i => ids.Contains(i.Id)), cancellationToken);

    protected override void Write(OParlContext context, AgendaItemModel model) => WriteEmbedded(context, model);

    private static async Task<IReadOnlyDictionary<int, AgendaItemModel>> LoadModelsAsync(OParlContext context, IQueryable<AgendaItem> scope, CancellationToken cancellationToken)
    {
        var db = context.Db;
        var items = await scope.AsNoTracking()
            .Select(i => new AgendaItemModel(i.Id, i.Created, i.Modified, i.MeetingId, i.Number, i.Order, i.Title, i.ResolutionText, i.Votes, i.Outcome, i.ResultText))
            .ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return new Dictionary<int, AgendaItemModel>();
        }

        var itemIds = scope.Select(i => i.Id);
        var consultations = (await db.Consultations.AsNoTracking()
                .Where(c => !c.Deleted && c.AgendaItemId != null && itemIds.Contains(c.AgendaItemId.Value)
                    && db.Papers.Any(p => p.Id == c.PaperId && p.IsPublic))
                .Select(c => new { ItemId = c.AgendaItemId!.Value, c.Id })
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.ItemId)
            .ToDictionary(g => g.Key, g => g.Min(c => c.Id));
        var contributions = (await db.Contributions.AsNoTracking()
                .Where(c => !c.Deleted && itemIds.Contains(c.AgendaItemId))
                .Select(c => new ContributionModel(c.AgendaItemId, c.PersonId, c.Order, c.Note))
                .ToListAsync(cancellationToken))
            .OrderBy(c => c.Order).ToLookup(c => c.AgendaItemId);
        var files = context.OmitInternal ? null : await FileResource.ForAgendaItemsAsync(db, itemIds, cancellationToken);
        return items.ToDictionary(i => i.Id, i => i with
        {
            ConsultationId = consultations.TryGetValue(i.Id, out var consultationId) ? consultationId : null,
            Files = files?[i.Id].ToList() ?? [],
            Contributions = contributions[i.Id].ToList(),
        });
    }
}
