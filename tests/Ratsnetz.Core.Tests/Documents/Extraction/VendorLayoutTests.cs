namespace Ratsnetz.Documents.Extraction;

/// <summary>Whole documents in the shapes of common council systems (fictional content).</summary>
public sealed class VendorLayoutTests
{
    [Fact]
    public void Allris_style_minutes_with_section_headings_tab_cells_and_two_column_signatures()
    {
        var text = string.Join('\n',
            "Stadt Musterstadt", "Niederschrift", "über die 5. Sitzung des Integrationsrates", "Sitzungstermin: Dienstag, 14.03.2023",
            "Sitzungsbeginn: 17:00 Uhr", "Sitzungsende: 19:15 Uhr", "Ort, Raum: Rathaus, Ratssaal, Markt 1, 12345 Musterstadt", string.Empty,
            "Anwesend:", "Vorsitz", "Herr Ali Demir", "Mitglieder", "Frau Anna Beispiel", "Herr Bernd Muster\tab 17:20 Uhr",
            "Herr Carl Probe\tVertretung für Herrn Dieter Fern", "Verwaltung", "Frau Eva Amt", "Schriftführung", "Frau Fiona Akte", string.Empty,
            "Abwesend:", "Mitglieder", "Herr Dieter Fern\tentschuldigt", "Frau Gina Weg\tunentschuldigt", string.Empty,
            "Tagesordnung:", "Öffentlicher Teil", "Ö 1\tEröffnung und Begrüßung", "Ö 2\tIntegrationskonzept\tVO/2023/123",
            "Nichtöffentlicher Teil", "N 1\tPersonalangelegenheiten", string.Empty, "Protokoll:", "Öffentlicher Teil",
            "Ö 1 Eröffnung und Begrüßung", "Der Vorsitzende Herr Demir eröffnet die Sitzung und stellt die Beschlussfähigkeit fest.",
            "Ö 2 Integrationskonzept", "Frau Amt stellt das Konzept vor. Herr Muster fragt nach den Kosten.", "Beschluss:",
            "Der Integrationsrat empfiehlt dem Rat, das Konzept zu beschließen.", "Abstimmungsergebnis:", "Ja-Stimmen: 10, Nein-Stimmen: 1, Enthaltungen: 2",
            "Nichtöffentlicher Teil", "N 1 Personalangelegenheiten", "Es gab keine Wortmeldungen.", string.Empty, "Ali Demir\tFiona Akte",
            "Vorsitzender\tSchriftführerin");

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(("2023-03-14", "17:00", "19:15", "Rathaus, Ratssaal, Markt 1, 12345 Musterstadt"), (result.Date, result.Start, result.End, result.Location));
        Assert.Equal(["Vorsitz", "ordentliches Mitglied", "ordentliches Mitglied", "stellvertretendes Mitglied", "Verwaltung", "Schriftführung"], result.Attendees.Select(a => a.Role!));
        Assert.Equal("17:20", result.Attendees[2].From);
        Assert.Equal("Dieter Fern", result.Attendees[3].SubstituteFor);
        Assert.Equal([("Dieter Fern", true), ("Gina Weg", false)], result.Absent.Select(a => (a.Name, a.Excused == true)));
        Assert.Equal([("1", true), ("2", true), ("1", false)], result.Agenda.Select(a => (a.Number, a.Public)));
        Assert.Equal("VO/2023/123", result.Agenda[1].Paper);
        var decision = Assert.Single(result.Decisions);
        Assert.Equal(("2", 10, 1, 2, "angenommen"), (decision.AgendaNumber, decision.Yes!.Value, decision.No!.Value, decision.Abstain!.Value, decision.Outcome));
        Assert.Equal([["Demir"], ["Amt", "Muster"]], result.Speakers.Select(s => s.Names.ToArray()));
        Assert.Equal(("Ali Demir", "Fiona Akte"), (result.Chair, result.MinuteTaker));
    }

    [Fact]
    public void Sessionnet_style_minutes_with_role_headings_inline_parties_and_papers_after_titles()
    {
        const string text = """
            Gemeinde Beispielstadt
            Niederschrift
            über die öffentliche Sitzung des Ausschusses für Soziales und Integration
            Sitzungstermin: Mittwoch, 10.05.2023, 18:00 Uhr
            Raum, Ort: Sitzungssaal, Rathaus Beispielstadt

            Anwesend

            Vorsitzender
            Herr Max Mustermann

            Mitglieder
            Frau Anna Beispiel SPD
            Frau Carla Probe GRÜNE Vertretung für Herrn Dirk Fern

            Verwaltung
            Frau Eva Amt Fachbereichsleiterin

            Protokollführerin
            Frau Fiona Akte

            Abwesend

            Mitglieder
            Herr Dirk Fern CDU entschuldigt

            Tagesordnung

            Öffentliche Sitzung
            1 Eröffnung der Sitzung
            2 Bericht zur Unterbringung 2023/045
            3 Planungen 2023/2024

            Nicht öffentliche Sitzung
            4 Grundstücksangelegenheiten

            Protokoll

            TOP 2 Bericht zur Unterbringung
            Vorlage: 2023/045
            Fachbereichsleiterin Amt berichtet über die Lage. Ausschussmitglied Beispiel fragt nach den Kosten.
            Beschluss:
            Der Ausschuss nimmt den Bericht zur Kenntnis.

            einstimmig

            Max Mustermann
            Vorsitzender
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(("Ausschuss für Soziales und Integration", "Beispielstadt", "Sitzungssaal, Rathaus Beispielstadt"), (result.Body, result.Municipality, result.Location));
        Assert.Equal([("Max Mustermann", "Vorsitz"), ("Anna Beispiel", "ordentliches Mitglied"), ("Carla Probe", "stellvertretendes Mitglied"), ("Eva Amt", "Verwaltung"), ("Fiona Akte", "Schriftführung")],
            result.Attendees.Select(a => (a.Name, a.Role!)));
        Assert.Equal(("SPD", "Fachbereichsleiterin"), (result.Attendees[1].Group, result.Attendees[3].Function));
        Assert.Equal(("Dirk Fern", "CDU", true), (result.Absent.Single().Name, result.Absent.Single().Group, result.Absent.Single().Excused == true));
        Assert.Equal(["Eröffnung der Sitzung", "Bericht zur Unterbringung", "Planungen 2023/2024", "Grundstücksangelegenheiten"], result.Agenda.Select(a => a.Title));
        Assert.Equal(["2023/045"], result.Agenda.Select(a => a.Paper).OfType<string>());
        Assert.False(result.Agenda[3].Public);
        Assert.Equal("einstimmig", Assert.Single(result.Decisions).Outcome);
        Assert.Equal(["Amt", "Beispiel"], Assert.Single(result.Speakers).Names);
        Assert.Equal(("Max Mustermann", "Fiona Akte"), (result.Chair, result.MinuteTaker));
    }

    [Fact]
    public void A_pipe_table_with_presence_column_and_substitute_in_brackets()
    {
        const string text = """
            Niederschrift (öffentlich)
            über die 8. Sitzung des Integrationsrates
            am 06.04.2022
            Sitzungsdauer: 16:00 - 19:30 Uhr
            Anwesend:
            Name | Partei/Liste | Anwesenheit |
            stimmberechtigte Mitglieder des Integrationsrates: |
            |
            Herr Alpha | Verein Beispiel e.V. | anwesend |
            Frau Gamma | Liste Vielfalt | ----------------- |
            Herr De Muster | RM SPD | ---------------- |
            Herr Delta (Vertr. f. Hr. De Muster) | SPD | anwesend |
            Beratende Mitglieder: |
            Frau Eta | Seniorenbeirat | anwesend |
            Verwaltung: |
            Herr Theta | FB 1/III | anwesend |
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal([("Alpha", "Verein Beispiel e.V."), ("Delta", "SPD"), ("Eta", "Seniorenbeirat"), ("Theta", "FB 1/III")], result.Attendees.Select(a => (a.Name, a.Group!)));
        Assert.Equal(("stellvertretendes Mitglied", "De Muster"), (result.Attendees[1].Role, result.Attendees[1].SubstituteFor));
        Assert.Equal(["beratendes Mitglied", "Verwaltung"], result.Attendees.Skip(2).Select(a => a.Role!));
        Assert.Equal([("Gamma", false), ("De Muster", false)], result.Absent.Select(a => (a.Name, a.Excused == true)));
    }

    [Fact]
    public void Home_grown_minutes_with_bracketed_roles_comma_lists_and_colon_vote_triples()
    {
        const string text = """
            Gemeinde Waldfeld
            Der Bürgermeister

            Protokoll
            der Sitzung des Integrationsbeirates vom 21.09.2022

            Sitzungsort: Bürgerhaus Waldfeld, Raum 2
            Beginn der Sitzung: 18.30 Uhr
            Ende der Sitzung: 20.05 Uhr

            Anwesend waren:
            Herr Omar Beispiel (Vorsitzender)
            Frau Lena Muster (stellv. Vorsitzende)
            Frau Sara Probe, Herr Timo Test, Frau Ute Weit
            Herr Dr. Veit Rat (Verwaltung, Protokoll)

            Entschuldigt: Herr Wolf Fern, Frau Xenia Weg

            Tagesordnung:
            1.) Begrüßung und Feststellung der Beschlussfähigkeit
            2.) Genehmigung des Protokolls vom 15.06.2022
            3.) Interkulturelle Woche 2022
            4.) Verschiedenes

            Zu 1.)
            Herr Beispiel begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest.

            Zu 2.)
            Das Protokoll wird ohne Änderungen genehmigt.
            Abstimmung: 6:0:0

            Zu 3.)
            Frau Probe berichtet über die Planungen. Herr Test regt an, auch Schulen einzubeziehen.
            Der Beirat beschließt, 500 Euro für die Interkulturelle Woche bereitzustellen.
            Abstimmung: einstimmig

            Zu 4.)
            Keine Wortmeldungen.

            Waldfeld, den 28.09.2022

            gez. Omar Beispiel                    gez. Dr. Veit Rat
            Vorsitzender                          Protokollführer
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(("Integrationsbeirat", "Waldfeld", "2022-09-21", "18:30", "20:05"), (result.Body, result.Municipality, result.Date, result.Start, result.End));
        Assert.Equal("Bürgerhaus Waldfeld, Raum 2", result.Location);
        Assert.Equal(["Omar Beispiel", "Lena Muster", "Sara Probe", "Timo Test", "Ute Weit", "Dr. Veit Rat"], result.Attendees.Select(a => a.Name));
        Assert.Equal(["Vorsitz", "stellvertretender Vorsitz"], result.Attendees.Take(2).Select(a => a.Role!));
        Assert.Equal("Schriftführung", result.Attendees[5].Role);
        Assert.Equal(["Wolf Fern", "Xenia Weg"], result.Absent.Select(a => a.Name));
        Assert.Equal(["1", "2", "3", "4"], result.Agenda.Select(a => a.Number));
        Assert.Equal([("2", 6, "angenommen"), ("3", (int?)null, "einstimmig")], result.Decisions.Select(d => (d.AgendaNumber!, d.Yes, d.Outcome!)));
        Assert.Equal(["Das Protokoll wird ohne Änderungen genehmigt.", "Der Beirat beschließt, 500 Euro für die Interkulturelle Woche bereitzustellen."], result.Decisions.Select(d => d.Text!));
        Assert.Equal(["Probe", "Test"], result.Speakers.Single(s => s.AgendaNumber == "3").Names);
        Assert.Equal(("Omar Beispiel", "Dr. Veit Rat"), (result.Chair, result.MinuteTaker));
    }

    [Fact]
    public void An_invitation_is_an_agenda_with_wrapped_titles_and_papers_on_their_own_lines()
    {
        const string text = """
            Stadt Lindental
            Der Bürgermeister

            Einladung

            zur 14. Sitzung des Integrationsrates
            am Montag, 03.07.2023, 17:00 Uhr,
            im Sitzungssaal des Rathauses, Hauptstraße 5, Lindental

            Tagesordnung

            Öffentlicher Teil
            TOP 1 Eröffnung, Begrüßung und Feststellung der Tagesordnung
            TOP 2 Genehmigung der Niederschrift über die 13. Sitzung vom 08.05.2023
            TOP 3 Bericht der Verwaltung zur Integrationsarbeit
                  Vorlage 0123/2023
            TOP 4 Antrag der Liste Vielfalt: Mehrsprachige Informationen im
                  Bürgerbüro
                  Vorlage 0131/2023
            TOP 5 Mitteilungen und Anfragen

            Nichtöffentlicher Teil
            TOP 6 Zuschussanträge von Vereinen
            TOP 7 Mitteilungen und Anfragen

            gez. Anna Beispiel
            Vorsitzende
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(("agenda", 14, "2023-07-03", "17:00"), (result.Type, result.SessionNumber!.Value, result.Date, result.Start));
        Assert.Equal("Sitzungssaal des Rathauses, Hauptstraße 5, Lindental", result.Location);
        Assert.Equal(7, result.Agenda.Count);
        Assert.Equal(("Antrag der Liste Vielfalt: Mehrsprachige Informationen im Bürgerbüro", "0131/2023"), (result.Agenda[3].Title, result.Agenda[3].Paper));
        Assert.Equal([true, true, true, true, true, false, false], result.Agenda.Select(a => a.Public));
    }
}
