using System.Text.Json;
using Ratsnetz.Documents.Extraction;

namespace Ratsnetz.Documents.Scoring;

public sealed class GoldScorerTests
{
    private static readonly ExtractedPerson Chair = new() { Name = "Aydin Ayyildiz", Salutation = "Herr", Group = "Mitglieder Integrationsrat", Role = "Vorsitz" };
    private static readonly ExtractedPerson Member = new() { Name = "Kemal Öztürk", Salutation = "Herr", Role = "ordentliches Mitglied" };
    private static readonly ExtractedPerson Substitute = new() { Name = "Hüseyin Gürbiz", Salutation = "Herr", Role = "stellvertretendes Mitglied", SubstituteFor = "Ismail Cakir" };

    private static readonly DocumentExtraction Minutes = new()
    {
        Type = "minutes",
        Body = "Integrationsrat",
        Municipality = "Bergkamen",
        Start = "17:00",
        End = "18:30",
        Chair = "Aydin Ayyildiz",
        Attendees = [Chair, Member, Substitute],
        Agenda =
        [
            new("1", true, "Durchführung des Kommunalen Integrationsmanagements", "11/1566"),
            new("2", true, "Einwohnerfragestunde", null),
            new("1", false, "Personalangelegenheiten", null),
        ],
        Decisions = [new() { AgendaNumber = "1", Text = "Der Integrationsrat nimmt den Bericht zur Kenntnis.", Yes = 9, No = 0, Abstain = 0, Outcome = "zur Kenntnis genommen" }],
        Speakers = [new("1", true, ["Busch", "Ayyildiz"])],
    };

    [Fact]
    public void A_perfect_extraction_scores_one_everywhere()
    {
        var score = Score(GoldOf(Minutes), Minutes);

        Assert.All(score.Lists.Values, list => Assert.True(list.Entries.F1 is 1.0 || list.Entries == new ListTally()));
        Assert.Equal(1.0, score.Lists["attendees"].Entries.F1);
        Assert.All(score.Lists.Values, list => Assert.All(list.Fields.Values, f => Assert.Equal(1.0, f.Accuracy)));
        Assert.All(score.Metadata.Values, m => Assert.Equal(FieldTally.Right, m));
        Assert.Empty(score.Findings);
    }

    [Fact]
    public void A_missing_attendee_lowers_recall_but_not_precision()
    {
        var score = Score(GoldOf(Minutes), Minutes with { Attendees = [Chair, Member] });

        var attendees = score.Lists["attendees"].Entries;
        Assert.Equal((1.0, 2.0 / 3), (attendees.Precision!.Value, attendees.Recall!.Value));
        Assert.Contains("attendees: missing 'Hüseyin Gürbiz'", score.Findings);
    }

    [Fact]
    public void An_extra_attendee_lowers_precision_but_not_recall()
    {
        var score = Score(GoldOf(Minutes), Minutes with { Attendees = [Chair, Member, Substitute, new() { Name = "Thomas Heinzel" }] });

        var attendees = score.Lists["attendees"].Entries;
        Assert.Equal((0.75, 1.0), (attendees.Precision!.Value, attendees.Recall!.Value));
    }

    [Fact]
    public void Names_match_without_diacritics_and_with_ocr_errors()
    {
        var ocr = Minutes with { Attendees = [Chair with { Name = "Aydın Ayyıldız" }, Member with { Name = "Kemal Oztiirk" }, Substitute] };

        Assert.Equal(1.0, Score(GoldOf(Minutes), ocr).Lists["attendees"].Entries.F1);
    }

    [Fact]
    public void The_gold_name_clean_and_group_clean_alternatives_count()
    {
        const string gold = """
            {"attendees": [{"name": "Hiseyin Glrbiz", "name_clean": "Hüseyin Gürbiz", "group": "Biindnis 90/Die Griinen", "group_clean": "Bündnis 90/Die Grünen"}]}
            """;
        var asWritten = Minutes with { Attendees = [new() { Name = "Hiseyin Glrbiz", Group = "Biindnis 90/Die Griinen" }] };
        var corrected = Minutes with { Attendees = [new() { Name = "Hüseyin Gürbiz", Group = "Bündnis 90/Die Grünen" }] };

        Assert.All(new[] { asWritten, corrected }, extraction =>
        {
            var list = Score(gold, extraction).Lists["attendees"];
            Assert.Equal(1.0, list.Entries.F1);
            Assert.Equal(1.0, list.Fields["group"].Accuracy);
        });
    }

    [Fact]
    public void Fields_of_matched_entries_count_right_wrong_and_missing()
    {
        var extraction = Minutes with { Attendees = [Chair with { Role = "ordentliches Mitglied" }, Member with { Role = null }, Substitute] };

        var role = Score(GoldOf(Minutes), extraction).Lists["attendees"].Fields["role"];

        Assert.Equal(new FieldTally(Stated: 3, Correct: 1, Wrong: 1, Missing: 1), role);
    }

    [Fact]
    public void Agenda_items_are_identified_by_public_and_number()
    {
        var swapped = Minutes with { Agenda = [new("TOP 1.", true, "Durchführung des Kommunalen Integrationsmanagements", "11/1566"), new("2", true, "Einwohnerfragestunde", null), new("1", true, "Personalangelegenheiten", null)] };

        var agenda = Score(GoldOf(Minutes), swapped).Lists["agenda"].Entries;

        Assert.Equal(new ListTally(TruePositives: 2, FalsePositives: 1, FalseNegatives: 1), agenda);
    }

    [Fact]
    public void Titles_compare_after_joining_hyphenated_line_breaks()
    {
        var broken = Minutes with { Agenda = [new("1", true, "Durchführung des Kommunalen Integrations-\nmanagements", "11/1566"), .. Minutes.Agenda.Skip(1)] };

        Assert.Equal(1.0, Score(GoldOf(Minutes), broken).Lists["agenda"].Fields["title"].Accuracy);
    }

    [Fact]
    public void Vote_counts_must_be_exact()
    {
        var miscounted = Minutes with { Decisions = [Minutes.Decisions[0] with { Yes = 8 }] };

        var decisions = Score(GoldOf(Minutes), miscounted).Lists["decisions"];

        Assert.Equal(1.0, decisions.Entries.F1);
        Assert.Equal(0.0, decisions.Fields["yes"].Accuracy);
        Assert.Equal(1.0, decisions.Fields["no"].Accuracy);
    }

    [Fact]
    public void Speakers_are_scored_per_item_and_surname()
    {
        var speakers = Minutes with { Speakers = [new("1", true, ["Busch"]), new("2", true, ["Ayyildiz"])] };

        Assert.Equal(new ListTally(TruePositives: 1, FalsePositives: 1, FalseNegatives: 1), Score(GoldOf(Minutes), speakers).Lists["speakers"].Entries);
    }

    [Fact]
    public void Entries_beyond_the_cut_of_a_truncated_gold_file_are_excused()
    {
        var gold = """{"truncated": true, "agenda": [{"number": "1", "public": true, "title": "A"}, {"number": "2", "public": true, "title": "B"}]}""";
        var extraction = Minutes with { Agenda = [new("1", true, "A", null), new("2", true, "B", null), new("3", true, "C (abgeschnit", null)] };

        var truncated = Score(gold, extraction).Lists["agenda"].Entries;
        var complete = Score(gold.Replace("\"truncated\": true", "\"truncated\": false", StringComparison.Ordinal), extraction).Lists["agenda"].Entries;

        Assert.Equal(new ListTally(TruePositives: 2, Excused: 1), truncated);
        Assert.Equal(new ListTally(TruePositives: 2, FalsePositives: 1), complete);
    }

    [Fact]
    public void Nothing_is_excused_when_the_last_gold_entry_was_missed()
    {
        var gold = """{"truncated": true, "agenda": [{"number": "1", "title": "A"}, {"number": "2", "title": "B"}]}""";
        var extraction = Minutes with { Agenda = [new("1", true, "A", null), new("7", true, "X", null)] };

        Assert.Equal(new ListTally(TruePositives: 1, FalsePositives: 1, FalseNegatives: 1), Score(gold, extraction).Lists["agenda"].Entries);
    }

    [Fact]
    public void Only_what_the_gold_file_states_is_scored_and_a_stated_null_forbids_a_guess()
    {
        var gold = """{"type": "minutes", "date": null}""";

        var score = Score(gold, Minutes with { Date = "2019-05-24" });

        Assert.Equal(["date", "type"], score.Metadata.Keys.Order());
        Assert.Equal(FieldTally.WrongValue, score.Metadata["date"]);
        Assert.Empty(score.Lists);
    }

    [Fact]
    public void A_missing_value_is_told_apart_from_a_wrong_one()
    {
        var score = Score(GoldOf(Minutes), Minutes with { Start = null, End = "19:00" });

        Assert.Equal((FieldTally.MissingValue, FieldTally.WrongValue), (score.Metadata["start"], score.Metadata["end"]));
    }

    [Fact]
    public void Every_shared_gold_file_scores_perfectly_against_itself()
    {
        var folders = SharedCorpus.GoldFolders();
        Assert.SkipWhen(folders.Count == 0, "shared corpus not found beside the repository");
        var cases = GoldCorpus.Find(folders);
        Assert.NotEmpty(cases);
        foreach (var goldCase in cases)
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldCase.GoldPath));

            var score = GoldScorer.Score(goldCase.Name, gold.RootElement, gold.RootElement);

            Assert.True(score.Findings.Count == 0, $"{goldCase.Name}: {string.Join("; ", score.Findings)}");
            Assert.NotNull(goldCase.DocumentPath);
        }
    }

    private static string GoldOf(DocumentExtraction extraction) => ExtractionJson.Serialize(extraction);

    private static DocumentScore Score(string gold, DocumentExtraction extraction)
    {
        using var document = JsonDocument.Parse(gold);
        return GoldScorer.Score("test", document.RootElement, extraction);
    }
}
