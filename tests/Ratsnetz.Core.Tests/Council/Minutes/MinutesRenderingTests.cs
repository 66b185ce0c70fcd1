using System.Text.RegularExpressions;
using Ratsnetz.Council.Minutes.Rendering;

namespace Ratsnetz.Council.Minutes;

/// <summary>
/// The renderers turn the same minutes into HTML, PDF and DOCX. The PDF is opened with pdftotext and page 1 is
/// rendered to PNG (left in the test output folder, minutes-rendering/, to look at); the DOCX is opened with OpenXML.
/// </summary>
public sealed partial class MinutesRenderingTests
{
    [Fact]
    public void The_html_minutes_are_a_german_page_with_headings_captioned_tables_and_the_whole_record()
    {
        var html = HtmlRenderer.Render(MinutesLayout.Lay(MinutesSamples.Minutes()));

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<h1>"));
        Assert.Contains("<caption>Musterliste (ML)</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Vertretung für</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Herr Karl Vertreter</td><td>stellv. Mitglied</td><td></td><td>Nora Abwesend</td>", html, StringComparison.Ordinal);
        Assert.Contains("ab 18:20 Uhr", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Entschuldigt fehlten</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Zu TOP 1: Bericht über das Sommerfest</h3>", html, StringComparison.Ordinal);
        Assert.Contains("mehrheitlich beschlossen – Ja: 9, Nein: 1, Enthaltungen: 2", html, StringComparison.Ordinal);
        Assert.Contains("<h2>B. Nichtöffentlicher Teil</h2>", html, StringComparison.Ordinal);
        Assert.Contains(MinutesSamples.SecretTitle, html, StringComparison.Ordinal);
        Assert.Contains("Uhrzeit berichtigt", html, StringComparison.Ordinal);
        Assert.Contains("unterzeichnet am 20.03.2025, 10:30 Uhr", html, StringComparison.Ordinal);
        Assert.Contains("nicht unterzeichnet", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_public_minutes_say_so_and_have_no_part_b()
    {
        var html = HtmlRenderer.Render(MinutesLayout.Lay(MinutesSamples.Minutes(MinutesVariant.Public)));

        Assert.Contains("Öffentliche Fassung", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nichtöffentlicher Teil", html, StringComparison.Ordinal);
        Assert.DoesNotContain(MinutesSamples.SecretTitle, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_html_encoded()
    {
        var minutes = MinutesSamples.Minutes() with { OpeningRemarks = "<script>alert(1)</script> & mehr" };

        var html = HtmlRenderer.Render(MinutesLayout.Lay(minutes));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_holds_the_record_on_several_numbered_pages_with_a_running_header()
    {
        Assert.SkipUnless(SystemFontResolver.IsAvailable, "No DejaVu Sans or Liberation Sans under /usr/share/fonts (Debian: fonts-dejavu-core).");
        var pdf = PdfRenderer.Render(MinutesLayout.Lay(MinutesSamples.Minutes(narrativeSentences: 40)));

        var text = ExternalPdfTools.Text(pdf, "minutes-full");
        var flat = Spaces().Replace(text, " ");

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 3, $"expected page breaks, got {pages.Count} page(s)");
        Assert.All(pages, page => Assert.Contains("Niederschrift Integrationsrat, 12.03.2025", page, StringComparison.Ordinal));
        Assert.Contains($"Seite 1 von {pages.Count}", flat, StringComparison.Ordinal);
        Assert.Contains($"Seite {pages.Count} von {pages.Count}", flat, StringComparison.Ordinal);
        Assert.Contains("Herr Max Muster", flat, StringComparison.Ordinal);
        Assert.Contains("Entschuldigt fehlten", flat, StringComparison.Ordinal);
        Assert.Contains("Frau Nora Abwesend", flat, StringComparison.Ordinal);
        Assert.Contains("Zu TOP 2: Planungen 2025/2026", flat, StringComparison.Ordinal);
        Assert.Contains(MinutesSamples.SecretTitle, flat, StringComparison.Ordinal);
        Assert.Contains("Schriftführung", flat, StringComparison.Ordinal);
        // Long narratives are wrapped, not cut: the last sentence of a 40-sentence narrative is there.
        Assert.Contains("Punkt 40 des Sommerfestes", flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_one_of_the_pdf_renders_to_a_png_to_look_at()
    {
        Assert.SkipUnless(SystemFontResolver.IsAvailable, "No DejaVu Sans or Liberation Sans under /usr/share/fonts (Debian: fonts-dejavu-core).");
        var pdf = PdfRenderer.Render(MinutesLayout.Lay(MinutesSamples.Minutes()));

        var png = ExternalPdfTools.FirstPagePng(pdf, "minutes-page-1");

        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        // A blank A4 page at 60 dpi compresses to well under 1 kB; text and tables make it several kB.
        Assert.True(bytes.Length > 5_000, $"page 1 looks empty ({bytes.Length} bytes)");
    }

    [Fact]
    public void The_public_pdf_has_no_part_b()
    {
        Assert.SkipUnless(SystemFontResolver.IsAvailable, "No DejaVu Sans or Liberation Sans under /usr/share/fonts (Debian: fonts-dejavu-core).");
        var pdf = PdfRenderer.Render(MinutesLayout.Lay(MinutesSamples.Minutes(MinutesVariant.Public)));

        var text = Spaces().Replace(ExternalPdfTools.Text(pdf, "minutes-public"), " ");

        Assert.Contains("Bericht über das Sommerfest", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Nichtöffentlicher Teil", text, StringComparison.Ordinal);
        Assert.DoesNotContain(MinutesSamples.SecretTitle, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_docx_opens_with_heading_styles_attendance_tables_and_signature_lines()
    {
        var docx = DocxRenderer.Render(MinutesLayout.Lay(MinutesSamples.Minutes()));
        File.WriteAllBytes(Path.Combine(ExternalPdfTools.OutputDirectory, "minutes-full.docx"), docx);

        var word = DocxText.Read(docx);

        Assert.Contains(("Title", "Niederschrift – Integrationsrat"), word.Headings);
        Assert.Contains(("Heading1", "Anwesend"), word.Headings);
        Assert.Contains(("Heading2", "Zu TOP 1: Bericht über das Sommerfest"), word.Headings);
        Assert.Contains(("Heading1", "B. Nichtöffentlicher Teil"), word.Headings);
        // Three attendance sections, two agenda tables (A and B) and the signature table.
        Assert.Equal(6, word.Tables);
        Assert.Contains("Herr Karl Vertreter", word.Paragraphs);
        Assert.Contains("Frau Nora Abwesend", word.All, StringComparison.Ordinal);
        Assert.Contains("Wortbeiträge:", word.Paragraphs);
        Assert.Contains("• Max Muster: fragte nach den Kosten", word.Paragraphs);
        Assert.Contains("Befangenheit (§ 31 GO NRW):", word.Paragraphs);
        Assert.Contains("______________________________", word.Paragraphs);
        Assert.Contains("unterzeichnet am 20.03.2025, 10:30 Uhr", word.Paragraphs);
    }

    [Fact]
    public void The_public_docx_has_no_part_b()
    {
        var word = DocxText.Read(DocxRenderer.Render(MinutesLayout.Lay(MinutesSamples.Minutes(MinutesVariant.Public))));

        Assert.DoesNotContain("Nichtöffentlicher Teil", word.All, StringComparison.Ordinal);
        Assert.DoesNotContain(MinutesSamples.SecretTitle, word.All, StringComparison.Ordinal);
        Assert.Contains("Öffentliche Fassung (ohne nichtöffentlichen Teil)", word.Paragraphs);
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
