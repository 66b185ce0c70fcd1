using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Files;
using Ratsnetz.Data;

namespace Ratsnetz.OParl.Resources;

internal sealed record FileModel(
    int Id, DateTime Created, DateTime Modified, string FileName, string Name, string MediaType, long Size,
    string? Text, FileRole Role, DateOnly? Date, int? MeetingId, int? AgendaItemId, int? PaperId);

/// <summary>
/// Files: public files on public papers and public agenda items only. The stored bytes are never loaded here;
/// <c>accessUrl</c> and <c>downloadUrl</c> serve them.
/// </summary>
internal sealed class FileResource : OParlResource<StoredFile, FileModel>
{
    public override string Segment => OParlSegments.Files;

    protected override string Type => OParlTypes.File;

    protected override Documents.OParlDocumentKind Kind => Documents.OParlDocumentKind.File;

    public static IQueryable<StoredFile> Public(AppDbContext db) => db.Files
        .Where(f => f.IsPublic)
        .Where(f => f.PaperId == null || db.Papers.Any(p => p.Id == f.PaperId && p.IsPublic))
        .Where(f => f.AgendaItemId == null || db.AgendaItems.Any(i => i.Id == f.AgendaItemId && i.IsPublic));

    public static async Task<ILookup<int, FileModel>> ForPapersAsync(AppDbContext db, IReadOnlyList<int> paperIds, CancellationToken cancellationToken)
    {
        var files = await Project(Public(db).AsNoTracking().Where(f => !f.Deleted && f.PaperId != null && paperIds.Contains(f.PaperId.Value)))
            .ToListAsync(cancellationToken);
        return files.OrderBy(f => f.Id).ToLookup(f => f.PaperId!.Value);
    }

    public static async Task<ILookup<int, FileModel>> ForAgendaItemsAsync(AppDbContext db, IQueryable<int> itemIds, CancellationToken cancellationToken)
    {
        var files = await Project(Public(db).AsNoTracking().Where(f => !f.Deleted && f.AgendaItemId != null && itemIds.Contains(f.AgendaItemId.Value)))
            .ToListAsync(cancellationToken);
        return files.OrderBy(f => f.Id).ToLookup(f => f.AgendaItemId!.Value);
    }

    /// <summary>Files of the meeting itself (invitation, minutes, …), not those of its agenda items.</summary>
    public static async Task<ILookup<int, FileModel>> ForMeetingsAsync(AppDbContext db, IReadOnlyList<int> meetingIds, CancellationToken cancellationToken)
    {
        // "No agenda item" is filtered here, not in SQL: SQLite would otherwise walk the agenda_item_id index over
        // every file without one (all paper files) instead of seeking the meetings' files.
        var files = await Project(Public(db).AsNoTracking()
                .Where(f => !f.Deleted && f.MeetingId != null && meetingIds.Contains(f.MeetingId.Value)))
            .ToListAsync(cancellationToken);
        return files.Where(f => f.AgendaItemId == null).OrderBy(f => f.Id).ToLookup(f => f.MeetingId!.Value);
    }

    public static void WriteEmbedded(OParlContext context, FileModel file, string? name = null)
    {
        var w = context.Writer;
        var urls = context.Urls;
        w.StartObject(name);
        w.Head(urls.Of(OParlSegments.Files, file.Id), OParlTypes.File);
        w.Text("name", file.Name);
        w.Text("fileName", file.FileName);
        w.Text("mimeType", file.MediaType);
        w.Date("date", file.Date);
        w.Number("size", file.Size);
        w.Text("text", file.Text);
        w.Text("accessUrl", urls.FileAccess(file.Id));
        w.Text("downloadUrl", urls.FileDownload(file.Id));
        if (file.MeetingId is { } meetingId)
        {
            w.Strings("meeting", [urls.Of(OParlSegments.Meetings, meetingId)]);
        }

        if (file.AgendaItemId is { } itemId)
        {
            w.Strings("agendaItem", [urls.Of(OParlSegments.AgendaItems, itemId)]);
        }

        if (file.PaperId is { } paperId)
        {
            w.Strings("paper", [urls.Of(OParlSegments.Papers, paperId)]);
        }

        w.Text("web", urls.Web("/dateien/" + file.Id));
        w.Stamps(file.Created, file.Modified);
        w.EndObject();
    }

    /// <summary>Writes the files of one role as a single object (the first) or as an array of the rest.</summary>
    public static void WriteByRole(OParlContext context, IEnumerable<FileModel> files, IReadOnlyDictionary<FileRole, string> singles, string arrayName)
    {
        var rest = new List<FileModel>();
        var used = new HashSet<FileRole>();
        foreach (var file in files)
        {
            if (singles.TryGetValue(file.Role, out var name) && used.Add(file.Role))
            {
                WriteEmbedded(context, file, name);
            }
            else
            {
                rest.Add(file);
            }
        }

        if (rest.Count > 0)
        {
            context.Writer.StartArray(arrayName);
            foreach (var file in rest)
            {
                WriteEmbedded(context, file);
            }

            context.Writer.EndArray();
        }
    }

    protected override IQueryable<StoredFile> Reachable(AppDbContext db) => Public(db);

    /// <summary>The public files (see <see cref="Public"/>) of the body's papers, meetings and agenda items.</summary>
    protected override OParlListScope ListScope { get; } = new(
        "files e",
        """
        e.is_public
        AND (e.paper_id IS NULL OR EXISTS (SELECT 1 FROM papers p WHERE p.id = e.paper_id AND p.is_public))
        AND (e.agenda_item_id IS NULL OR EXISTS (SELECT 1 FROM agenda_items i WHERE i.id = e.agenda_item_id AND i.is_public))
        AND (EXISTS (SELECT 1 FROM papers p WHERE p.id = e.paper_id AND p.body_id = @body)
          OR EXISTS (SELECT 1 FROM meetings m JOIN organizations o ON o.id = m.organization_id WHERE m.id = e.meeting_id AND o.body_id = @body)
          OR EXISTS (SELECT 1 FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN organizations o ON o.id = m.organization_id
                     WHERE i.id = e.agenda_item_id AND o.body_id = @body))
        """);

    protected override async Task<IReadOnlyDictionary<int, FileModel>> LoadAsync(OParlContext context, IReadOnlyList<int> ids, CancellationToken cancellationToken) =>
        await Project(context.Db.Files.AsNoTracking().Where(f => ids.Contains(f.Id))).ToDictionaryAsync(f => f.Id, cancellationToken);

    protected override void Write(OParlContext context, FileModel model) => WriteEmbedded(context, model);

    private static IQueryable<FileModel> Project(IQueryable<StoredFile> files) => files.Select(f => new FileModel(
        f.Id, f.Created, f.Modified, f.FileName, f.Name, f.MediaType, f.Size, f.Text, f.Role, f.Date, f.MeetingId, f.AgendaItemId, f.PaperId));
}
