using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Testing;
using static Ratsnetz.Search.SearchDatabase;

namespace Ratsnetz.Search;

/// <summary>
/// Non-public content (ADR 0005) in search: the Kamen Integrationsrat's part B item and its full minutes are found by
/// its members and administrators, never by anonymous visitors or members of another body.
/// </summary>
public sealed class SearchAccessTests
{
    private const string NonPublicTitle = "Veröffentlichung von Tagesordnungspunkten der nichtöffentlichen Sitzung";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Non_public_items_and_minutes_are_found_only_by_viewers_who_may_see_them(DatabaseKind kind)
    {
        await using var database = await DemoAsync(kind);
        Viewer chair;
        Viewer otherBody;
        int minutesId;
        await using (var db = Context(database))
        {
            var kamen = await db.Bodies.SingleAsync(b => b.ShortName == "Kamen", Ct);
            var bergkamen = await db.Bodies.SingleAsync(b => b.ShortName == "Bergkamen", Ct);
            var bergkamenCouncil = await db.Organizations.SingleAsync(o => o.BodyId == bergkamen.Id && o.Kind == OrganizationKind.IntegrationCouncil, Ct);
            var oezkir = await db.People.SingleAsync(p => p.BodyId == kamen.Id && p.FamilyName == "Özkir", Ct);
            var bergkamenMember = await db.Memberships.FirstAsync(m => m.OrganizationId == bergkamenCouncil.Id, Ct);
            minutesId = (await db.Files.SingleAsync(f => f.Role == FileRole.Minutes && !f.IsPublic, Ct)).Id;
            chair = new Viewer("chair", false, oezkir.Id, new HashSet<int>());
            otherBody = new Viewer("other", false, bergkamenMember.PersonId, new HashSet<int>());
        }

        var administrator = new Viewer("admin", true, null, new HashSet<int>());
        foreach (var query in new[] { "Veröffentlichung Tagesordnungspunkten", "\"nichtöffentlichen Sitzung\"", "Niederschrift Integrationsrates" })
        {
            var anonymous = await SearchAsync(database, query);
            var member = await SearchAsync(database, query, chair);
            var stranger = await SearchAsync(database, query, otherBody);
            var admin = await SearchAsync(database, query, administrator);

            Assert.DoesNotContain(Titles(anonymous), t => t.Contains(NonPublicTitle, StringComparison.Ordinal));
            Assert.DoesNotContain(anonymous.Hits, h => h.Kind == SearchKind.File && h.EntityId == minutesId);
            Assert.DoesNotContain(Titles(stranger), t => t.Contains(NonPublicTitle, StringComparison.Ordinal));
            Assert.DoesNotContain(stranger.Hits, h => h.Kind == SearchKind.File && h.EntityId == minutesId);
            Assert.All(anonymous.Hits.Concat(stranger.Hits), h => Assert.DoesNotContain("Keine Veröffentlichungen", string.Concat(h.Snippet.Select(p => p.Text)), StringComparison.Ordinal));
            Assert.Contains(member.Hits.Concat(admin.Hits), h => h.Kind == SearchKind.File && h.EntityId == minutesId);
            Assert.True(member.Total > anonymous.Total, $"'{query}': the chair finds more ({member.Total}) than the public ({anonymous.Total})");
            Assert.Equal(member.Total, admin.Total);
        }

        Assert.Contains(Titles(await SearchAsync(database, "Veröffentlichung Tagesordnungspunkten", chair)), t => t.Contains(NonPublicTitle, StringComparison.Ordinal));
    }
}
