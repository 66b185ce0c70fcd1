using System.Text.Json;
using Ratsnetz.Documents.Scoring;

namespace Ratsnetz.Documents.Extraction;

/// <summary>Checks on the real shared documents (skipped where the corpus is not available).</summary>
public sealed class SharedCorpusExtractionTests
{
    [Fact]
    public void The_bergkamen_ocr_minutes_give_the_substitute_arrival_departures_and_the_excused()
    {
        var result = TextDocumentExtractor.ExtractUnguarded(SharedDocuments.Read("seeds", "001_bf9f026425ea5167.txt"));

        Assert.Equal("minutes", result.Type);
        Assert.Equal("Ismail Cakir", result.Attendees.Single(a => a.Name == "Hiseyin Glrbiz").SubstituteFor);
        Assert.Equal("17:30", result.Attendees.Single(a => a.Name == "Abdul Kadir Eroglu").From);
        Assert.Equal(4, result.Attendees.Count(a => a.Until == "18:00"));
        Assert.Equal(3, result.Absent.Count);
        Assert.All(result.Absent, a => Assert.True(a.Excused));
        Assert.Equal(("Aydin Ayyildiz", "Juditha Siebert", "Bergkamen"), (result.Chair, result.MinuteTaker, result.Municipality));
    }

    [Fact]
    public void The_kamen_minutes_give_sixteen_attendees_four_absent_and_seven_items()
    {
        var result = TextDocumentExtractor.ExtractUnguarded(SharedDocuments.Read("seeds", "000_0741b2841411a57c.txt"));

        Assert.Equal(16, result.Attendees.Count);
        Assert.Equal(4, result.Absent.Count);
        Assert.Equal(7, result.Agenda.Count);
        Assert.Equal("146/2021", result.Agenda.Single(a => a.Number == "3" && a.Public).Paper);
        Assert.Equal(2, result.Agenda.Count(a => !a.Public));
        Assert.Equal((2, "2021-11-04", "18:05", "19:50"), (result.SessionNumber!.Value, result.Date, result.Start, result.End));
        Assert.Equal("Aziz Özkir", result.Chair);
    }

    [Fact]
    public void The_coesfeld_resolution_page_gives_the_vote_and_nine_speakers()
    {
        var result = TextDocumentExtractor.ExtractUnguarded(SharedDocuments.Read("seeds", "004_b63fc16bd103b2b7.txt"));

        Assert.Equal("resolution", result.Type);
        var decision = Assert.Single(result.Decisions);
        Assert.Equal((9, 0, 0, 0, "ungeändert beschlossen"), (decision.Yes!.Value, decision.No!.Value, decision.Abstain!.Value, decision.Biased!.Value, decision.Outcome));
        Assert.Equal(9, Assert.Single(result.Speakers).Names.Count);
        Assert.Equal("Kreis Coesfeld", result.Municipality);
    }

    [Fact]
    public void Every_shared_document_gets_a_type_and_extraction_keeps_pace()
    {
        var texts = SharedDocuments.AllTexts().Select(File.ReadAllText).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = texts.Select(TextDocumentExtractor.ExtractUnguarded).ToList();

        Assert.All(results, r => Assert.NotEqual("unknown", r.Type));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{texts.Count} documents took {watch.Elapsed}.");
    }

    [Fact]
    public void The_gold_scores_of_the_shared_corpus_do_not_fall()
    {
        var folders = new[] { "gold", "dev" }.Select(f => Path.Combine(SharedDocuments.Directory ?? string.Empty, f)).Where(Directory.Exists).ToList();
        if (folders.Count == 0)
        {
            Assert.Skip("The shared corpus is not beside the repository on this machine.");
        }

        var summary = new ScoreSummary();
        foreach (var gold in GoldCorpus.Find(folders).Where(c => c.DocumentPath is not null && c.DocumentPath.EndsWith(".txt", StringComparison.Ordinal)))
        {
            using var answer = JsonDocument.Parse(File.ReadAllText(gold.GoldPath));
            summary.Add(GoldScorer.Score(gold.Name, answer.RootElement, TextDocumentExtractor.ExtractUnguarded(File.ReadAllText(gold.DocumentPath!))));
        }

        // Floors a little under the measured level: a change that loses ground fails here, not in the bench.
        Assert.True(summary.Lists["attendees"].Entries.F1 >= 0.97, $"attendees F1 {summary.Lists["attendees"].Entries.F1}");
        Assert.True(summary.Lists["absent"].Entries.F1 >= 0.97, $"absent F1 {summary.Lists["absent"].Entries.F1}");
        Assert.True(summary.Lists["agenda"].Entries.F1 >= 0.95, $"agenda F1 {summary.Lists["agenda"].Entries.F1}");
        Assert.True(summary.Lists["attendees"].Fields["group"].Accuracy >= 0.97, $"group accuracy {summary.Lists["attendees"].Fields["group"].Accuracy}");
        Assert.True(summary.MetadataTotal.Accuracy >= 0.93, $"metadata accuracy {summary.MetadataTotal.Accuracy}");
        foreach (var field in new[] { "date", "start", "end", "session_number", "body" })
        {
            Assert.True(summary.Metadata[field].Accuracy >= 0.95, $"{field} accuracy {summary.Metadata[field].Accuracy}");
        }
    }
}
