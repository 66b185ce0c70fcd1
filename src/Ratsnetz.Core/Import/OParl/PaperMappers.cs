using Ratsnetz.Council.Consultations;
using Ratsnetz.Council.Papers;

namespace Ratsnetz.Import.OParl;

internal sealed class PaperMapper : RemoteMapper
{
    public override string Type => "Paper";

    public override int Rank => 5;

    public override System.Type EntityType => typeof(Paper);

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        // References are unique keys without spaces here; some systems write "Drs. 12/2020".
        var reference = Fit(json.Field("reference")?.Replace(" ", string.Empty, StringComparison.Ordinal), 100);
        var name = Fit(json.Field("name") ?? reference, 1000) ?? "Drucksache ohne Titel";
        var paperType = Fit(json.Field("paperType"), 100) ?? "Drucksache";
        var date = OParlDates.ParseDate(json.Field("date"));
        if (existingId is { } id && await session.Db.Papers.FindAsync([id], ct) is { } paper)
        {
            var revised = paper.Revise(reference, name, paperType, date);
            return revised.IsError ? Applied.Fail(revised.Error!.Code) : paper;
        }

        var created = Paper.Create(session.BodyId, reference, name, paperType, date);
        if (created.IsError)
        {
            return Applied.Fail(created.Error!.Code);
        }

        session.Db.Add(created.Value);
        return created.Value;
    }
}

internal sealed class ConsultationMapper : RemoteMapper
{
    public override string Type => "Consultation";

    public override int Rank => 6;

    public override System.Type EntityType => typeof(Consultation);

    public override IEnumerable<(string Url, string Type)> References(RemoteObject remote)
    {
        var json = remote.Json;
        if (ParentOrReference(remote, "Paper", "paper") is { } paper)
        {
            yield return (paper, "Paper");
        }

        if (json.Reference("meeting") is { } meeting)
        {
            yield return (meeting, "Meeting");
        }

        if (json.Reference("agendaItem") is { } item)
        {
            yield return (item, "AgendaItem");
        }

        if (json.Reference("organization") is { } organization)
        {
            yield return (organization, "Organization");
        }
    }

    public override async Task<Applied> ApplyAsync(RemoteObject remote, int? existingId, MirrorSession session, CancellationToken ct)
    {
        var json = remote.Json;
        var agendaItemId = session.IdOf(json.Reference("agendaItem"));
        var item = agendaItemId is { } itemId ? await session.Db.AgendaItems.FindAsync([itemId], ct) : null;
        var meetingId = session.IdOf(json.Reference("meeting")) ?? item?.MeetingId;
        if (item is not null && item.MeetingId != meetingId)
        {
            // The agenda item decides: it names its meeting itself.
            meetingId = item.MeetingId;
        }

        var organizationId = json.Strings("organization").Select(session.IdOf).FirstOrDefault(i => i is not null);
        var role = Fit(json.Field("role"), 100);
        var authoritative = json.Flag("authoritative") ?? false;
        Consultation consultation;
        if (existingId is { } id && await session.Db.Consultations.FindAsync([id], ct) is { } existing)
        {
            var revised = existing.Revise(organizationId, meetingId, item?.Id, role, authoritative);
            if (revised.IsError)
            {
                return Applied.Fail(revised.Error!.Code);
            }

            consultation = existing;
        }
        else
        {
            if (session.IdOf(ParentOrReference(remote, "Paper", "paper")) is not { } paperId)
            {
                return Applied.Fail("consultation without known paper");
            }

            var created = Consultation.Create(paperId, organizationId, meetingId, item?.Id, role, authoritative);
            if (created.IsError)
            {
                return Applied.Fail(created.Error!.Code);
            }

            consultation = created.Value;
            session.Db.Add(consultation);
        }

        // The agenda item shows its paper on the meeting page; OParl links them only through the consultation.
        if (item is not null && item.PaperId is null)
        {
            item.LinkPaper(consultation.PaperId);
        }

        return consultation;
    }
}
