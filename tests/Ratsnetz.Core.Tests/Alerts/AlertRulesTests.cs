using Ratsnetz.Feeds.Atom;

namespace Ratsnetz.Alerts;

public sealed class AlertRulesTests
{
    [Theory]
    // Winter (CET, UTC+1): 07:00 in Kamen is 06:00 UTC.
    [InlineData("2026-01-15T06:30:00Z", "2026-01-15T06:00:00Z")]
    [InlineData("2026-01-15T05:59:00Z", "2026-01-14T06:00:00Z")]
    // Summer (CEST, UTC+2): 07:00 is 05:00 UTC.
    [InlineData("2026-07-01T05:00:00Z", "2026-07-01T05:00:00Z")]
    [InlineData("2026-07-01T04:59:59Z", "2026-06-30T05:00:00Z")]
    // The night summer time begins (29 March 2026): the slot follows the local clock.
    [InlineData("2026-03-29T12:00:00Z", "2026-03-29T05:00:00Z")]
    [InlineData("2026-03-29T04:00:00Z", "2026-03-28T06:00:00Z")]
    public void Daily_alerts_are_due_after_the_latest_local_sending_time(string now, string slot)
    {
        var at = SendAlertDigestsHandler.LatestDailySlot(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(7, 0));
        Assert.Equal(DateTimeOffset.Parse(slot, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, at);
    }

    [Theory]
    [InlineData("Leser@Example.org", "leser@example.org")]
    [InlineData("  name.nachname@stadt-kamen.de ", "name.nachname@stadt-kamen.de")]
    [InlineData("leser at example.org", null)]
    [InlineData("Leser <leser@example.org>", null)]
    [InlineData("leser@localhost", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Addresses_are_bare_and_lower_cased(string? input, string? expected) =>
        Assert.Equal(expected, SubscribeHandler.Normalize(input));

    [Fact]
    public void Tokens_are_unguessable_url_safe_and_only_their_shape_passes()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => AlertTokens.New()).ToList();
        Assert.Equal(100, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.True(AlertTokens.LooksValid(t), t));
        Assert.False(AlertTokens.LooksValid(tokens[0][..42]));
        Assert.False(AlertTokens.LooksValid(tokens[0][..42] + "/"));
        Assert.Equal(64, AlertTokens.Hash(tokens[0]).Length);
        Assert.NotEqual(AlertTokens.Hash(tokens[0]), AlertTokens.Hash(tokens[1]));
    }

    [Fact]
    public void A_digest_escapes_record_text_in_html_and_carries_the_one_click_headers()
    {
        var mails = new AlertMails(new AlertOptions { PortalUrl = "https://rat.example/" });
        var entry = new AtomEntry("/vorlagen/7", "Antrag <Sprachcafé> & mehr", "Antrag vom 01.02.2026", DateTime.UnixEpoch, DateTime.UnixEpoch);
        var mail = mails.Digest("leser@example.org", "Gremium Integrationsrat", AlertFrequency.Daily, "tok", [new DigestSection("Neue Vorlagen", [entry], More: 2)]);

        Assert.Equal("Neu: Gremium Integrationsrat", mail.Subject);
        Assert.Contains("Antrag &lt;Sprachcafé&gt; &amp; mehr", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Antrag <Sprachcafé> & mehr", mail.Text, StringComparison.Ordinal);
        Assert.Contains("https://rat.example/vorlagen/7", mail.Text, StringComparison.Ordinal);
        Assert.Contains("… und 2 weitere", mail.Text, StringComparison.Ordinal);
        Assert.Equal("<https://rat.example/benachrichtigungen/abmelden?token=tok>", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
    }
}
