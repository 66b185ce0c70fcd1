using System.Text.Json;
using Ratsnetz.Access;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Minutes.Rendering;
using Ratsnetz.Testing;

namespace Ratsnetz.Council.Minutes;

/// <summary>
/// The Kamen Integrationsrat meeting of 4 November 2021, imported from the seed minutes into the demo database, gives
/// minutes whose header, attendance, agenda and speakers match the gold annotation of that seed document.
/// </summary>
public sealed class KamenMinutesTests
{
    private const string GoldFile = "000_0741b2841411a57c.gold.json";

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_full_minutes_match_the_seed_document_in_header_attendance_agenda_and_speakers(DatabaseKind kind)
    {
        var gold = LoadGold();
        var server = await DemoPortal.GetAsync(kind);
        var meetingId = await MinutesTestKit.KamenMeetingIdAsync(server);

        var minutes = await BuildAsync(server, meetingId, MinutesVariant.Full);

        Assert.Equal(DateOnly.Parse(gold.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture), minutes.Header.Date);
        Assert.Equal(gold.GetProperty("start").GetString(), minutes.Header.StartTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(gold.GetProperty("end").GetString(), minutes.Header.EndTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(gold.GetProperty("session_number").GetInt32(), minutes.Header.SessionNumber);
        Assert.Contains(gold.GetProperty("location").GetString()!, minutes.Header.Location, StringComparison.Ordinal);

        var listed = minutes.Members.Concat(minutes.Others).SelectMany(s => s.People.Select(p => (Section: s.Heading, Person: p))).ToList();
        foreach (var attendee in gold.GetProperty("attendees").EnumerateArray())
        {
            var name = attendee.GetProperty("name").GetString()!;
            var entry = Assert.Single(listed, l => l.Person.Name.EndsWith(name, StringComparison.Ordinal));
            Assert.Equal(attendee.GetProperty("salutation").GetString(), entry.Person.Salutation);
            if (attendee.GetProperty("group").GetString() is { } group)
            {
                Assert.Equal(group, entry.Section);
            }

            if (attendee.GetProperty("role").GetString() == "Vorsitz")
            {
                Assert.Equal(AttendanceRole.Chair, entry.Person.Role);
            }
        }

        Assert.Equal(gold.GetProperty("attendees").GetArrayLength(), listed.Count);
        var excused = gold.GetProperty("absent").EnumerateArray().Where(a => a.GetProperty("excused").GetBoolean()).Select(a => a.GetProperty("name").GetString()!).ToList();
        Assert.Equal(excused, minutes.Excused.Select(p => p.Name).ToList());

        var agenda = gold.GetProperty("agenda").EnumerateArray()
            .Select(a => (Public: a.GetProperty("public").GetBoolean(), a.GetProperty("number").GetString(), a.GetProperty("title").GetString(), a.GetProperty("paper").GetString()))
            .ToList();
        Assert.Equal(agenda.Where(a => a.Public).Select(a => (a.Item2, a.Item3, a.Item4)), minutes.PublicPart.Select(i => (i.Number, (string?)i.Title, i.PaperReference)));
        Assert.Equal(agenda.Where(a => !a.Public).Select(a => (a.Item2, a.Item3, a.Item4)), minutes.NonPublicPart.Select(i => (i.Number, (string?)i.Title, i.PaperReference)));

        foreach (var speakers in gold.GetProperty("speakers").EnumerateArray())
        {
            var part = speakers.GetProperty("public").GetBoolean() ? minutes.PublicPart : minutes.NonPublicPart;
            var item = Assert.Single(part, i => i.Number == speakers.GetProperty("agenda_number").GetString());
            var expected = speakers.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToList();
            Assert.Equal(expected.Count, item.Speakers.Count);
            Assert.All(expected.Zip(item.Speakers), pair => Assert.Contains(pair.First, pair.Second.Name, StringComparison.Ordinal));
        }

        var chair = Assert.Single(minutes.Signatures, s => s.Role == SignatureRole.Chair);
        var minuteTaker = Assert.Single(minutes.Signatures, s => s.Role == SignatureRole.MinuteTaker);
        Assert.Equal(gold.GetProperty("chair").GetString(), chair.Name);
        Assert.Equal(gold.GetProperty("minute_taker").GetString(), minuteTaker.Name);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_rendered_full_minutes_name_every_attendee_and_every_item(DatabaseKind kind)
    {
        var gold = LoadGold();
        var server = await DemoPortal.GetAsync(kind);
        var minutes = await BuildAsync(server, await MinutesTestKit.KamenMeetingIdAsync(server), MinutesVariant.Full);

        var html = HtmlRenderer.Render(MinutesLayout.Lay(minutes));
        var docx = DocxText(DocxRenderer.Render(MinutesLayout.Lay(minutes)));

        foreach (var text in new[] { html, docx })
        {
            Assert.All(gold.GetProperty("attendees").EnumerateArray(), a => Assert.Contains(a.GetProperty("name").GetString()!, text, StringComparison.Ordinal));
            Assert.All(gold.GetProperty("absent").EnumerateArray(), a => Assert.Contains(a.GetProperty("name").GetString()!, text, StringComparison.Ordinal));
            Assert.All(gold.GetProperty("agenda").EnumerateArray(), a => Assert.Contains(a.GetProperty("title").GetString()!, text, StringComparison.Ordinal));
            Assert.Contains("B. Nichtöffentlicher Teil", text, StringComparison.Ordinal);
            Assert.Contains("146/2021", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_public_minutes_hold_nothing_of_part_b_in_any_format(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var minutes = await BuildAsync(server, await MinutesTestKit.KamenMeetingIdAsync(server), MinutesVariant.Public);
        var layout = MinutesLayout.Lay(minutes);

        Assert.Empty(minutes.NonPublicPart);
        Assert.Equal(5, minutes.PublicPart.Count);
        foreach (var text in new[] { HtmlRenderer.Render(layout), DocxText(DocxRenderer.Render(layout)), PdfText(PdfRenderer.Render(layout)) })
        {
            Assert.Contains("Vorstellung des Integrationskonzeptes der Stadt Kamen", text, StringComparison.Ordinal);
            Assert.DoesNotContain(MinutesTestKit.PartBOnlyTitle, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Nichtöffentlicher Teil", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_full_minutes_are_refused_without_access_and_unpublished_minutes_are_not_found(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var meetingId = await MinutesTestKit.KamenMeetingIdAsync(server);
        var memberElsewhere = new Viewer("someone", false, null, new HashSet<int> { -1 });

        var full = await MinutesTestKit.WithServiceAsync<GetMinutesDocumentHandler, Common.Result<MinutesDocument>>(server,
            h => h.HandleAsync(new GetMinutesDocument(meetingId, MinutesVariant.Full, memberElsewhere), CancellationToken.None));
        var draft = await MinutesTestKit.WithServiceAsync<GetMinutesDocumentHandler, Common.Result<MinutesDocument>>(server,
            h => h.HandleAsync(new GetMinutesDocument(meetingId, MinutesVariant.Public, Viewer.Anonymous), CancellationToken.None));

        Assert.IsType<Common.NotFoundError>(full.Error);
        Assert.IsType<Common.NotFoundError>(draft.Error);
    }

    [Theory]
    [ClassData(typeof(DatabaseKinds))]
    public async Task The_invitation_shows_part_b_titles_only_to_viewers_with_access(DatabaseKind kind)
    {
        var server = await DemoPortal.GetAsync(kind);
        var meetingId = await MinutesTestKit.KamenMeetingIdAsync(server);

        var forAdmin = await InvitationAsync(server, meetingId, MinutesTestKit.Administrator);
        var forPublic = await InvitationAsync(server, meetingId, Viewer.Anonymous);

        Assert.Contains(forAdmin.PublicPart, i => i.Title == "Vorstellung des Integrationskonzeptes der Stadt Kamen" && i.Papers.Any(p => p.Reference == "146/2021"));
        Assert.Contains(forAdmin.NonPublicPart, i => i.Title == MinutesTestKit.PartBOnlyTitle);
        Assert.Equal(forAdmin.NonPublicPart.Select(i => i.Number), forPublic.NonPublicPart.Select(i => i.Number));
        Assert.All(forPublic.NonPublicPart, i => Assert.True(i.IsWithheld));
        var pdf = PdfText(PdfRenderer.Render(InvitationLayout.Lay(forPublic)));
        Assert.Contains("Einladung – Integrationsrat", pdf, StringComparison.Ordinal);
        Assert.Contains("Vorstellung des Integrationskonzeptes der Stadt Kamen", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain(MinutesTestKit.PartBOnlyTitle, pdf, StringComparison.Ordinal);
    }

    private static Task<MinutesDocument> BuildAsync(PortalServer server, int meetingId, MinutesVariant variant) =>
        MinutesTestKit.WithServiceAsync<GetMinutesDocumentHandler, MinutesDocument>(server, async h =>
        {
            var result = await h.HandleAsync(new GetMinutesDocument(meetingId, variant, MinutesTestKit.Administrator), CancellationToken.None);
            Assert.True(result.IsSuccess, result.Error?.Message);
            return result.Value;
        });

    private static Task<InvitationDocument> InvitationAsync(PortalServer server, int meetingId, Viewer viewer) =>
        MinutesTestKit.WithServiceAsync<GetInvitationDocumentHandler, InvitationDocument>(server, async h =>
            (await h.HandleAsync(new GetInvitationDocument(meetingId, viewer), CancellationToken.None)).Value);

    private static JsonElement LoadGold()
    {
        var shared = TestEnvironment.SharedDirectory;
        var path = shared is null ? null : Path.Combine(shared, "gold", GoldFile);
        Assert.SkipWhen(path is null || !File.Exists(path), $"../shared/gold/{GoldFile} is not beside this clone");
        using var document = JsonDocument.Parse(File.ReadAllText(path!));
        return document.RootElement.Clone();
    }

    private static string DocxText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        return string.Join('\n', word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>The PDF's text by pdftotext (raw order, so long lines are not split by layout); skips when poppler is missing.</summary>
    internal static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("ratsnetz-minutes-").FullName, "document.pdf");
        File.WriteAllBytes(path, pdf);
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("-");
        try
        {
            using var process = System.Diagnostics.Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("pdftotext is not installed (Debian package poppler-utils).");
            throw;
        }
    }
}
