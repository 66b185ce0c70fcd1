namespace Ratsnetz.Documents.Extraction;

/// <summary>How names in attendance lists are recognised and split: run-together names, brackets, titles, provenance.</summary>
public sealed class AttendanceNameTests
{
    [Fact]
    public void Names_run_together_after_a_label_are_split_into_pairs()
    {
        const string text = """
            N i e d e r s c h r i f t

            über die Sitzung der Gemeindevertretung am Montag, den 7. Mai 2012 um 19.30 Uhr in Beispieldorf - Gemeindehaus

            Beginn : 19.30 Uhr Ende : 21.00 Uhr

            Anwesend

            a) stimmberechtigt: Anna Beispiel - Vorsitzende Bernd Muster Carla Probe Karl-Heinz Test

            Abwesend - entschuldigt: Dora Fern Emil Weit

            Die Mitglieder der Gemeindevertretung waren durch Einladung ordnungsgemäß einberufen worden.
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(["Anna Beispiel", "Bernd Muster", "Carla Probe", "Karl-Heinz Test"], result.Attendees.Select(a => a.Name));
        Assert.Equal("Vorsitz", result.Attendees[0].Role);
        Assert.Equal("ordentliches Mitglied", result.Attendees[1].Role);
        Assert.Null(result.Attendees[1].Salutation);
        Assert.Equal(["Dora Fern", "Emil Weit"], result.Absent.Select(a => a.Name));
        Assert.Equal(("Anna Beispiel", "Gemeindevertretung", "Beispieldorf"), (result.Chair, result.Body, result.Municipality));
        Assert.Equal(("2012-05-07", "19:30", "21:00"), (result.Date, result.Start, result.End));
        Assert.Equal("Beispieldorf - Gemeindehaus", result.Location);
    }

    [Fact]
    public void Attendees_carry_provenance_line_numbers()
    {
        const string text = "Niederschrift\nüber die 1. Sitzung des Beirates am 01.02.2022\n\nAnwesend:\nHerr Anton Beispiel\nFrau Berta Muster\n\nTagesordnung:\n1. Eröffnung";

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(new LineRange(5, 5), result.Provenance["attendees[0]"]);
        Assert.Equal(new LineRange(6, 6), result.Provenance["attendees[1]"]);
        Assert.Equal(new LineRange(2, 2), result.Provenance["date"]);
    }

    [Fact]
    public void Bracketed_names_are_prevented_members_and_titles_alone_mark_a_person()
    {
        const string text = """
            PROTOKOLL
            2. Sitzung des Beirates für Vielfalt
            am Donnerstag, 18. November 2021, Rathaus, Ratssaal
            Anwesend:
            (verhindert waren)
            Ratsherr Anders (FDP) i.V. Ratsherr Beispiel
            (Ratsfrau Muster) (CDU)
            Ratsherr Probe (SPD) Video-Konferenz
            Verwaltung:
            Frau Amt 50.6 (i.V. Frau Dr. Chefin) Video-Konferenz
            Dr. Akte 50.60
            Herr Bote 50.60 (für die Berichterstattung)
            Frau Feder 50.60 (für das Protokoll)
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(["Anders", "Probe", "Amt", "Dr. Akte", "Bote", "Feder"], result.Attendees.Select(a => a.Name));
        Assert.Equal(("SPD", "Verwaltung", "50.6"), (result.Attendees[1].Group, result.Attendees[2].Role, result.Attendees[2].Group));
        Assert.Equal(("50.60", (string?)null), (result.Attendees[4].Group, result.Attendees[4].SubstituteFor));
        Assert.Equal("Schriftführung", result.Attendees[5].Role);
        Assert.Equal([("Muster", "Frau", (bool?)null), ("Beispiel", "Herr", (bool?)null)], result.Absent.Select(a => (a.Name, a.Salutation!, a.Excused)));
        Assert.Equal("Feder", result.MinuteTaker);
    }

    [Fact]
    public void Run_together_names_keep_several_given_names_with_their_surname()
    {
        const string text = "Niederschrift\nüber die Sitzung der Gemeindevertretung am 07.05.2012\n\nAnwesend\n\nstimmberechtigt: Klaus Dieter Beispiel Anna Muster Karl-Heinz Probe Tetiana Kowalczyk\n\nDie Mitglieder waren ordnungsgemäß eingeladen worden.";

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(["Klaus Dieter Beispiel", "Anna Muster", "Karl-Heinz Probe", "Tetiana Kowalczyk"], result.Attendees.Select(a => a.Name));
    }

    [Fact]
    public void Names_without_salutation_but_with_party_and_role_are_read_when_a_given_name_leads()
    {
        const string text = "Niederschrift\nüber die 4. Sitzung des Beirates für Migration am 12.05.2022\n\nAnwesend:\nMax Muster (SPD), Vorsitzender\nAnna Beispiel (CDU)\nTobias Probe (Grüne) ab 18:15 Uhr\nListe Vielfalt (LV)\nJulia Test\n\nEntschuldigt:\nPeter Fern (FDP)\n\nTagesordnung:\n1. Eröffnung";

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(["Max Muster", "Anna Beispiel", "Tobias Probe", "Julia Test"], result.Attendees.Select(a => a.Name));
        Assert.Equal(("Vorsitz", "SPD"), (result.Attendees[0].Role, result.Attendees[0].Group));
        Assert.Equal("18:15", result.Attendees[2].From);
        Assert.Equal(("Peter Fern", "FDP", true), (result.Absent.Single().Name, result.Absent.Single().Group, result.Absent.Single().Excused == true));
        Assert.Equal("Max Muster", result.Chair);
    }
}
