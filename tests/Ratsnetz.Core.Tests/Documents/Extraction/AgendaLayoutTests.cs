namespace Ratsnetz.Documents.Extraction;

/// <summary>Agenda lists and item headings in the layouts of different council systems.</summary>
public sealed class AgendaLayoutTests
{
    [Fact]
    public void A_tab_separated_table_with_public_and_non_public_parts_gives_numbers_titles_and_papers()
    {
        const string text = "Niederschrift\nüber die 5. Sitzung des Integrationsrates\nam 01.06.2023\n\nA. Öffentlicher Teil\n\n"
            + "TOP\tBezeichnung des Tagesordnungspunktes\tVorlage\n1\tEinwohnerfragestunde\t\n2\tBericht zur Lage\t123/2023\n\n"
            + "B. Nichtöffentlicher Teil\n\nTOP\tBezeichnung des Tagesordnungspunktes\tVorlage\n1\tMitteilungen\t\n\n"
            + "A. Öffentlicher Teil\n\nZu TOP 1.\n\nEinwohnerfragestunde\n\nFragen lagen nicht vor.\n";

        var agenda = TextDocumentExtractor.ExtractUnguarded(text).Agenda;

        Assert.Equal(
            [new("1", true, "Einwohnerfragestunde", null), new("2", true, "Bericht zur Lage", "123/2023"), new ExtractedAgendaItem("1", false, "Mitteilungen", null)],
            agenda);
    }

    [Fact]
    public void An_ocr_pipe_table_reads_brackets_as_column_rules_and_repairs_umlauts_in_titles()
    {
        const string text = "Anwesend:\n\nHerr Anton Beispiel\n\nTagesordnung:\n\nOffentlicher Teil:\n\n"
            + "|1 | Durchfiihrung des Projekts [12/345 |\n\n|2 |Einwohnerfragestunde | |\n\n|3 [Verschiedenes | |\n\n"
            + "Vor Eintritt in die Beratung weist der Vorsitzende auf die Befangenheit hin.\n";

        var agenda = TextDocumentExtractor.ExtractUnguarded(text).Agenda;

        Assert.Equal(["1", "2", "3"], agenda.Select(a => a.Number));
        Assert.Equal(("Durchführung des Projekts", "12/345"), (agenda[0].Title, agenda[0].Paper));
        Assert.Equal("Verschiedenes", agenda[2].Title);
    }

    [Fact]
    public void A_numbered_agenda_document_keeps_sub_items_typos_presenters_and_printed_papers()
    {
        const string text = """
            Tagesordnung (öffentlich)

            für die 9. Sitzung des Integrationsrates,
            am 14.05.2024, Beginn: 16:00 Uhr,
            Saal West, Rathaus, Marktplatz 1, 12345 Musterstadt

            1. Regularien

            1.1 Feststellung der Tagesordnung

            2..2 Mündlicher Bericht zur Wahl
            Berichterstatter: Herr Muster

            3. Berichte

            3.1 Einstellung von Nachwuchskräften
            Berichterstatterin Frau Probe

            Kenntnisnahme
            (Drucksache Nr.: 12345-24)

            4. Mitteilungen
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal("agenda", result.Type);
        Assert.Equal(["1", "1.1", "2.2", "3", "3.1", "4"], result.Agenda.Select(a => a.Number));
        Assert.Equal("Mündlicher Bericht zur Wahl", result.Agenda[2].Title);
        Assert.Equal(("Einstellung von Nachwuchskräften", "12345-24"), (result.Agenda[4].Title, result.Agenda[4].Paper));
        Assert.Equal((9, "2024-05-14", "16:00", "Musterstadt"), (result.SessionNumber!.Value, result.Date, result.Start, result.Municipality));
        Assert.Equal("Saal West, Rathaus, Marktplatz 1, 12345 Musterstadt", result.Location);
        Assert.Empty(result.Decisions);
    }

    [Fact]
    public void Items_run_together_on_one_line_are_split_at_rising_numbers()
    {
        const string text = "Niederschrift\n\nüber die Sitzung der Gemeindevertretung am 03.03.2021\n\nAnwesend\n\nHerr Anton Beispiel\n\n"
            + "Tagesordnung 1. Eröffnung 2. Bürgerfragestunde 3. Einwände gegen die Niederschrift vom 07.01.2021 9. Anfragen\n\nVerhandelt:\n\n"
            + "1. Eröffnung\n\nDer Vorsitzende eröffnet die Sitzung.\n";

        var agenda = TextDocumentExtractor.ExtractUnguarded(text).Agenda;

        Assert.Equal(["1", "2", "3", "9"], agenda.Select(a => a.Number));
        Assert.Equal("Einwände gegen die Niederschrift vom 07.01.2021", agenda[2].Title);
    }

    [Fact]
    public void Without_a_list_the_item_headings_give_the_agenda_with_wrapped_titles_and_papers()
    {
        const string text = """
            Niederschrift 12. Sitzung Hauptausschuss
            3. März 2022, 16:30 Uhr
            öffentlich
            Großer Saal, Rathaus
            Vorsitzender: Oberbürgermeister Dr. Max Muster

            Punkt 4 der Tagesordnung: Rahmenvertrag über die Lieferung von Papier für die
            Stadt Musterstadt
            Vorlage: 2022/0815

            Beschluss:
            Der Hauptausschuss stimmt der Vergabe zu.

            Abstimmungsergebnis:
            Bei 2 Enthaltungen mehrheitlich zugestimmt

            Stadträtin Beispiel (LISTE) fragt nach den Kosten.
            Herr Amt (Hauptamt) antwortet, die Kosten seien gedeckt.
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        var item = Assert.Single(result.Agenda);
        Assert.Equal(new ExtractedAgendaItem("4", true, "Rahmenvertrag über die Lieferung von Papier für die Stadt Musterstadt", "2022/0815"), item);
        var decision = Assert.Single(result.Decisions);
        Assert.Equal(("4", 2, "angenommen"), (decision.AgendaNumber, decision.Abstain, decision.Outcome));
        Assert.Equal("Der Hauptausschuss stimmt der Vergabe zu.", decision.Text);
        Assert.Equal("Dr. Max Muster", result.Chair);
        Assert.Equal(["Dr. Max Muster", "Beispiel", "Amt"], result.Attendees.Select(a => a.Name));
        Assert.Equal(("Verwaltung", "Hauptamt"), (result.Attendees[2].Role, result.Attendees[2].Group));
        Assert.Equal(["Beispiel", "Amt"], Assert.Single(result.Speakers).Names);
    }

    [Fact]
    public void Numbered_sections_of_minutes_without_an_agenda_list_are_the_items()
    {
        const string text = """
            Niederschrift
            über die Sitzung des Seniorenbeirates am 10.10.2022

            Anwesend: Herr Anton Beispiel, Frau Berta Muster, Herr Carl Probe

            1. Eröffnung und Begrüßung

            Herr Beispiel eröffnet die Sitzung und begrüßt die Anwesenden.

            2. Bericht der Verwaltung

            Frau Muster berichtet über die Planungen für 2023. Es gibt 3. Vorschläge.

            3. Verschiedenes

            Herr Probe fragt nach dem nächsten Termin.

            Beschluss: Der Beirat nimmt den Bericht zur Kenntnis.
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal([("1", "Eröffnung und Begrüßung"), ("2", "Bericht der Verwaltung"), ("3", "Verschiedenes")], result.Agenda.Select(a => (a.Number, a.Title)));
        Assert.Equal([("1", "Beispiel"), ("2", "Muster"), ("3", "Probe")], result.Speakers.Select(s => (s.AgendaNumber!, s.Names.Single())));
        Assert.Equal("3", Assert.Single(result.Decisions).AgendaNumber);
        Assert.Equal(3, result.Attendees.Count);
    }
}
