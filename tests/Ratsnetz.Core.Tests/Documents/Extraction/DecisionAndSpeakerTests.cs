namespace Ratsnetz.Documents.Extraction;

/// <summary>Votes, outcomes and speakers as minutes and resolution pages write them.</summary>
public sealed class DecisionAndSpeakerTests
{
    [Theory]
    [InlineData("Abstimmung: Ja: 9, Nein: 0, Enthaltungen: 0, Befangen: 0", 9, 0, 0, 0)]
    [InlineData("Abstimmung: 5 dafür 0 dagegen 2 Enthaltungen", 5, 0, 2, null)]
    [InlineData("Abstimmungsergebnis: 9 Zustimmungen / 1 Ablehnungen / 0 Enthaltungen", 9, 1, 0, null)]
    [InlineData("Abstimmungsergebnis: mit 12 Ja-Stimmen bei 2 Gegenstimmen und 1 Enthaltung beschlossen", 12, 2, 1, null)]
    [InlineData("Abstimmungsergebnis: bei einer Enthaltung mehrheitlich zugestimmt", null, null, 1, null)]
    public void Vote_counts_are_read_in_every_usual_form(string voteLine, int? yes, int? no, int? abstain, int? biased)
    {
        var text = $"Beschluss:\nDer Rat beschließt die Satzung.\n\n{voteLine}\n";

        var decision = Assert.Single(TextDocumentExtractor.ExtractUnguarded(text).Decisions);

        Assert.Equal((yes, no, abstain, biased), (decision.Yes, decision.No, decision.Abstain, decision.Biased));
    }

    [Theory]
    [InlineData("Beschluss: ungeändert beschlossen\n\nAbstimmung: Ja: 9, Nein: 0\n\nAbstimmungsergebnis: einstimmig", "ungeändert beschlossen")]
    [InlineData("Beschluss: einstimmig beschlossen ohne Maßgabe\n\nAbstimmung: Ja: 9, Nein: 0", "einstimmig")]
    [InlineData("Beschluss:\nDer Ausschuss nimmt den Bericht zur Kenntnis.", "zur Kenntnis genommen")]
    [InlineData("Beschluss:\nDie Angelegenheit wird vertagt.", "vertagt")]
    [InlineData("Beschluss:\nDer Antrag wird abgelehnt.\n\nAbstimmung: Ja: 2, Nein: 7", "abgelehnt")]
    [InlineData("Die Ausgaben wurden genehmigt.\n\nAbstimmung: 5 dafür 0 dagegen 0 Enthaltungen", "angenommen")]
    public void The_outcome_follows_the_status_the_result_and_then_the_counts(string record, string outcome)
    {
        var decision = Assert.Single(TextDocumentExtractor.ExtractUnguarded(record + "\n").Decisions);

        Assert.Equal(outcome, decision.Outcome);
    }

    [Fact]
    public void A_decision_text_continues_after_a_colon_and_over_numbered_points_but_not_into_the_debate()
    {
        const string text = """
            Beschluss:

            Der Ausschuss empfiehlt dem Rat folgenden Beschluss:

            1. Das Konzept wird verabschiedet.

            2. Es wird jährlich fortgeschrieben.

            Ausschussvorsitzender Muster erklärt, dass eine Beratung aller Details den Rahmen sprenge.

            MA Probe berichtet von vielen Rückmeldungen.

            Positiv äußert sich auch Ktabg. Beispiel zum Konzept.

            Auch Ktabg. Dr. Weise sieht das Konzept als Grundlage. Er bittet um Auskunft von Herrn Fern.

            Landrat Dr. Groß Berghaus spricht von einer Aufgabe für alle.

            Abstimmungsergebnis: einstimmig
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal("resolution", result.Type);
        var decision = Assert.Single(result.Decisions);
        Assert.Equal("Der Ausschuss empfiehlt dem Rat folgenden Beschluss: 1. Das Konzept wird verabschiedet. 2. Es wird jährlich fortgeschrieben.", decision.Text);
        Assert.Equal(["Muster", "Probe", "Beispiel", "Weise", "Groß Berghaus"], Assert.Single(result.Speakers).Names);
        Assert.Equal("Muster", result.Chair);
    }

    [Fact]
    public void Speakers_are_grouped_by_item_and_mentions_that_are_not_subjects_are_left_out()
    {
        const string text = """
            Niederschrift
            über die 2. Sitzung des Integrationsrates am 04.11.2021

            Anwesend

            Herr Anton Beispiel
            Frau Berta Muster-Lang

            Zu TOP 1.

            Bericht

            Herr **Beispiel** erstattete Bericht. Zudem sei Herr Fern mit der Sache vertraut.

            Zur Einführung in das Thema erläutert Frau Muster die Schritte. Er schlug vor, am 29.03. Frau Gast einzuladen.

            Zu TOP 2.

            Verschiedenes

            Frau **Muste** bedankte sich. Die Präsentation von Herrn Probe wird verteilt.
            """;

        var speakers = TextDocumentExtractor.ExtractUnguarded(text).Speakers;

        Assert.Equal(2, speakers.Count);
        Assert.Equal("1", speakers[0].AgendaNumber);
        Assert.Equal(["Beispiel", "Muster"], speakers[0].Names);
        Assert.Equal(["Muste"], speakers[1].Names);
    }

    [Fact]
    public void Elections_and_agreements_told_in_prose_become_decisions_on_a_resolution_page()
    {
        const string text = """
            Frau Beispiel schlägt Frau Muster für den Vorsitz vor. Weitere Vorschläge erfolgen nicht.

            In der geheimen Wahl wird Frau Muster mit 9 Stimmen bei einer ungültigen Stimme zur Vorsitzenden gewählt. Frau Muster nimmt die Wahl an.

            Bürgermeisterin Probe gratuliert. Anschließend übergibt sie den Sitzungsvorsitz an Frau Muster.

            Die Erweiterung der Tagesordnung wird einvernehmlich befürwortet.
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal("resolution", result.Type);
        Assert.Equal([(9, "angenommen"), ((int?)null, "einstimmig")], result.Decisions.Select(d => (d.Yes, d.Outcome)));
        Assert.Equal("Muster", result.Chair);
    }

    [Fact]
    public void Several_votes_with_different_counts_in_one_record_are_several_decisions_but_a_repeated_vote_is_one()
    {
        const string text = """
            Beschluss: Mehrheitlich beschlossen

            Abstimmung: Ja: 6, Nein: 3, Enthaltungen: 0

            Vorsitzender Muster teilt mit, wie er den Haushalt beraten möchte.

            Mitglied Beispiel beantragt eine zusätzliche Stelle:

            Abstimmungsergebnis:

            Mehrheitlich abgelehnt

            Ja 1  Nein 7  Enthaltung 1

            Abstimmungsergebnis: 1 Zustimmung / 7 Ablehnungen / 1 Enthaltung
            """;

        var result = TextDocumentExtractor.ExtractUnguarded(text);

        Assert.Equal([(6, 3, 0, "angenommen"), (1, 7, 1, "abgelehnt")], result.Decisions.Select(d => (d.Yes!.Value, d.No!.Value, d.Abstain!.Value, d.Outcome!)));
        Assert.Equal(["Muster", "Beispiel"], Assert.Single(result.Speakers).Names);
    }

    [Fact]
    public void A_speaker_named_with_given_name_is_reduced_to_the_surname_but_double_surnames_stay()
    {
        const string text = "Beschluss:\nDer Rat nimmt Kenntnis.\n\nDer Bürgermeister Peter Hinzmann eröffnet die Aussprache. Landrat Dr. Schulze Pellenberg spricht von einer Aufgabe für alle.\n";

        var speakers = Assert.Single(TextDocumentExtractor.ExtractUnguarded(text).Speakers);

        Assert.Equal(["Hinzmann", "Schulze Pellenberg"], speakers.Names);
    }
}
