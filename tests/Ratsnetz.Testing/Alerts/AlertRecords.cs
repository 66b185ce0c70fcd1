using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Consultations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Data;

namespace Ratsnetz.Testing.Alerts;

/// <summary>Records that alert tests announce: something new in a followed body.</summary>
public static class AlertRecords
{
    /// <summary>A paper of the organization's municipality, consulted by the organization; returns its id.</summary>
    public static async Task<int> AddConsultedPaperAsync(AppDbContext db, int organizationId, string name, bool isPublic = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        var bodyId = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.BodyId).SingleAsync();
        var paper = Paper.Create(bodyId, null, name, "Vorlage").Value;
        if (!isPublic)
        {
            paper.MakeNonPublic();
        }

        db.Papers.Add(paper);
        await db.SaveChangesAsync();
        db.Consultations.Add(Consultation.Create(paper.Id, organizationId, null, null).Value);
        await db.SaveChangesAsync();
        return paper.Id;
    }
}
