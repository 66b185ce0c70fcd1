namespace Ratsnetz.Documents.Extraction;

/// <summary>Attendance tables damaged by text extraction: glued columns, organisations after surnames.</summary>
public sealed class GluedTableLayoutTests
{
    [Fact]
    public void Table_columns_glued_together_by_extraction_are_split_at_the_presence_word_and_the_inner_capital()
    {
        const string text = """
            Niederschrift (öffentlich)
            über die 5. Sitzung des Integrationsrates
            am 06.10.2021
            Sitzungsdauer: 16:00 - 19:15 Uhr
            Anwesend:
                  Name
                  Partei/Liste
                  Anwesenheit
            stimmberechtigte Mitglieder des Integrationsrates:
            Herr AlphaVerein Beispiel e.V.anwesend
            Frau BetaInternationale Listeentschuldigt
            Herr De MusterRM SPDanwesend
            Herr Delta (in Vertretung f. Hr. Gamma)RM SPDanwesend
            Herr EpsilonKurdische Gruppe-------------
            Verwaltung:
            Frau ZetaAzubi FB 1/IIIanwesend
            Herr OB EtaFB 1
            anwesend
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal([("Alpha", "Verein Beispiel e.V."), ("De Muster", "RM SPD"), ("Delta", "RM SPD"), ("Zeta", "Azubi FB 1/III"), ("Eta", "FB 1")],
            result.Attendees.Select(a => (a.Name, a.Group!)));
        Assert.Equal("Gamma", result.Attendees[2].SubstituteFor);
        Assert.Equal([("Beta", true), ("Epsilon", false), ("Gamma", false)], result.Absent.Select(a => (a.Name, a.Excused == true)));
    }

    [Fact]
    public void Committee_lists_with_lettered_sections_abbreviated_offices_and_organisations_after_surnames()
    {
        const string text = """
            Niederschrift (öffentlich)
            über die 28. Sitzung des Ausschusses für Wirtschaft und Europa
            am 23.01.2019
            Ratssaal, Rathaus, Friedensplatz 1, 12345 Musterstadt
            Sitzungsdauer: 15:00 - 16:58 Uhr
            Anwesend:
            a) Stimmberechtigte Mitglieder:
            SPD-Fraktion
            Rm Anders
            Rm Beispiel i. V. für Rm Fern
            b) Mitglieder ohne Stimmrecht:
            sE Weise Seniorenbeirat
            e) Verwaltung:
            Herr Amt Wirtschaftsförderung Musterstadt
            Tagesordnung (öffentlich)
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal([("Anders", "SPD-Fraktion", "ordentliches Mitglied"), ("Beispiel", "SPD-Fraktion", "stellvertretendes Mitglied"), ("Weise", "Seniorenbeirat", "beratendes Mitglied"), ("Amt", "Wirtschaftsförderung Musterstadt", "Verwaltung")],
            result.Attendees.Select(a => (a.Name, a.Group!, a.Role!)));
        Assert.Equal("Fern", result.Absent.Single().Name);
        Assert.Equal(("Ausschuss für Wirtschaft und Europa", "Musterstadt"), (result.Body, result.Municipality));
    }
}
