using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Ratsnetz.Council.Minutes;
using Ratsnetz.Import.Review;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Memberships;

/// <summary>
/// The staff pages over HTTP: administrators keep a municipality's legislative terms; the Kamen Geschäftsführung
/// describes its Integrationsrat and corrects a member's name. Each refused form keeps the input and links the error
/// to its field; members, other towns' staff and anonymous visitors change nothing.
/// </summary>
public sealed class AdminPagesTests
{
    private static readonly Uri Start = new("/", UriKind.Relative);

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Administrators_add_and_revise_terms_and_everyone_else_is_refused(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var kamen = await ReviewSamples.WithDbAsync(server, db => db.Bodies.Where(b => b.ShortName == "Kamen").Select(b => b.Id).SingleAsync());
        var page = $"/koerperschaften/{kamen}/wahlperioden";
        using var admin = await ReviewSamples.SignedInAsync(server, ReviewSamples.Admin);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var member = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);
        using var anonymous = server.CreateClient(followRedirects: false);
        var before = await TermsAsync(server, kamen);

        Assert.Contains($"href=\"{page}\"", await admin.GetStringAsync(new Uri("/gremien", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("/wahlperioden", await staff.GetStringAsync(new Uri("/gremien", UriKind.Relative)), StringComparison.Ordinal);
        await AssertStatusAsync(anonymous, page, HttpStatusCode.Redirect);
        await AssertStatusAsync(staff, page, HttpStatusCode.Forbidden);
        await AssertStatusAsync(member, page, HttpStatusCode.Forbidden);
        var term = new Dictionary<string, string> { ["Term.Name"] = "Wahlperiode 2030–2035", ["Term.StartDate"] = "2030-11-01", ["Term.EndDate"] = "2030-10-31" };
        using (var refused = await ReviewSamples.PostAsync(staff, "/", $"{page}?handler=add", new(term)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var refused = await ReviewSamples.PostAsync(member, "/", $"{page}?handler=add", new(term)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var refused = await ReviewSamples.PostAsync(admin, page, $"{page}?handler=add", new(term)))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("href=\"#t-end\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"t-end-error\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"Wahlperiode 2030–2035\"", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        Assert.Equal(before, await TermsAsync(server, kamen));
        term["Term.EndDate"] = "2035-10-31";
        using (var added = await ReviewSamples.PostAsync(admin, page, $"{page}?handler=add", new(term)))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
            Assert.Equal(page, added.Headers.Location?.OriginalString);
        }

        var id = await ReviewSamples.WithDbAsync(server, db => db.LegislativeTerms.Where(t => t.Name == "Wahlperiode 2030–2035").Select(t => t.Id).SingleAsync());
        var revise = $"{page}?handler=revise&termId={id.ToString(CultureInfo.InvariantCulture)}";
        var emptyName = new Dictionary<string, string> { ["Term.Name"] = " ", ["Term.StartDate"] = "2030-11-02" };
        using (var refused = await ReviewSamples.PostAsync(admin, page, revise, emptyName))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains($"href=\"#t{id}-name\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"t{id}-name-error\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"2030-11-02\"", html, StringComparison.Ordinal);
        }

        using (var refused = await ReviewSamples.PostAsync(staff, "/", revise, new() { ["Term.Name"] = "Übernommen" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var revised = await ReviewSamples.PostAsync(admin, page, revise, new() { ["Term.Name"] = "Wahlperiode 2030–2036", ["Term.StartDate"] = "2030-11-01", ["Term.EndDate"] = "2036-10-31" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        }

        var shown = WebUtility.HtmlDecode(await admin.GetStringAsync(new Uri(page, UriKind.Relative)));
        Assert.Contains("value=\"Wahlperiode 2030–2036\"", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"2036-10-31\"", shown, StringComparison.Ordinal);
        Assert.Equal(before + 1, await TermsAsync(server, kamen));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_bodys_staff_describe_it_and_everyone_else_is_refused(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        await MinutesTestKit.AddAccountsAsync(server);
        var (council, _) = await MemberPagesTests.KamenAsync(server);
        var body = $"/gremien/{council}";
        var page = $"{body}/bearbeiten";
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var member = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);
        using var otherStaff = await ReviewSamples.SignedInAsync(server, MinutesTestKit.BergkamenManagementEmail);
        using var anonymous = server.CreateClient(followRedirects: false);
        var before = await NameAsync(server, council);

        Assert.Contains($"href=\"{page}\"", await staff.GetStringAsync(new Uri(body, UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(page, await member.GetStringAsync(new Uri(body, UriKind.Relative)), StringComparison.Ordinal);
        await AssertStatusAsync(anonymous, page, HttpStatusCode.Redirect);
        await AssertStatusAsync(member, page, HttpStatusCode.Forbidden);
        await AssertStatusAsync(otherStaff, page, HttpStatusCode.Forbidden);
        var form = new Dictionary<string, string>
        {
            ["Description.Name"] = "Integrationsrat der Stadt Kamen",
            ["Description.ShortName"] = "IR Kamen",
            ["Description.Kind"] = "IntegrationCouncil",
            ["Description.StartDate"] = "2020-11-01",
        };
        foreach (var refusedClient in new[] { member, otherStaff })
        {
            using var refused = await ReviewSamples.PostAsync(refusedClient, "/", page, new(form));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var refused = await ReviewSamples.PostAsync(staff, page, page, new(form) { ["Description.Name"] = "" }))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("href=\"#o-name\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"o-name-error\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"IR Kamen\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(before, await NameAsync(server, council));
        using (var described = await ReviewSamples.PostAsync(staff, page, page, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, described.StatusCode);
            Assert.Equal(body, described.Headers.Location?.OriginalString);
        }

        Assert.Contains(">Integrationsrat der Stadt Kamen</h1>", await anonymous.GetStringAsync(new Uri(body, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(("Integrationsrat der Stadt Kamen", "IR Kamen"), await NameAsync(server, council));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_bodys_staff_correct_a_members_name_and_everyone_else_is_refused(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        await MinutesTestKit.AddAccountsAsync(server);
        var (council, _) = await MemberPagesTests.KamenAsync(server);
        var kuru = await ReviewSamples.WithDbAsync(server, db => db.Memberships.Where(m => m.OrganizationId == council)
            .Join(db.People.Where(p => p.FamilyName == "Kuru"), m => m.PersonId, p => p.Id, (m, p) => p.Id).FirstAsync());
        var person = $"/personen/{kuru}";
        var page = $"{person}/bearbeiten";
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var member = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenMember);
        using var otherStaff = await ReviewSamples.SignedInAsync(server, MinutesTestKit.BergkamenManagementEmail);
        using var anonymous = server.CreateClient(followRedirects: false);

        Assert.Contains($"href=\"{page}\"", await staff.GetStringAsync(new Uri(person, UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(page, await anonymous.GetStringAsync(new Uri(person, UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(page, await otherStaff.GetStringAsync(new Uri(person, UriKind.Relative)), StringComparison.Ordinal);
        await AssertStatusAsync(anonymous, page, HttpStatusCode.Redirect);
        await AssertStatusAsync(member, page, HttpStatusCode.Forbidden);
        await AssertStatusAsync(otherStaff, page, HttpStatusCode.Forbidden);
        var form = new Dictionary<string, string> { ["Salutation"] = "Herr", ["PersonTitle"] = "Dr.", ["GivenName"] = "Mehmet", ["FamilyName"] = "Kuru-Yılmaz" };
        foreach (var refusedClient in new[] { member, otherStaff })
        {
            using var refused = await ReviewSamples.PostAsync(refusedClient, "/", page, new(form));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var refused = await ReviewSamples.PostAsync(staff, page, page, new(form) { ["FamilyName"] = " " }))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("href=\"#n-family\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"n-family-error\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"Mehmet\"", html, StringComparison.Ordinal);
        }

        Assert.Equal("Kuru", await ReviewSamples.WithDbAsync(server, db => db.People.Where(p => p.Id == kuru).Select(p => p.FamilyName).SingleAsync()));
        using (var renamed = await ReviewSamples.PostAsync(staff, page, page, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
            Assert.Equal(person, renamed.Headers.Location?.OriginalString);
        }

        Assert.Contains("<h1>Dr. Mehmet Kuru-Yılmaz</h1>", WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri(person, UriKind.Relative))), StringComparison.Ordinal);
        Assert.Equal(1, await ReviewSamples.WithDbAsync(server, db => db.AuditEntries.CountAsync(e => e.EntityType == "Person" && e.EntityId == kuru)));
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Administrators_add_an_organization_of_any_kind_and_staff_are_refused(DatabaseKind kind)
    {
        await using var server = await PortalServer.StartAsync(kind);
        var kamen = await ReviewSamples.WithDbAsync(server, db => db.Bodies.Where(b => b.ShortName == "Kamen").Select(b => b.Id).SingleAsync());
        var page = $"/koerperschaften/{kamen}/gremien/neu";
        using var admin = await ReviewSamples.SignedInAsync(server, ReviewSamples.Admin);
        using var staff = await ReviewSamples.SignedInAsync(server, ReviewSamples.KamenManagement);
        using var anonymous = server.CreateClient(followRedirects: false);
        var before = await ReviewSamples.WithDbAsync(server, db => db.Organizations.CountAsync());

        Assert.Contains($"href=\"{page}\"", await admin.GetStringAsync(new Uri("/gremien", UriKind.Relative)), StringComparison.Ordinal);
        await AssertStatusAsync(anonymous, page, HttpStatusCode.Redirect);
        await AssertStatusAsync(staff, page, HttpStatusCode.Forbidden);
        var form = new Dictionary<string, string> { ["Organization.Name"] = "Ausschuss für Schule und Sport", ["Organization.ShortName"] = "SchA", ["Organization.Kind"] = "Committee" };
        using (var refused = await ReviewSamples.PostAsync(staff, "/", page, new(form)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using (var refused = await ReviewSamples.PostAsync(admin, page, page, new(form) { ["Organization.Name"] = " " }))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("href=\"#o-name\"", html, StringComparison.Ordinal);
            Assert.Contains("id=\"o-name-error\"", html, StringComparison.Ordinal);
            Assert.Contains("value=\"SchA\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(before, await ReviewSamples.WithDbAsync(server, db => db.Organizations.CountAsync()));
        using var added = await ReviewSamples.PostAsync(admin, page, page, form);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var location = added.Headers.Location!.OriginalString;
        Assert.StartsWith("/gremien/", location, StringComparison.Ordinal);
        Assert.Contains(">Ausschuss für Schule und Sport</h1>", WebUtility.HtmlDecode(await anonymous.GetStringAsync(new Uri(location, UriKind.Relative))), StringComparison.Ordinal);
        Assert.Equal(before + 1, await ReviewSamples.WithDbAsync(server, db => db.Organizations.CountAsync()));
    }

    private static async Task AssertStatusAsync(HttpClient client, string page, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
    }

    private static Task<int> TermsAsync(PortalServer server, int body) =>
        ReviewSamples.WithDbAsync(server, db => db.LegislativeTerms.CountAsync(t => t.BodyId == body));

    private static Task<(string, string?)> NameAsync(PortalServer server, int organization) => ReviewSamples.WithDbAsync(server, async db =>
        await db.Organizations.Where(o => o.Id == organization).Select(o => new ValueTuple<string, string?>(o.Name, o.ShortName)).SingleAsync());
}
