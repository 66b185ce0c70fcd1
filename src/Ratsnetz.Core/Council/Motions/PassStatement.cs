using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.Consultations;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Motions;

/// <summary>Anregung (a suggestion) or Stellungnahme (an opinion on a matter before the council).</summary>
public enum StatementKind
{
    Suggestion = 1,
    Opinion = 2,
}

/// <summary>
/// The Integrationsrat passes a statement to the council or a committee (§ 27 GO NRW: its suggestions and
/// opinions must be put to them). Entered by the Integrationsrat's Geschäftsführung; it becomes a paper with the
/// Integrationsrat as originator and a consultation at the target body, so it shows on the target's way of papers.
/// </summary>
public sealed record PassStatement(Viewer Viewer, int OrganizationId, int TargetOrganizationId, StatementKind Kind, string Title, string? Request, string? Justification);

public sealed class PassStatementHandler(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public static string PaperType(StatementKind kind) => kind == StatementKind.Suggestion ? "Anregung" : "Stellungnahme";

    public async Task<Result<int>> HandleAsync(PassStatement command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var source = await ManagedOrganization.LoadAsync(db, command.Viewer, command.OrganizationId, ct);
        if (source.IsError)
        {
            return source.Error!;
        }

        if (source.Value.Kind is not (OrganizationKind.IntegrationCouncil or OrganizationKind.IntegrationCommittee))
        {
            return MotionAccess.NotIntegrationCouncil;
        }

        if (!Enum.IsDefined(command.Kind) || !await db.Organizations.AnyAsync(o => o.Id == command.TargetOrganizationId && o.BodyId == source.Value.BodyId
                && (o.Kind == OrganizationKind.Council || o.Kind == OrganizationKind.Committee) && !o.Deleted, ct))
        {
            return MotionAccess.TargetUnknown;
        }

        var today = MeetingClock.Today(clock);
        var reference = await PaperReferences.NextAsync(db, source.Value.BodyId, today.Year, ct);
        var created = Paper.Create(source.Value.BodyId, reference, command.Title, PaperType(command.Kind), today);
        if (created.IsError)
        {
            return created.Error!;
        }

        var paper = created.Value;
        var text = paper.SetMotionText(command.Request, command.Justification);
        text = text.IsError ? text : paper.AddOriginator(null, command.OrganizationId);
        if (text.IsError)
        {
            return text.Error!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Papers.Add(paper);
        await db.SaveChangesAsync(ct);
        db.Consultations.Add(Consultation.Create(paper.Id, command.TargetOrganizationId, null, null, MotionAccess.ConsultationRole, authoritative: true).Value);
        audit.Record(source.Value.Audit, AuditActions.Added, "Paper", paper.Id, null, null,
            $"{paper.PaperType} {paper.Reference}: {paper.Name} → Organization #{command.TargetOrganizationId}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return paper.Id;
    }
}
