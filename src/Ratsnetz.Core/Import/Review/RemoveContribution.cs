using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Common.Auditing;
using Ratsnetz.Council.People;
using Ratsnetz.Data;

namespace Ratsnetz.Import.Review;

/// <summary>Removes a speaker the extractor attributed wrongly to an agenda item.</summary>
public sealed record RemoveContribution(int ImportId, Viewer Viewer, int ContributionId);

public sealed class RemoveContributionHandler(AppDbContext db, NonPublicAccess access, AuditLog audit)
{
    public async Task<Result> HandleAsync(RemoveContribution command, CancellationToken ct)
    {
        var target = await ReviewTarget.LoadAsync(db, access, command.ImportId, command.Viewer, ct);
        var meeting = target.IsError ? target.Error! : target.Value.RequireMeeting();
        if (meeting.IsError)
        {
            return meeting.Error!;
        }

        var item = meeting.Value.AgendaItems.FirstOrDefault(i => !i.Deleted && i.Contributions.Any(c => c.Id == command.ContributionId && !c.Deleted));
        if (item is null || (!item.IsPublic && !target.Value.NonPublicVisible))
        {
            return new NotFoundError("contribution.not_found", "This meeting has no such contribution.");
        }

        var contribution = item.Contributions.First(c => c.Id == command.ContributionId);
        var removed = item.RemoveContribution(contribution);
        if (removed.IsError)
        {
            return removed;
        }

        var name = await db.People.Where(p => p.Id == contribution.PersonId)
            .Select(p => Person.Compose(p.Title, p.GivenName, p.FamilyName)).SingleAsync(ct);
        var part = item.IsPublic ? "A" : "B";
        audit.Removed(target.Value.Audit, "Contribution", contribution.Id, $"{name} (TOP {part} {item.Number}: {item.Title})");
        await db.SaveChangesAsync(ct);
        return Result.Success;
    }
}
