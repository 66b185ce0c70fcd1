using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Data;
using Ratsnetz.Testing;
using static Ratsnetz.Bench.BenchData;

namespace Ratsnetz.Bench;

/// <summary>
/// Generated rows bypass the entities, so these tests load them back through AppDbContext and put them through the
/// entities' own rules: what the generator writes must be something the application could have written.
/// </summary>
public sealed class BenchInvariantTests
{
    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Generated_rows_satisfy_the_rules_of_their_entities(DatabaseKind kind)
    {
        await using var database = await GeneratedAsync(kind, 400, seed: 2);
        await using var db = database.CreateContext();

        foreach (var meeting in await db.Meetings.AsNoTracking().Include(m => m.AgendaItems).ToListAsync(Ct))
        {
            Assert.False(Meeting.Create(meeting.OrganizationId, meeting.Date, meeting.StartTime, meeting.EndTime, meeting.SessionNumber).IsError);
            Assert.Equal(MeetingClock.ToUtc(meeting.Date, meeting.StartTime, meeting.TimeZoneId), meeting.StartsAtUtc);
            Assert.Equal(meeting.AgendaItems.Count, meeting.AgendaItems.Select(i => (i.IsPublic, i.Number)).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, meeting.AgendaItems.Count), meeting.AgendaItems.Select(i => i.Order).Order());
            Assert.All(meeting.AgendaItems, item => Assert.False(item.RecordDecision(item.ResolutionText, item.Outcome, item.Votes).IsError, $"decision of item {item.Id}"));
        }

        var memberships = await db.Memberships.AsNoTracking().ToDictionaryAsync(m => m.Id, Ct);
        Assert.All(memberships.Values, membership =>
        {
            var created = Membership.Create(membership.PersonId, membership.OrganizationId, membership.Role, membership.VotingRight);
            Assert.False(created.IsError, $"membership {membership.Id}");
            Assert.False(created.Value.SetPeriod(membership.StartDate, membership.EndDate).IsError, $"period of membership {membership.Id}");
            if (membership.DeputyOfId is { } seat)
            {
                Assert.False(created.Value.AssignDeputyOf(memberships[seat]).IsError, $"deputy membership {membership.Id}");
            }
        });

        foreach (var organization in await db.Organizations.AsNoTracking().ToListAsync(Ct))
        {
            var created = Organization.Create(organization.BodyId, organization.Name, organization.Kind, organization.ShortName);
            Assert.False(created.IsError || created.Value.SetPeriod(organization.StartDate, organization.EndDate).IsError || created.Value.SetStatutorySeats(organization.StatutorySeats).IsError);
        }

        foreach (var term in await db.LegislativeTerms.AsNoTracking().ToListAsync(Ct))
        {
            Assert.False(LegislativeTerm.Create(term.BodyId, term.Name, term.StartDate, term.EndDate).IsError);
        }

        var papers = await db.Papers.AsNoTracking().Include(p => p.Originators).ToListAsync(Ct);
        Assert.All(papers, paper => Assert.False(Paper.Create(paper.BodyId, paper.Reference, paper.Name, paper.PaperType, paper.Date).IsError));
        Assert.Equal(papers.Count, papers.Select(p => (p.BodyId, p.Reference)).Distinct().Count());
        Assert.All(papers, paper => Assert.All(paper.Originators, o => Assert.True(o.PersonId is not null || o.OrganizationId is not null)));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Consultations_files_and_stamps_hang_together(DatabaseKind kind)
    {
        await using var database = await GeneratedAsync(kind, 400, seed: 2);
        await using var db = database.CreateContext();

        var meetings = await db.Meetings.AsNoTracking().ToDictionaryAsync(m => m.Id, Ct);
        var items = await db.AgendaItems.AsNoTracking().ToDictionaryAsync(i => i.Id, Ct);
        var papers = await db.Papers.AsNoTracking().ToDictionaryAsync(p => p.Id, Ct);
        foreach (var consultation in await db.Consultations.AsNoTracking().ToListAsync(Ct))
        {
            Assert.True(consultation.OrganizationId is not null || consultation.MeetingId is not null);
            if (consultation.AgendaItemId is { } itemId)
            {
                var item = items[itemId];
                Assert.Equal(consultation.MeetingId, item.MeetingId);
                Assert.Equal(consultation.PaperId, item.PaperId);
                Assert.Equal(papers[consultation.PaperId].IsPublic, item.IsPublic);
                Assert.Equal(meetings[item.MeetingId].OrganizationId, consultation.OrganizationId);
            }
        }

        foreach (var file in await db.Files.AsNoTracking().ToListAsync(Ct))
        {
            var result = StoredFile.Create(file.FileName, file.Name, file.MediaType, [], file.Role);
            Assert.False(result.IsError || result.Value.AttachTo(file.MeetingId, file.AgendaItemId, file.PaperId).IsError, $"file {file.Id}");
            // Non-public papers and agenda items keep their files non-public, as the import does (FileVisibility).
            Assert.False(file.IsPublic && file.PaperId is { } paper && !papers[paper].IsPublic);
            Assert.False(file.IsPublic && file.AgendaItemId is { } item && !items[item].IsPublic);
        }

        Assert.All(await db.Papers.AsNoTracking().Select(p => new { p.Created, p.Modified }).ToListAsync(Ct), s => Assert.True(s.Created <= s.Modified));
        Assert.All(meetings.Values, m => Assert.True(m.Created <= m.Modified));
        Assert.All(await db.Files.AsNoTracking().Select(f => new { f.Created, f.Modified }).ToListAsync(Ct), s => Assert.True(s.Created <= s.Modified));
        var modifiedYears = await db.Papers.Select(p => p.Modified.Year).Distinct().CountAsync(Ct);
        Assert.True(modifiedYears >= 10, $"modified spread over {modifiedYears} years");
    }
}
