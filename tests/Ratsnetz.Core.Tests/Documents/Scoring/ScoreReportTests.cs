namespace Ratsnetz.Documents.Scoring;

public sealed class ScoreReportTests
{
    [Fact]
    public void The_report_shows_lists_metadata_documents_and_speed()
    {
        var score = new DocumentScore(
            "001_protokoll",
            new Dictionary<string, FieldTally> { ["date"] = FieldTally.Right, ["start"] = FieldTally.MissingValue },
            new Dictionary<string, ListScore> { ["attendees"] = new(new ListTally(8, 1, 2), new Dictionary<string, FieldTally> { ["role"] = new(8, 6, 1, 1) }) },
            ["attendees: missing 'Kemal Öztürk'"]);
        var summary = new ScoreSummary();
        summary.Add(score);

        var report = ScoreReport.Format(summary, [score], new BenchTiming(1, 1, TimeSpan.FromMilliseconds(2), 1000, TimeSpan.FromSeconds(0.5)), findings: true);

        Assert.Contains("Dokumente (documents): 1", report, StringComparison.Ordinal);
        Assert.Matches(@"attendees\s+8\s+1\s+2\s+0\s+88\.9 %\s+80\.0 %\s+84\.2 %", report);
        Assert.Matches(@"attendees\.role\s+6/8\s+1\s+1\s+75\.0 %", report);
        Assert.Matches(@"start\s+0/1\s+0\s+1\s+0\.0 %", report);
        Assert.Contains("500000.0 Dokumente/s", report, StringComparison.Ordinal);
        Assert.Contains("2.0 Dokumente/s", report, StringComparison.Ordinal);
        Assert.Contains("attendees: missing 'Kemal Öztürk'", report, StringComparison.Ordinal);
    }
}
