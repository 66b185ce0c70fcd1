using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Decides what kind of document a text is by weighing the marks each kind leaves: minutes have a "Niederschrift"
/// head and an attendance list, agendas a "Tagesordnung" head and no decisions, motions "Antrag" and "Begründung",
/// resolution pages "Beschluss:" and "Abstimmung" without a meeting head, press articles a dateline and quotations.
/// Text with too few words becomes "unknown".
/// </summary>
internal static partial class DocumentClassifier
{
    public static string Classify(DocumentText doc)
    {
        var scores = Scores(doc);
        if (scores.Length == 0)
        {
            return "unknown";
        }

        if (scores[0].Score >= 4 && scores[0].Score >= scores[2].Score)
        {
            return "minutes";
        }

        var best = scores.OrderByDescending(r => r.Score).First();
        if (best.Score >= 3)
        {
            return best.Type;
        }

        // Running text about a council body without any document marks: a report in prose. With "Herr"/"Frau"
        // throughout it is the record of an item, otherwise a press or web article.
        var all = string.Join('\n', doc.Lines);
        if (Sentence().Count(all) >= 4 && BodyFinder.ByFrequency(doc) is not null)
        {
            return SalutationName().Count(all) >= 3 ? "resolution" : "article";
        }

        return "unknown";
    }

    /// <summary>Evidence per type, in the order minutes, motion, agenda, resolution, article; empty for non-text.</summary>
    internal static (string Type, int Score)[] Scores(DocumentText doc)
    {
        var head = string.Join('\n', doc.Lines.Where(l => l.Length > 0).Take(12));
        var top = string.Join('\n', doc.Lines.Where(l => l.Length > 0).Take(4));
        var all = string.Join('\n', doc.Lines);
        if (!LooksLikeText(all))
        {
            return [];
        }

        var attendance = doc.Lines.Any(l => AttendanceHeadings.StartsList(l) && AttendanceHeadings.Classify(l).Kind != HeadingKind.None);
        // "Niederschrift"/"Protokoll" as a title belongs to the first lines; further down it is a label on an item page.
        var minutes = (MinutesHead().IsMatch(top) || MinutesTitle().IsMatch(head) ? 5 : 0) + (attendance ? 3 : 0)
            + (MeetingTimes().IsMatch(all) ? 1 : 0) + (ItemHeading().IsMatch(all) ? 1 : 0) + (Signature().IsMatch(all) ? 1 : 0);
        var decisionMarks = DecisionLabel().Count(all);
        var agenda = AgendaHead().IsMatch(head) ? 4 + (decisionMarks == 0 && !attendance ? 2 : 0) : 0;
        var motion = (MotionHead().IsMatch(head) ? 4 : 0) + (Justification().IsMatch(all) ? 2 : 0)
            + (RequestWords().IsMatch(all) ? 2 : 0) + (FactionSigner().IsMatch(all) ? 1 : 0);
        var resolution = (decisionMarks switch { 0 => 0, 1 => 3, 2 => 5, _ => 6 }) + (ProceedingsProse().Count(all) >= 3 ? 3 : 0);
        // Quotes and reporting verbs occur in any text; only a dateline or press marks make it an article.
        var dateline = PressDateline().IsMatch(head);
        var pressMarks = PressMarks().IsMatch(all);
        var article = !dateline && !pressMarks ? 0 : (dateline ? 3 : 0) + (pressMarks ? 2 : 0)
            + (Quotes().Count(all) >= 2 ? 1 : 0) + (Reporting().Count(all) >= 2 ? 1 : 0)
            + (SalutationName().Count(all) == 0 ? 1 : 0);
        return [("minutes", minutes), ("motion", motion), ("agenda", agenda), ("resolution", resolution), ("article", article)];
    }

    /// <summary>Enough German words to be a document rather than noise or a scanned page without text.</summary>
    private static bool LooksLikeText(string text)
    {
        var words = Word().Count(text);
        return words >= 4;
    }

    [GeneratedRegex(@"\p{Ll}{2}[.!?](?:\s|$)")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:NIEDERSCHRIFT|PROTOKOLL|Niederschrift\s*(?:\(|über|der|zur|\d)|Protokoll\s+(?:über|der|zur))", RegexOptions.Multiline)]
    private static partial Regex MinutesTitle();

    [GeneratedRegex(@"^(?:Niederschrift|NIEDERSCHRIFT|Protokoll|PROTOKOLL|Sitzungsprotokoll|Ergebnisprotokoll|Beschlussprotokoll|Wortprotokoll|Sitzungsniederschrift|Auszug aus der Niederschrift)\b", RegexOptions.Multiline)]
    private static partial Regex MinutesHead();

    [GeneratedRegex(@"\bSitzungsdauer\b|^Beginn\b|^Ende\b|\bBeginn\s*:|\bSitzungsbeginn\b", RegexOptions.Multiline)]
    private static partial Regex MeetingTimes();

    [GeneratedRegex(@"^(?:Zu\s+TOP\b|Tagesordnungspunkt\s+\d|Punkt\s+\d+\s+der\s+Tagesordnung|zu\s+Punkt\s+\d)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"^gez\.|Schriftf\S{1,3}hrer|Protokollf\S{1,3}hrer|Zur Beurkundung", RegexOptions.Multiline)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(?:Beschluss|Beschlussfassung|Abstimmung|Abstimmungsergebnis|Beschlusstext)\s*:", RegexOptions.Multiline)]
    private static partial Regex DecisionLabel();

    [GeneratedRegex(@"^(?:Tagesordnung|TAGESORDNUNG|Einladung|EINLADUNG)\b", RegexOptions.Multiline)]
    private static partial Regex AgendaHead();

    [GeneratedRegex(@"^(?!Stellungnahme)(?:\S+\s+){0,2}(?:Antrag|ANTRAG|Dringlichkeitsantrag|Änderungsantrag|Ergänzungsantrag|Anfrage|Prüfantrag|Eilantrag)\b", RegexOptions.Multiline)]
    private static partial Regex MotionHead();

    [GeneratedRegex(@"^(?:Sachverhalt/)?Begründung\s*:?|\bBegründung:", RegexOptions.Multiline)]
    private static partial Regex Justification();

    [GeneratedRegex(@"\bbeantrag\w*|\bmöge beschließen|\bzu beschließen\b|\bwird beauftragt\b|\bWir beantragen\b")]
    private static partial Regex RequestWords();

    [GeneratedRegex(@"\bFraktionsvorsitzende[r]?\b|\bunterzeichnet von\b|-?Fraktion\b")]
    private static partial Regex FactionSigner();

    [GeneratedRegex(@"\b(?:Herr|Frau)\s+\p{Lu}\p{L}+\s+(?:schlägt|wird|nimmt|erläutert|berichtet|erklärt|bittet|fragt|übergibt|gratuliert)|\b(?:gewählt|befürwortet|einvernehmlich)\b")]
    private static partial Regex ProceedingsProse();

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+(?:[\- ]\p{Lu}\p{Ll}+)?)\s?\.[\s.]+(?!Dr\.|Prof\.)\p{Lu}", RegexOptions.Multiline)]
    private static partial Regex PressDateline();

    [GeneratedRegex(@"Geschrieben von|Veröffentlicht\s+(?:in|am)\b|\bRedaktion\b|^-?Anzeige-?$|\bFoto:|\(dpa\)|\bim Gespräch mit\b|\bKommentar\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PressMarks();

    [GeneratedRegex(@"[„“”»«]")]
    private static partial Regex Quotes();

    [GeneratedRegex(@"\b(?:sagte|sagt|so\s+\p{Lu}\p{L}+|erklärte|betonte|kritisierte|freut sich)\b")]
    private static partial Regex Reporting();

    [GeneratedRegex(@"\b(?:Herr|Frau)\s+\*{0,2}\p{Lu}")]
    private static partial Regex SalutationName();
}
