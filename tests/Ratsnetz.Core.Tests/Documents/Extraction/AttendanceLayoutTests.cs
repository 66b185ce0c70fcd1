namespace Ratsnetz.Documents.Extraction;

/// <summary>Attendance lists in the layouts council systems produce, with fictional towns and people.</summary>
public sealed class AttendanceLayoutTests
{
    [Fact]
    public void Group_headings_with_one_salutation_line_per_person_give_groups_and_sections()
    {
        const string text = """
            Stadt Musterstadt
            Niederschrift
            über die 3. Sitzung des Integrationsrates
            am Dienstag, dem 12.03.2024
            im Ratssaal des Rathauses
            Beginn: 17:00 Uhr
            Ende: 18:45 Uhr

            Anwesend

            Liste Vielfalt (LV)

            Herr Anton Beispiel
            Frau Berta Muster

            SPD

            Herr Cem Yılmaz

            Verwaltung

            Frau Doris Amt
            Herr Emil Akte

            Gäste

            Frau Frieda Gast

            Entschuldigt fehlten

            Herr Gustav Fern
            Frau Hanna Weg

            Herr Beispiel stellte fest, dass die Tagesordnung form- und fristgerecht zugegangen sei.

            gez. Beispiel
            Vorsitzender

            gez. Amt
            Schriftführerin
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal("minutes", result.Type);
        Assert.Equal(["Anton Beispiel", "Berta Muster", "Cem Yılmaz", "Doris Amt", "Emil Akte", "Frieda Gast"], result.Attendees.Select(a => a.Name));
        Assert.Equal("Liste Vielfalt (LV)", result.Attendees[0].Group);
        Assert.Equal("SPD", result.Attendees[2].Group);
        Assert.Equal(("Verwaltung", "Verwaltung"), (result.Attendees[4].Group, result.Attendees[4].Role));
        Assert.Equal(("Gäste", "Gast"), (result.Attendees[5].Group, result.Attendees[5].Role));
        Assert.Equal("Frau", result.Attendees[1].Salutation);
        Assert.All(result.Absent, a => Assert.True(a.Excused));
        Assert.Equal(["Gustav Fern", "Hanna Weg"], result.Absent.Select(a => a.Name));
        Assert.Equal("Anton Beispiel", result.Chair);
        Assert.Equal("Doris Amt", result.MinuteTaker);
        Assert.Equal("Vorsitz", result.Attendees[0].Role);
        Assert.Equal("Schriftführung", result.Attendees[3].Role);
        Assert.Equal((3, "2024-03-12", "17:00", "18:45"), (result.SessionNumber!.Value, result.Date, result.Start, result.End));
        Assert.Equal("Ratssaal des Rathauses", result.Location);
        Assert.Equal("Integrationsrat", result.Body);
        Assert.Equal("Musterstadt", result.Municipality);
    }

    [Fact]
    public void A_flattened_ocr_table_keeps_roles_times_and_substitutes_from_the_lines_below_a_name()
    {
        const string text = """
            Sitzungsdauer

            17:00 - 18:30 Uhr

            Anwesend:

            Mitglieder Integrationsrat

            Herr Anton Beispiel

            Vorsitzender

            Herr Bernd Muster

            stv. Mitglied

            ab 17:30 Uhr

            Herr Cem Yilmaz

            stv. Mitglied

            fur ordentl. Mitglied Dieter Fern

            Sozialdemokratische Partei Deutschlands

            Herr Emil Probe ordentl. Mitglied bis 18:00 Uhr
            | Frau Frida Test ordentl. Mitglied

            Von der Verwaltung nehmen teil

            Frau Gisela Amt Beigeordnete
            Frau Hilde Akte Geschäftsführerin

            Entschuldigt fehlen

            Herr Dieter Fern ordentl. Mitglied
            Frau Ina Weit 1. stv. Vorsitzende

            Der Vorsitzende stellt fest, dass der Integrationsrat ordnungsgemäß eingeladen wurde und beschlussfahig ist.

            Anton Beispiel Hilde Akte
            Vorsitzender Schriftfihrerin
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        var muster = result.Attendees.Single(a => a.Name == "Bernd Muster");
        Assert.Equal(("stellvertretendes Mitglied", "17:30", "Mitglieder Integrationsrat"), (muster.Role, muster.From, muster.Group));
        Assert.Equal("Dieter Fern", result.Attendees.Single(a => a.Name == "Cem Yilmaz").SubstituteFor);
        var probe = result.Attendees.Single(a => a.Name == "Emil Probe");
        Assert.Equal(("ordentliches Mitglied", "18:00", "Sozialdemokratische Partei Deutschlands"), (probe.Role, probe.Until, probe.Group));
        Assert.Equal("Frida Test", result.Attendees.Single(a => a.Name.StartsWith("Frida", StringComparison.Ordinal)).Name);
        Assert.Equal(("Verwaltung", "Beigeordnete"), (result.Attendees.Single(a => a.Name == "Gisela Amt").Role, result.Attendees.Single(a => a.Name == "Gisela Amt").Function));
        Assert.Equal(("stellvertretender Vorsitz", "1. stv. Vorsitzende"), (result.Absent.Single(a => a.Name == "Ina Weit").Role, result.Absent.Single(a => a.Name == "Ina Weit").Function));
        Assert.Equal(2, result.Absent.Count);
        Assert.Equal(("17:00", "18:30"), (result.Start, result.End));
        Assert.True(result.QuorumConfirmed);
        Assert.Equal(("Anton Beispiel", "Hilde Akte"), (result.Chair, result.MinuteTaker));
        Assert.Equal("Schriftführung", result.Attendees.Single(a => a.Name == "Hilde Akte").Role);
    }

    [Fact]
    public void One_value_per_line_with_a_presence_column_sorts_present_and_absent()
    {
        const string text = """
            Niederschrift (öffentlich)
            über die 4. Sitzung des Integrationsrates
            am 02.02.2023
            Sitzungsdauer: 16:00 - 18:00 Uhr

            Anwesend:
            Name
            Dienststelle o. ä. m.
            Unterschrift
            stimmberechtigte Mitglieder des Integrationsrates:
            Herr Anton Beispiel
            RM SPD
            anwesend
            Frau Berta Muster
            Liste Vielfalt
            entschuldigt
            Herr Cem Yilmaz
            (-)
            ----------
            Sonstige beratende Mitglieder:
            Frau Dora Rat
            Wohlfahrtsverband
            anwesend
            Verwaltung:
            Herr Amt
            1/II
            anwesend
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal(["Anton Beispiel", "Dora Rat", "Amt"], result.Attendees.Select(a => a.Name));
        Assert.Equal(("RM SPD", "ordentliches Mitglied"), (result.Attendees[0].Group, result.Attendees[0].Role));
        Assert.Equal(("Wohlfahrtsverband", "beratendes Mitglied"), (result.Attendees[1].Group, result.Attendees[1].Role));
        Assert.Equal(("1/II", "Verwaltung"), (result.Attendees[2].Group, result.Attendees[2].Role));
        Assert.Equal([("Berta Muster", true), ("Cem Yilmaz", false)], result.Absent.Select(a => (a.Name, a.Excused == true)));
        Assert.Null(result.Absent[1].Group);
    }

    [Fact]
    public void Offices_with_parties_in_brackets_give_function_salutation_substitute_and_times()
    {
        const string text = """
            PROTOKOLL
            7. Sitzung des Ausschusses für Integration, Europa und Internationales
            am Donnerstag, 18. Januar 2024, Rathaus, Kleiner Saal
            Beginn 17.00 Uhr
            Ende 18.10 Uhr

            Anwesend:

            Bürgermeister Anders (SPD)
            Ratsfrau Beispiel (CDU)
            Ratsherr Muster (SPD) i.V. Ratsherr Fern
            Ratsfrau Probe (GRÜNE) 17.20 - 18.10 Uhr

            Beratende Mitglieder:

            Frau Test
            Herr Dr. Weise

            Verwaltung:

            Stadträtin Amt
            Frau Akte 10.2, für das Protokoll

            Tagesordnung:

            1. Eröffnung der Sitzung
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        var anders = result.Attendees[0];
        Assert.Equal(("Anders", "Herr", "SPD", "ordentliches Mitglied", "Bürgermeister"), (anders.Name, anders.Salutation, anders.Group, anders.Role, anders.Function));
        var muster = result.Attendees.Single(a => a.Name == "Muster");
        Assert.Equal(("stellvertretendes Mitglied", "Fern"), (muster.Role, muster.SubstituteFor));
        Assert.Equal(("Fern", "Herr", (bool?)null), (result.Absent.Single().Name, result.Absent.Single().Salutation, result.Absent.Single().Excused));
        Assert.Equal(("17:20", "18:10"), (result.Attendees.Single(a => a.Name == "Probe").From, result.Attendees.Single(a => a.Name == "Probe").Until));
        Assert.Equal("beratendes Mitglied", result.Attendees.Single(a => a.Name == "Dr. Weise").Role);
        Assert.Equal(("Verwaltung", "Stadträtin", "Frau"), (result.Attendees.Single(a => a.Name == "Amt").Role, result.Attendees.Single(a => a.Name == "Amt").Function, result.Attendees.Single(a => a.Name == "Amt").Salutation));
        Assert.Equal(("Schriftführung", "10.2"), (result.Attendees.Single(a => a.Name == "Akte").Role, result.Attendees.Single(a => a.Name == "Akte").Group));
        Assert.Equal("Akte", result.MinuteTaker);
        Assert.Equal("Ausschuss für Integration, Europa und Internationales", result.Body);
        Assert.Equal("Rathaus, Kleiner Saal", result.Location);
    }
}
