using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Files;

namespace Ratsnetz.Import.OParl;

internal sealed class FileMapper : RemoteMapper
{
    private static readonly Dictionary<string, FileRole> RolesByField = new(StringComparer.Ordinal)
    {
        ["invitation"] = FileRole.Invitation,
        ["resultsProtocol"] = FileRole.Minutes,
        ["verbatimProtocol"] = FileRole.VerbatimProtocol,
        ["mainFile"] = FileRole.MainFile,
        ["resolutionFile"] = FileRole.Resolution,
    };

    public override string Type => "File";

    public override int Rank => 7;

    public override System.Type EntityType => typeof(StoredFile);

    public override IEnumerable<(string Url, string Type)> References(RemoteObject remote) =>
        remote.Parent is not null ? [] : Owners(remote).Where(o => o.Url is not null).Select(o => (o.Url!, o.Type));

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var mediaType = Fit(json.Field("mimeType"), 200) is { } given && given.Contains('/', StringComparison.Ordinal) ? given : "application/octet-stream";
        var fileName = Fit(PlainFileName(json.Field("fileName")) ?? PlainFileName(json.Field("accessUrl")) ?? PlainFileName(json.Field("name")) ?? "datei", 300)!;
        var name = Fit(json.Field("name"), 500) ?? fileName;
        var content = session.FileContent(remote.Url);
        StoredFile file;
        if (existingId is { } id && await session.Db.Files.FindAsync([id], ct) is { } existing)
        {
            var described = existing.Describe(fileName, name, mediaType);
            if (described.IsError)
            {
                return Applied.Fail(described.Error!.Code);
            }

            if (content is not null)
            {
                await session.Db.Entry(existing).Reference(f => f.Content).LoadAsync(ct);
                existing.AttachContent(content);
            }

            file = existing;
        }
        else
        {
            var role = remote.Parent is { } parent ? RolesByField.GetValueOrDefault(parent.Field, FileRole.Auxiliary) : FileRole.Auxiliary;
            var created = content is null
                ? StoredFile.CreateWithoutContent(fileName, name, mediaType, role)
                : StoredFile.Create(fileName, name, mediaType, content, role);
            if (created.IsError)
            {
                return Applied.Fail(created.Error!.Code);
            }

            file = created.Value;
        }

        var (meetingId, agendaItemId, paperId) = await OwnerIdsAsync(remote, session, ct);
        if (file.AttachTo(meetingId, agendaItemId, paperId).IsError && file.MeetingId is null && file.AgendaItemId is null && file.PaperId is null)
        {
            return Applied.Fail("file without known meeting, agenda item or paper");
        }

        if (existingId is null)
        {
            session.Db.Add(file);
        }

        file.SetText(json.Field("text"));
        file.SetDate(OParlDates.ParseDate(json.Field("date")));
        return file;
    }

    /// <summary>The object the file belongs to: where it was embedded, else its back references (OParl 1.1).</summary>
    private static IEnumerable<(string? Url, string Type)> Owners(RemoteObject remote)
    {
        if (remote.Parent is { } parent)
        {
            return [(parent.Url, parent.Type)];
        }

        return
        [
            (remote.Json.Reference("agendaItem"), "AgendaItem"),
            (remote.Json.Reference("meeting"), "Meeting"),
            (remote.Json.Reference("paper"), "Paper"),
        ];
    }

    private static async Task<(int? Meeting, int? AgendaItem, int? Paper)> OwnerIdsAsync(RemoteObject remote, MirrorSession session, CancellationToken ct)
    {
        int? meetingId = null, agendaItemId = null, paperId = null;
        foreach (var (url, type) in Owners(remote))
        {
            var id = session.IdOf(url);
            switch (type)
            {
                case "Meeting":
                    meetingId ??= id;
                    break;
                case "AgendaItem" when id is not null:
                    agendaItemId = id;
                    // Files of an item also belong to its meeting, as the document import records them.
                    meetingId ??= await session.Db.AgendaItems.AsNoTracking().Where(i => i.Id == id).Select(i => (int?)i.MeetingId).FirstOrDefaultAsync(ct);
                    break;
                case "Paper":
                    paperId ??= id;
                    break;
            }
        }

        return (meetingId, agendaItemId, paperId);
    }

    private static string? PlainFileName(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var path = Uri.TryCreate(text, UriKind.Absolute, out var uri) ? Uri.UnescapeDataString(uri.AbsolutePath) : text;
        var last = path.Split('/', '\\').LastOrDefault(p => p.Length > 0);
        return Common.Text.Clean(last);
    }
}
