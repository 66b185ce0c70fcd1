namespace Ratsnetz.Documents.Extraction;

/// <summary>Motions in letter, form and portal layouts; press articles.</summary>
public sealed class MotionAndArticleTests
{
    [Fact]
    public void A_letter_style_motion_gives_target_meeting_item_request_justification_and_signer()
    {
        const string text = """
             Antrag zur Sitzung des Rates am 08, Dezember 2022

            TOP 15 Stellenplan für das Haushaltsjahr 2023

            Musterstadt, 05,12,2022

            im Stellenplan der Stadt Musterstadt wird die Stelle eines I einer Beauftragten eingerichtet.

            Begründung:

            Im Rahmen des Konzepts wird eine solche Stelle als nötig erachtet. Sie existiert in Städten gleicher Größe.

            Klaus Peter Muster

            (Fraktionsvorsitzender)
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal("motion", result.Type);
        Assert.Equal(("Rat", "2022-12-08", "2022-12-05"), (result.TargetBody, result.TargetMeetingDate, result.SubmittedDate));
        Assert.Equal(("15", "Stellenplan für das Haushaltsjahr 2023"), (result.AgendaNumber, result.AgendaTitle));
        Assert.Equal(["im Stellenplan der Stadt Musterstadt wird die Stelle eines / einer Beauftragten eingerichtet."], result.Request!);
        Assert.Equal("Im Rahmen des Konzepts wird eine solche Stelle als nötig erachtet.", result.JustificationStart);
        Assert.Equal(["Klaus Peter Muster"], result.SignedBy!);
        Assert.Equal(("Klaus Peter Muster", "Fraktionsvorsitzender"), (result.Submitters![0].Name, result.Submitters[0].Function));
        Assert.Equal("Musterstadt", result.Municipality);
        Assert.Null(result.Title);
    }

    [Fact]
    public void A_form_motion_pairs_separated_label_and_value_columns_and_lists_numbered_points_without_bullets()
    {
        const string text = """
            STADT MUSTERSTADT
            Der Oberbürgermeister

            ANTRAG

            Stadträtin Anna Beispiel (LISTE)
            Stadtrat Bernd Muster (LISTE)
            LISTE-Gemeinderatsfraktion
            vom 31. März 2009
            Gremium:

            Termin:
            Vorlage Nr.:
            TOP:
            63. Plenarsitzung Gemeinderat

            19.05.2009
            1744
            3
            öffentlich

            Wahl zum Beirat

            1. Die Stadt hält an der Urwahl für die Mitglieder
            des Beirates fest.
            2. Es werden Schritte unternommen, um die Beteiligung zu erhöhen. Unter anderem werden
            - die Ursachen analysiert
            - ein Runder Tisch eingerichtet
            3. Die Wahl wird mit der Kommunalwahl zusammengelegt.

                            Seite 2
            ______________________________

            Die Stadtverwaltung will die Urwahl abschaffen. Dieses Vorhaben wird abgelehnt.

            unterzeichnet von:
            Anna Beispiel
            Bernd Muster

            Sachverhalt/Begründung:
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(("Gemeinderat", 63, "2009-05-19"), (result.TargetBody, result.TargetSessionNumber!.Value, result.TargetMeetingDate));
        Assert.Equal(("3", "1744", "2009-03-31"), (result.AgendaNumber, result.Paper, result.SubmittedDate));
        Assert.Equal(("Wahl zum Beirat", "LISTE-Gemeinderatsfraktion"), (result.Title, result.SubmitterGroup));
        Assert.Equal(
            ["1. Die Stadt hält an der Urwahl für die Mitglieder des Beirates fest.", "2. Es werden Schritte unternommen, um die Beteiligung zu erhöhen.", "3. Die Wahl wird mit der Kommunalwahl zusammengelegt."],
            result.Request!);
        Assert.Equal("Die Stadtverwaltung will die Urwahl abschaffen.", result.JustificationStart);
        Assert.Equal(["Anna Beispiel", "Bernd Muster"], result.SignedBy!);
        Assert.Equal([("Anna Beispiel", "Frau", "LISTE", "Stadträtin"), ("Bernd Muster", "Herr", "LISTE", "Stadtrat")], result.Submitters!.Select(s => (s.Name, s.Salutation, s.Group, s.Function)));
        Assert.Equal("Musterstadt", result.Municipality);
    }

    [Fact]
    public void A_portal_motion_takes_its_title_from_the_first_line_and_splits_an_inline_justification()
    {
        const string text = "Einrichtung von Beiräten\n\nAntrag zu beschließen:\n\nDie Verwaltung wird beauftragt, Beiräte einzurichten. Begründung:\n\n"
            + "Die Stadtteile sind wichtig. Beiräte fördern das Zusammenleben.\n\nChristine Beispiel Fraktionsvorsitzende\n\nLothar Muster Fraktionsvorsitzender\n";

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal("Einrichtung von Beiräten", result.Title);
        Assert.Equal(["Die Verwaltung wird beauftragt, Beiräte einzurichten."], result.Request!);
        Assert.Equal("Die Stadtteile sind wichtig.", result.JustificationStart);
        Assert.Equal([("Christine Beispiel", "Fraktionsvorsitzende"), ("Lothar Muster", "Fraktionsvorsitzender")], result.Submitters!.Select(s => (s.Name, s.Function!)));
    }

    [Fact]
    public void A_press_article_gives_town_body_author_and_the_decisions_it_reports()
    {
        const string text = """
            -Anzeige-

            Verwaltung stellt Konzept im Sozialausschuss vor

            Geschrieben von Redaktion am . Veröffentlicht in Kommunalpolitik

            ratssaal2020von Alex Beispiel

            Musterstadt. Die Mitglieder des Sozial-, Kultur- und Sportausschusses des Rates der Stadt Musterstadt kamen am Dienstag zusammen. Die Beschlussfassung über das Konzept wurde verschoben.

            Einstimmig abgestimmt wurde hingegen für die Teilnahme der Stadt Musterstadt am Förderprogramm. "Wir sind guter Hoffnung", sagte die Beigeordnete.
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal("article", result.Type);
        Assert.Equal(("Musterstadt", "Sozial-, Kultur- und Sportausschuss", "Alex Beispiel"), (result.Municipality, result.Body, result.Author));
        Assert.Equal(["vertagt", "einstimmig"], result.Decisions.Select(d => d.Outcome!));
        Assert.Null(result.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("%PDF-1.4 ����")]
    [InlineData("Lorem ipsum")]
    public void Text_without_enough_words_is_unknown(string text)
    {
        Assert.Equal("unknown", new TextDocumentExtractor().Extract(text).Type);
    }

    [Fact]
    public void A_portal_motion_with_a_consultation_table_and_office_signatures()
    {
        const string text = """
            Antrag
            Gedruckt auf 100 Prozent Recyclingpapier
            Vorlage Nr.: 2026/0541
            Eingang: 07.07.2026
            Klimaschutz in öffentlichen Gebäuden
            Antrag: LISTE
            Gremien Termin TOP Ö / N Zuständigkeit
            Gemeinderat 29.09.2026 38 Ö Entscheidung
            Die LISTE-Gemeinderatsfraktion Musterstadt beantragt:
            1. Die Verwaltung prüft den Einbau von Klimaanlagen.
            2. Die Kosten werden im Haushalt veranschlagt.
            Sachverhalt / Begründung
            Musterstadt liegt im wärmsten Teil des Landes. Die Sommer werden heißer.
            Stadtrat Detlef Beispiel
            Stadträtin Karin Muster
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(("Klimaschutz in öffentlichen Gebäuden", "2026/0541", "2026-07-07"), (result.Title, result.Paper, result.SubmittedDate));
        Assert.Equal(("Gemeinderat", "2026-09-29", "38"), (result.TargetBody, result.TargetMeetingDate, result.AgendaNumber));
        Assert.Equal("LISTE-Gemeinderatsfraktion Musterstadt", result.SubmitterGroup);
        Assert.Equal(2, result.Request!.Count);
        Assert.Equal("Musterstadt liegt im wärmsten Teil des Landes.", result.JustificationStart);
        Assert.Equal(["Detlef Beispiel", "Karin Muster"], result.SignedBy!);
        Assert.Equal([("Detlef Beispiel", "Herr", "Stadtrat"), ("Karin Muster", "Frau", "Stadträtin")], result.Submitters!.Select(s => (s.Name, s.Salutation!, s.Function!)));
    }
}
