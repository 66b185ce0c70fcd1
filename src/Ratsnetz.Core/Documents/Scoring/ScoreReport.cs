using System.Globalization;
using System.Text;

namespace Ratsnetz.Documents.Scoring;

/// <summary>
/// Throughput of a bench run, on one thread. <see cref="Extraction"/> times <see cref="Rounds"/> passes of the extractor
/// alone over the <see cref="Extracted"/> readable texts; <see cref="ReadAndExtract"/> times one pass of reading
/// (including OCR) plus extraction over all <see cref="Documents"/>.
/// </summary>
public sealed record BenchTiming(int Documents, int Extracted, TimeSpan Extraction, int Rounds, TimeSpan ReadAndExtract)
{
    public double ExtractionPerSecond => Rate(Extracted * Rounds, Extraction);

    public double TotalPerSecond => Rate(Documents, ReadAndExtract);

    private static double Rate(int count, TimeSpan time) => time <= TimeSpan.Zero ? 0 : count / time.TotalSeconds;
}

/// <summary>The bench's terminal report: lists with precision/recall/F1, fields of matched entries, metadata exactness.</summary>
public static class ScoreReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(ScoreSummary summary, IReadOnlyList<DocumentScore> documents, BenchTiming? timing, bool findings)
    {
        var output = new StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"Dokumente (documents): {summary.Documents}");
        output.AppendLine();
        Documents(output, documents, findings);
        Lists(output, summary);
        Metadata(output, summary);
        if (timing is not null)
        {
            output.AppendLine(Invariant, $"Tempo (speed), ein Thread: Extraktion {timing.ExtractionPerSecond:0.0} Dokumente/s "
                + $"({Milliseconds(timing.Extraction, timing.Extracted * timing.Rounds)} ms je Dokument, {timing.Rounds} Durchläufe); "
                + $"gesamt mit Lesen (incl. reading) {timing.TotalPerSecond:0.0} Dokumente/s");
        }

        return output.ToString();
    }

    private static void Documents(StringBuilder output, IReadOnlyList<DocumentScore> documents, bool findings)
    {
        var table = new TextTable("Dokument", "Metadaten", "Einträge", "zusätzl.", "fehlend", "F1");
        foreach (var document in documents)
        {
            var metadata = document.Metadata.Values.Aggregate(new FieldTally(), (a, b) => a + b);
            var entries = document.Lists.Values.Aggregate(new ListTally(), (a, b) => a + b.Entries);
            table.Add(document.Name, $"{metadata.Correct}/{metadata.Stated}", entries.TruePositives.ToString(Invariant),
                entries.FalsePositives.ToString(Invariant), entries.FalseNegatives.ToString(Invariant), Percent(entries.F1));
        }

        table.WriteTo(output);
        output.AppendLine();
        if (!findings)
        {
            return;
        }

        foreach (var document in documents.Where(d => d.Findings.Count > 0))
        {
            output.AppendLine(document.Name);
            foreach (var finding in document.Findings)
            {
                output.Append("    ").AppendLine(finding);
            }
        }

        output.AppendLine();
    }

    private static void Lists(StringBuilder output, ScoreSummary summary)
    {
        var table = new TextTable("Liste (list)", "Treffer", "zusätzl.", "fehlend", "jenseits Schnitt", "Präzision", "Recall", "F1");
        var fields = new TextTable("Feld gepaarter Einträge (field)", "richtig/angegeben", "falsch", "fehlend", "Genauigkeit");
        foreach (var name in GoldScorer.ListNames.Where(summary.Lists.ContainsKey))
        {
            var list = summary.Lists[name];
            var e = list.Entries;
            table.Add(name, e.TruePositives.ToString(Invariant), e.FalsePositives.ToString(Invariant), e.FalseNegatives.ToString(Invariant),
                e.Excused.ToString(Invariant), Percent(e.Precision), Percent(e.Recall), Percent(e.F1));
            foreach (var (field, tally) in list.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                AddField(fields, $"{name}.{field}", tally);
            }
        }

        table.WriteTo(output);
        output.AppendLine();
        if (!fields.IsEmpty)
        {
            fields.WriteTo(output);
            output.AppendLine();
        }
    }

    private static void Metadata(StringBuilder output, ScoreSummary summary)
    {
        var table = new TextTable("Metadaten (per document)", "richtig/angegeben", "falsch", "fehlend", "Genauigkeit");
        foreach (var (key, _) in GoldScorer.MetadataFields.Where(f => summary.Metadata.ContainsKey(f.Key)))
        {
            AddField(table, key, summary.Metadata[key]);
        }

        AddField(table, "alle (all)", summary.MetadataTotal);
        table.WriteTo(output);
        output.AppendLine();
    }

    private static void AddField(TextTable table, string name, FieldTally tally) =>
        table.Add(name, $"{tally.Correct}/{tally.Stated}", tally.Wrong.ToString(Invariant), tally.Missing.ToString(Invariant), Percent(tally.Accuracy));

    private static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", Invariant) + " %" : "–";

    private static string Milliseconds(TimeSpan time, int count) =>
        count == 0 ? "–" : (time.TotalMilliseconds / count).ToString("0.000", Invariant);
}
