using Ratsnetz.Council.Files;
using Ratsnetz.Council.Meetings;

namespace Ratsnetz.Bench;

/// <summary>
/// One generated file with everything but its content. <see cref="All"/> enumerates the files in id order the
/// same way every time, so the files pass and the contents pass agree on ids without holding the bytes.
/// </summary>
internal sealed record BenchFile(
    int Id,
    FileRole Role,
    string FileName,
    string Name,
    bool Pdf,
    DateOnly Date,
    int? MeetingId,
    int? ItemId,
    int? PaperId,
    bool IsPublic,
    bool Deleted,
    string Town,
    string Topic)
{
    public static IEnumerable<BenchFile> All(BenchLayout layout)
    {
        var id = 0;
        for (var paper = 0; paper < layout.Plan.Papers; paper++)
        {
            var text = BenchPaperText.For(layout, paper);
            var random = BenchRandom.For(layout.Seed, BenchStream.File, -1 - paper);
            var attachments = random.Next(4);
            var town = BenchNames.FullTown(layout.PaperBody[paper]);
            var date = DateOnly.FromDayNumber(layout.PaperDay[paper]);
            var slug = text.Reference.Replace('/', '-');
            var type = BenchLayout.PaperTypes[layout.PaperType[paper]];
            for (var k = 0; k <= attachments; k++)
            {
                var file = BenchRandom.For(layout.Seed, BenchStream.File, ++id);
                var (role, fileName, name) = k == 0
                    ? (FileRole.MainFile, $"{type}_{slug}", $"{type} {text.Reference}")
                    : (FileRole.Auxiliary, $"Anlage_{k}_{slug}", $"Anlage {k} zu {text.Reference}: {file.Pick(BenchWords.Attachments)}");
                var pdf = !file.Chance(0.25);
                yield return new BenchFile(id, role, fileName + (pdf ? ".pdf" : ".txt"), name, pdf, date, null, null, paper + 1,
                    layout.PaperPublic[paper] && !(k > 0 && file.Chance(0.01)), layout.PaperDeleted[paper] || file.Chance(0.003), town, text.Topic);
            }
        }

        for (var meeting = 0; meeting < layout.Plan.Meetings; meeting++)
        {
            foreach (var file in MeetingFiles(layout, meeting, id))
            {
                id = file.Id;
                yield return file;
            }
        }
    }

    private static IEnumerable<BenchFile> MeetingFiles(BenchLayout layout, int meeting, int lastId)
    {
        var state = (MeetingState)layout.MeetingState[meeting];
        if (state == MeetingState.Planned)
        {
            yield break;
        }

        var (org, _) = BenchNames.Organization(layout, layout.MeetingOrg[meeting] - 1);
        var town = BenchNames.FullTown(layout.BodyOfMeeting(meeting));
        var day = DateOnly.FromDayNumber(layout.MeetingDay[meeting]);
        var session = layout.MeetingSession[meeting];
        var deleted = layout.MeetingDeleted[meeting];
        var id = lastId;
        yield return new BenchFile(++id, FileRole.Invitation, $"Einladung_{meeting + 1}.pdf", $"Einladung zur {session}. Sitzung – {org}", true,
            day.AddDays(-14), meeting + 1, null, null, true, deleted, town, org);
        if (state != MeetingState.Held)
        {
            yield break;
        }

        var minutesDay = day.AddDays(14) > BenchCalendar.Today ? BenchCalendar.Today : day.AddDays(14);
        yield return new BenchFile(++id, FileRole.Minutes, $"Niederschrift_{meeting + 1}.pdf", $"Niederschrift der {session}. Sitzung – {org}", true,
            minutesDay, meeting + 1, null, null, true, deleted, town, org);
        for (var position = 0; position < layout.MeetingItems[meeting]; position++)
        {
            var item = layout.MeetingFirstItem[meeting] + position;
            var random = BenchRandom.For(layout.Seed, BenchStream.File, -1_000_000_000L - item);
            if (layout.ItemPaper[item] != 0 && random.Chance(0.05))
            {
                yield return new BenchFile(++id, FileRole.Resolution, $"Beschluss_{item + 1}.pdf", $"Beschlussauszug TOP {position + 1} – {org}", true,
                    day.AddDays(3), null, item + 1, null, layout.ItemIsPublic(meeting, position), deleted, town, org);
            }
        }
    }
}
