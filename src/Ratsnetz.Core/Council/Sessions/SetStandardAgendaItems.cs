using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Data;

namespace Ratsnetz.Council.Sessions;

/// <summary>One line of the template form.</summary>
public sealed record StandardItemLine(string Title, bool IsPublic, StandardPlacement Placement);

/// <summary>Replaces an organization's agenda template; new meetings start with these items.</summary>
public sealed record SetStandardAgendaItems(Viewer Viewer, int OrganizationId, IReadOnlyList<StandardItemLine> Lines);

/// <summary>Reads an organization's agenda template for the form.</summary>
public sealed record GetStandardAgendaItems(Viewer Viewer, int OrganizationId);

public sealed class SetStandardAgendaItemsHandler(AppDbContext db, AuditLog audit)
{
    public async Task<Result> HandleAsync(SetStandardAgendaItems command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var allowed = await StandardItems.CheckAccessAsync(db, command.Viewer, command.OrganizationId, ct);
        if (allowed.IsError)
        {
            return allowed;
        }

        var lines = new List<StandardAgendaItem>();
        foreach (var (line, index) in command.Lines.Select((l, i) => (l, i)))
        {
            var created = StandardAgendaItem.Create(command.OrganizationId, line.Title, line.IsPublic, line.Placement, index + 1);
            if (created.IsError)
            {
                return created.Error!;
            }

            lines.Add(created.Value);
        }

        var old = await db.StandardAgendaItems.Where(s => s.OrganizationId == command.OrganizationId && !s.Deleted).OrderBy(s => s.Order).ToListAsync(ct);
        old.ForEach(s => s.MarkDeleted());
        db.StandardAgendaItems.AddRange(lines);
        audit.Changed(new AuditScope(command.Viewer.UserId!, $"Organization:{command.OrganizationId}"), "Organization", command.OrganizationId,
            "standard_agenda_items", StandardItems.Describe(old), StandardItems.Describe(lines));
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}

public sealed class GetStandardAgendaItemsHandler(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<StandardItemLine>>> HandleAsync(GetStandardAgendaItems query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var allowed = await StandardItems.CheckAccessAsync(db, query.Viewer, query.OrganizationId, ct);
        if (allowed.IsError)
        {
            return allowed.Error!;
        }

        return await db.StandardAgendaItems.AsNoTracking()
            .Where(s => s.OrganizationId == query.OrganizationId && !s.Deleted)
            .OrderBy(s => s.Order)
            .Select(s => new StandardItemLine(s.Title, s.IsPublic, s.Placement))
            .ToListAsync(ct);
    }
}

internal static class StandardItems
{
    public static async Task<Result> CheckAccessAsync(AppDbContext db, Viewer viewer, int organizationId, CancellationToken ct)
    {
        if (!StaffAccess.IsStaff(viewer))
        {
            return SessionAccess.StaffOnly;
        }

        if (!await db.Organizations.AnyAsync(o => o.Id == organizationId && !o.Deleted, ct))
        {
            return new NotFoundError("organization.not_found", $"There is no organization {organizationId}.");
        }

        return StaffAccess.MayManage(viewer, organizationId) ? Result.Success : SessionAccess.NotAssigned;
    }

    public static string? Describe(IEnumerable<StandardAgendaItem> lines)
    {
        var text = string.Join("; ", lines.Select(l => $"{(l.IsPublic ? "A" : "B")} {l.Placement}: {l.Title}"));
        return text.Length == 0 ? null : text;
    }
}
