using System.Diagnostics;
using System.Text;
using Ratsnetz.Infrastructure;
using Ratsnetz.Pages;
using Ratsnetz.Testing;

namespace Ratsnetz.Journeys;

/// <summary>
/// The Geschäftsführung of the Kamen Integrationsrat uploads minutes, waits for the background import, corrects a
/// fact against the document and confirms the import; axe-core checks every page on the way.
/// </summary>
public sealed class ImportReviewTests
{
    /// <summary>Minutes of a fictional session (names and content invented for the test).</summary>
    private static readonly byte[] Minutes = Encoding.UTF8.GetBytes(string.Join('\n',
        "Stadt Kamen",
        "Der Bürgermeister",
        "",
        "Niederschrift",
        "über die 5. Sitzung des Integrationsrates",
        "am Mittwoch, dem 12.03.2025",
        "im Sitzungssaal des Rathauses",
        "",
        "Beginn: 18:00 Uhr",
        "Ende: 19:30 Uhr",
        "",
        "Anwesend",
        "",
        "Liste Brücke",
        "",
        "Herr Max Muster",
        "Frau Erika Beispiel",
        "Herr Tarik Probe ab 18:20 Uhr",
        "",
        "Verwaltung",
        "",
        "Herr Paul Protokoll",
        "",
        "Entschuldigt fehlten",
        "",
        "Frau Nora Abwesend",
        "",
        "A. Öffentlicher Teil",
        "",
        "TOP\tBezeichnung des Tagesordnungspunktes\tVorlage",
        "1\tEinwohnerfragestunde\t",
        "2\tBericht über das Sommerfest der Kulturen\t",
        "",
        "Zu TOP 2.",
        "",
        "Bericht über das Sommerfest der Kulturen",
        "",
        "Frau **Beispiel** berichtete über die Vorbereitung des Festes.",
        "",
        "Beschluss:",
        "Der Integrationsrat nimmt den Bericht zur Kenntnis.",
        "",
        "Abstimmungsergebnis: einstimmig",
        "",
        "gez. Muster",
        "Vorsitzender"));

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task Geschaeftsfuehrung_uploads_minutes_corrects_a_fact_and_confirms_the_import(DatabaseKind kind)
    {
        BrowserSession.SkipWithoutBrowser();
        await using var server = await PortalServer.StartAsync(kind);
        await BrowserSession.RunAsync(server, async browser =>
        {
            await browser.VisitAsync("/anmelden");
            var login = new LoginPage(browser.Page);
            await login.SignInAsync("gf-kamen@ratsnetz.example", DemoPortal.DemoPassword);
            Assert.True(await login.SignedInAs.IsVisibleAsync());
            await browser.AssertAccessibleAsync();

            await browser.VisitAsync("/hochladen");
            var upload = new UploadPage(browser.Page);
            await upload.UploadAsync("kamen-integrationsrat-2025-03-12.txt", Minutes);
            await browser.AssertAccessibleAsync();
            await WaitUntilDoneAsync(browser, upload);
            await browser.AssertAccessibleAsync();

            await upload.OpenReviewAsync();
            await browser.AssertAccessibleAsync();
            var review = new ReviewPage(browser.Page);
            Assert.Equal(Minutes.Count(b => b == '\n') + 1, await review.LineCountAsync());
            Assert.Equal(5, await review.AttendanceCountAsync());
            Assert.True(await review.SourceLinks.CountAsync() > 5);
            Assert.Contains("18:00", await review.StartAsync(), StringComparison.Ordinal);

            // A slip first: the end before the start is refused with a message next to the field.
            await review.CorrectTimesAsync("18:05", "17:00");
            Assert.True(await review.Errors.IsVisibleAsync());
            await browser.AssertAccessibleAsync();

            await review.CorrectTimesAsync("18:05", "19:30");
            Assert.True(await review.Saved.IsVisibleAsync());
            Assert.Contains("18:05", await review.StartAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await review.History.CountAsync());
            await browser.AssertAccessibleAsync();

            await review.ConfirmAsync();
            Assert.Contains("geprüft", await review.StateAsync(), StringComparison.Ordinal);
            Assert.DoesNotContain("nicht geprüft", await review.StateAsync(), StringComparison.Ordinal);
            Assert.Equal(2, await review.History.CountAsync());
            await browser.AssertAccessibleAsync();

            await browser.VisitAsync("/pruefung");
        });
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task A_garbage_upload_ends_as_failed_with_a_message(DatabaseKind kind)
    {
        BrowserSession.SkipWithoutBrowser();
        await using var server = await PortalServer.StartAsync(kind);
        await BrowserSession.RunAsync(server, async browser =>
        {
            await browser.VisitAsync("/anmelden");
            await new LoginPage(browser.Page).SignInAsync("gf-kamen@ratsnetz.example", DemoPortal.DemoPassword);

            await browser.VisitAsync("/hochladen");
            var upload = new UploadPage(browser.Page);
            await upload.UploadAsync("einkaufsliste.txt", Encoding.UTF8.GetBytes("Milch\nBrot\nÄpfel\n"));
            await WaitUntilAsync(browser, upload, "Failed");

            Assert.Contains("nicht als Niederschrift", await upload.ErrorAsync(), StringComparison.Ordinal);
            await browser.AssertAccessibleAsync();
        });
    }

    private static Task WaitUntilDoneAsync(BrowserPage browser, UploadPage upload) => WaitUntilAsync(browser, upload, "Done");

    private static async Task WaitUntilAsync(BrowserPage browser, UploadPage upload, string expected)
    {
        var waited = Stopwatch.StartNew();
        while (await upload.StatusAsync() is var status && status != expected)
        {
            Assert.True(status is not ("Done" or "Failed"), $"The upload ended as {status}, expected {expected}.");
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"The upload is still {status}.");
            await Task.Delay(300);
            await upload.RefreshAsync();
            await browser.AssertAccessibleAsync();
        }
    }
}
