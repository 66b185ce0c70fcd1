namespace Ratsnetz.Documents.Extraction;

/// <summary>Dates, times and names of the meeting head in the forms German documents use.</summary>
public sealed class HeaderTests
{
    [Theory]
    [InlineData("am Donnerstag, dem 04.11.2021", "2021-11-04")]
    [InlineData("am 4. November 2021", "2021-11-04")]
    [InlineData("am 08, Dezember 2022", "2022-12-08")]
    [InlineData("am 05,12,2022", "2022-12-05")]
    [InlineData("am 11.01.22", "2022-01-11")]
    [InlineData("am 3. Marz 2020", "2020-03-03")]
    public void Meeting_dates_are_read_in_numeric_written_and_ocr_forms(string dateLine, string iso)
    {
        var text = $"Niederschrift\nüber die 2. Sitzung des Integrationsrates\n{dateLine}\n\nAnwesend:\nHerr Anton Beispiel\n";

        Assert.Equal(iso, TextDocumentExtractor.ExtractUnguarded(text).Date);
    }

    [Fact]
    public void A_publication_date_does_not_pass_for_the_meeting_date()
    {
        const string text = "Protokoll\nEinladung (erschienen am 11.01.2018)\nStadt Musterstadt - Datum 08.03.2018\n3. Sitzung des Beirates\nam Donnerstag, 18. Januar 2018, Rathaus, Saal 1\n\nAnwesend:\nHerr Anton Beispiel\n";

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(("2018-01-18", "Rathaus, Saal 1", "Beirat"), (result.Date, result.Location, result.Body));
    }

    [Theory]
    [InlineData("Sitzungsdauer: 16:00 - 18:30 Uhr", "16:00", "18:30")]
    [InlineData("Sitzungsdauer\n\n17:00 - 18:30 Uhr", "17:00", "18:30")]
    [InlineData("Beginn 17.00 Uhr\nEnde 18.13 Uhr", "17:00", "18:13")]
    [InlineData("Beginn : 19.30 Uhr Ende : 20.50 Uhr", "19:30", "20:50")]
    public void Start_and_end_come_from_begin_end_and_duration_lines(string times, string start, string end)
    {
        var text = $"Niederschrift\nüber die Sitzung des Rates am 01.02.2022\n{times}\n\nAnwesend:\nHerr Anton Beispiel\n";

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal((start, end), (result.Start, result.End));
    }

    [Theory]
    [InlineData("Stadt Musterstadt\nNiederschrift", "Musterstadt")]
    [InlineData("STADT MUSTERSTADT\nNiederschrift", "Musterstadt")]
    [InlineData("Niederschrift\nRathaus, Marktplatz 1, 12345 Musterstadt", "Musterstadt")]
    [InlineData("Niederschrift\nDer Kreistagsausschuss des Kreises Beispiel tagte. Landrat Muster und der Kreistag.", "Kreis Beispiel")]
    public void The_municipality_comes_from_town_county_and_postcode_mentions(string head, string municipality)
    {
        var text = $"{head}\nüber die 1. Sitzung des Ausschusses am 01.02.2022\n\nAnwesend:\nHerr Anton Beispiel\n";

        Assert.Equal(municipality, TextDocumentExtractor.ExtractUnguarded(text).Municipality);
    }

    [Theory]
    [InlineData("Sitzung des Integrationsrates", "Integrationsrat")]
    [InlineData("Plenarsitzung des Gemeinderates", "Gemeinderat")]
    [InlineData("Sitzung der Bezirksvertretung", "Bezirksvertretung")]
    [InlineData("Sitzung des Internationalen Ausschusses", "Internationaler Ausschuss")]
    [InlineData("Sitzung Haupt- und Finanzausschuss", "Haupt- und Finanzausschuss")]
    public void The_body_is_named_in_the_nominative(string header, string body)
    {
        var text = $"Niederschrift\n4. {header} am 01.02.2022\n\nAnwesend:\nHerr Anton Beispiel\n";

        Assert.Equal(body, TextDocumentExtractor.ExtractUnguarded(text).Body);
    }
}
