using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Consultations;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Papers;

namespace Ratsnetz.Import.Documents;

internal sealed partial class ImportSession
{
    private async Task RecordAgendaAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        for (var i = 0; i < extraction.Agenda.Count; i++)
        {
            var entry = extraction.Agenda[i];
            var item = FindItem(meeting, entry.Public, entry.Number, entry.Title);
            if (item is null)
            {
                var added = meeting.AddAgendaItem(entry.Number, entry.Public, entry.Title);
                if (added.IsError)
                {
                    Uncertain.Add($"agenda[{i}]: {added.Error!.Message}");
                    continue;
                }

                item = added.Value;
                await db.SaveChangesAsync(cancellationToken);
            }

            Provenance("AgendaItem", item.Id, $"agenda[{i}]");
            if (entry.Paper is { } reference && item.PaperId is null)
            {
                var paper = await PaperAsync(reference, entry.Title, "Vorlage", null, cancellationToken);
                item.LinkPaper(paper.Id);
                await ConsultAsync(paper.Id, meeting, item.Id, cancellationToken);
            }
        }
    }

    private async Task<int?> RecordDecisionsAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        int? lastItem = null;
        for (var i = 0; i < extraction.Decisions.Count; i++)
        {
            var decision = extraction.Decisions[i];
            var item = FindItem(meeting, decision.Public, decision.AgendaNumber, null)
                ?? (decision.AgendaNumber is null && meeting.AgendaItems.Count(a => a.IsPublic == decision.Public) == 1 ? meeting.AgendaItems.Single(a => a.IsPublic == decision.Public) : null);
            if (item is null && decision.AgendaNumber is null && meeting.AgendaItems.Count == 0 && decision.Text is { } text)
            {
                // A single resolution page names no item number; its resolution stands for the item. An unnumbered
                // decision in a meeting that already has items cannot be placed safely and is left for review.
                var added = meeting.AddAgendaItem(null, decision.Public, text.Length > 200 ? text[..200] + "…" : text);
                item = added.IsSuccess ? added.Value : null;
                await db.SaveChangesAsync(cancellationToken);
            }

            if (item is null)
            {
                Uncertain.Add($"decisions[{i}]: no agenda item {decision.AgendaNumber}");
                continue;
            }

            lastItem = item.Id;
            if (item.Outcome is not null || item.ResolutionText is not null)
            {
                continue;
            }

            VoteCounts? votes = decision is { Yes: { } yes, No: { } no } ? new VoteCounts(yes, no, decision.Abstain ?? 0, decision.Biased ?? 0) : null;
            var recorded = item.RecordDecision(decision.Text, OutcomeOf(decision.Outcome), votes);
            if (recorded.IsError)
            {
                Uncertain.Add($"decisions[{i}]: {recorded.Error!.Message}");
                continue;
            }

            Provenance("AgendaItem", item.Id, $"decisions[{i}]");
        }

        return lastItem;
    }

    private async Task RecordSpeakersAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        for (var i = 0; i < extraction.Speakers.Count; i++)
        {
            var group = extraction.Speakers[i];
            var item = FindItem(meeting, group.Public, group.AgendaNumber, null)
                ?? (group.AgendaNumber is null && meeting.AgendaItems.Count == 1 ? meeting.AgendaItems[0] : null);
            if (item is null || item.Contributions.Count > 0)
            {
                continue;
            }

            foreach (var name in group.Names)
            {
                item.AddContribution(await PersonAsync(name, null, $"speakers[{i}]", cancellationToken));
            }
        }
    }

    private async Task<Paper> PaperAsync(string? reference, string title, string type, DateOnly? date, CancellationToken cancellationToken)
    {
        var existing = reference is null ? null : await db.Papers.Include(p => p.Originators).FirstOrDefaultAsync(p => p.BodyId == body.BodyId && p.Reference == reference && !p.Deleted, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var paper = Paper.Create(body.BodyId, reference?.Replace(" ", string.Empty, StringComparison.Ordinal), title, type, date).Value;
        db.Papers.Add(paper);
        await db.SaveChangesAsync(cancellationToken);
        Provenance("Paper", paper.Id, "paper");
        return paper;
    }

    private async Task ConsultAsync(int paperId, Meeting meeting, int? agendaItemId, CancellationToken cancellationToken)
    {
        if (await db.Consultations.AnyAsync(c => c.PaperId == paperId && c.MeetingId == meeting.Id, cancellationToken))
        {
            return;
        }

        db.Consultations.Add(Consultation.Create(paperId, meeting.OrganizationId, meeting.Id, agendaItemId).Value);
    }

    private static DecisionOutcome? OutcomeOf(string? outcome) => outcome switch
    {
        "einstimmig" => DecisionOutcome.Unanimous,
        "angenommen" => DecisionOutcome.Adopted,
        "abgelehnt" => DecisionOutcome.Rejected,
        "zur Kenntnis genommen" => DecisionOutcome.Noted,
        "vertagt" => DecisionOutcome.Postponed,
        "ungeändert beschlossen" => DecisionOutcome.AdoptedUnchanged,
        "geändert beschlossen" => DecisionOutcome.AdoptedAmended,
        _ => null,
    };
}
