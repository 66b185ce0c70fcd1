using System.Net;
using System.Text.Json;
using Ratsnetz.Testing;

namespace Ratsnetz.Search;

/// <summary>The two front doors of search over HTTP: the JSON endpoint and the server-rendered page.</summary>
public sealed class SearchHttpTests
{
    private const string NonPublicTitle = "Veröffentlichung von Tagesordnungspunkten der nichtöffentlichen Sitzung";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_API_answers_with_ranked_results_links_and_highlights(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/v1/search?q=146/2021&limit=5", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var first = json.RootElement.GetProperty("results")[0];
        Assert.Equal("paper", first.GetProperty("type").GetString());
        Assert.Equal("146/2021", first.GetProperty("reference").GetString());
        Assert.StartsWith("/vorlagen/", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(5, json.RootElement.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/search", "search.empty", "q")]
    [InlineData("/api/v1/search?q=Rat&year=zwanzig", "search.year", "year")]
    [InlineData("/api/v1/search?q=Rat&type=sitzung", "search.type", "type")]
    [InlineData("/api/v1/search?q=Rat&limit=500", "search.limit", "limit")]
    [InlineData("/api/v1/search?q=Rat&page=0", "search.page", "page")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter(string url, string code, string parameter)
    {
        var server = await DemoPortal.GetAsync(DatabaseKind.Sqlite);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, json.RootElement.GetProperty("code").GetString());
        Assert.Equal(parameter, json.RootElement.GetProperty("parameter").GetString());
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_page_works_without_script_and_finds_non_public_content_only_for_members(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        using var anonymous = server.CreateClient();
        using var member = server.CreateClient();
        await PortalServer.SignInAsync(member, "oezkir@ratsnetz.example", DemoPortal.DemoPassword);
        var url = new Uri("/suche?q=Ver%C3%B6ffentlichung+Tagesordnungspunkten", UriKind.Relative);

        var publicHtml = await anonymous.GetStringAsync(url, TestContext.Current.CancellationToken);
        var memberHtml = await member.GetStringAsync(url, TestContext.Current.CancellationToken);
        var apiForMember = await member.GetStringAsync(new Uri("/api/v1/search?q=Ver%C3%B6ffentlichung+Tagesordnungspunkten", UriKind.Relative), TestContext.Current.CancellationToken);
        var apiForPublic = await anonymous.GetStringAsync(new Uri("/api/v1/search?q=Ver%C3%B6ffentlichung+Tagesordnungspunkten", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"search-count\"", publicHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("nichtöffentlichen Sitzung", publicHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>Veröffentlichung</mark>", memberHtml, StringComparison.Ordinal);
        Assert.Contains("nichtöffentlichen Sitzung", memberHtml, StringComparison.Ordinal);
        Assert.Contains(NonPublicTitle, apiForMember, StringComparison.Ordinal);
        Assert.DoesNotContain(NonPublicTitle, apiForPublic, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_a_German_message_for_bad_input_and_pages_through_results()
    {
        var server = await DemoPortal.GetAsync(DatabaseKind.Sqlite);
        using var client = server.CreateClient();

        var bad = await client.GetStringAsync(new Uri("/suche?q=Rat&jahr=zwanzig", UriKind.Relative), TestContext.Current.CancellationToken);
        var paged = await client.GetStringAsync(new Uri("/suche?q=Integrationsrat&seite=2", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("Bitte das Jahr vierstellig angeben", bad, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", bad, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", paged, StringComparison.Ordinal);
        Assert.Contains("Seite 2 von", paged, StringComparison.Ordinal);
    }
}
