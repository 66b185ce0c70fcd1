using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

internal sealed record HeaderFacts(
    Sourced<int>? SessionNumber,
    Sourced<string>? Date,
    Sourced<string>? Start,
    Sourced<string>? End,
    Sourced<string>? Location,
    int HeaderEnd,
    int DateScore = 0);

/// <summary>
/// Meeting facts from the head of minutes and agendas: "2. Sitzung", "am Donnerstag, dem 04.11.2021",
/// "Beginn: 18:05 Uhr", "Sitzungsdauer 17:00 - 18:30 Uhr", "im Sitzungssaal I des Rathauses".
/// </summary>
internal static partial class HeaderExtractor
{
    private const int MaxHeaderLines = 40;

    public static HeaderFacts Extract(DocumentText doc, int attendanceStart)
    {
        var end = HeaderEnd(doc, attendanceStart);
        Sourced<int>? session = null;
        Sourced<string>? start = null, finish = null, location = null;
        (int Score, int Line, string Iso, int Pos, int Len)? bestDate = null;
        for (var i = 0; i < end; i++)
        {
            var line = doc.Lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (session is null && SessionNumber().Match(line) is { Success: true } sm
                && int.TryParse(sm.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000)
            {
                session = new Sourced<int>(n, DocumentText.Range(i, i));
            }

            foreach (var d in GermanDates.Dates(line))
            {
                var score = DateScore(line, d.Index);
                if (bestDate is null || score > bestDate.Value.Score)
                {
                    bestDate = (score, i, d.Iso, d.Index, d.Length);
                }
            }

            ReadTimes(doc, i, ref start, ref finish);
        }

        Sourced<string>? date = bestDate is { Score: >= 0 } b ? new Sourced<string>(b.Iso, DocumentText.Range(b.Line, b.Line)) : null;
        if (start is null && bestDate is { Score: >= 0 } bd && GermanDates.Times(doc.Lines[bd.Line]).FirstOrDefault() is { Time: not null } t)
        {
            // "14. Januar 2020, 16:30 Uhr": a time next to the meeting date is its start.
            start = new Sourced<string>(t.Time, DocumentText.Range(bd.Line, bd.Line));
            if (GermanDates.TimeRange(doc.Lines[bd.Line]) is { } r)
            {
                finish = new Sourced<string>(r.Until, DocumentText.Range(bd.Line, bd.Line));
            }
        }

        location = LocationFinder.Find(doc, end, bestDate is { Score: >= 0 } dl ? (dl.Line, dl.Pos + dl.Len) : null);
        return new HeaderFacts(session, date, start, finish, location, end, bestDate?.Score ?? 0);
    }

    private static int HeaderEnd(DocumentText doc, int attendanceStart)
    {
        var limit = Math.Min(doc.Count, MaxHeaderLines);
        if (attendanceStart >= 0)
        {
            limit = Math.Min(limit, attendanceStart);
        }

        var seen = 0;
        for (var i = 0; i < limit; i++)
        {
            if (doc.Lines[i].Length > 0 && ++seen > 8 && AttendanceHeadings.IsProse(doc.Lines[i]) && doc.Lines[i].Length > 160)
            {
                return i;
            }

            if (HeaderStop().IsMatch(doc.Lines[i]))
            {
                return i;
            }
        }

        return limit;
    }

    private static int DateScore(string line, int index)
    {
        var before = line[Math.Max(0, index - 30)..index];
        var score = 0;
        if (DateIntro().IsMatch(before))
        {
            score += 3;
        }

        if (line.Contains("Sitzung", StringComparison.OrdinalIgnoreCase))
        {
            score += 2;
        }

        if (NotMeetingDate().IsMatch(before))
        {
            score -= 10;
        }

        if (before.LastIndexOf('(') > before.LastIndexOf(')'))
        {
            // A date inside brackets is a remark ("Korrektur aufgrund der Sitzung vom …").
            score -= 4;
        }

        return score;
    }

    private static void ReadTimes(DocumentText doc, int i, ref Sourced<string>? start, ref Sourced<string>? finish)
    {
        var line = doc.Lines[i];
        if (Duration().Match(line) is { Success: true } dm)
        {
            // "Sitzungsdauer" with the times on the same line or, in flattened tables, a few lines further down.
            for (var k = i; k < Math.Min(doc.Count, i + 5); k++)
            {
                var probe = k == i ? line[(dm.Index + dm.Length)..] : doc.Lines[k];
                if (GermanDates.TimeRange(probe) is { } r)
                {
                    start ??= new Sourced<string>(r.From, DocumentText.Range(k, k));
                    finish ??= new Sourced<string>(r.Until, DocumentText.Range(k, k));
                    return;
                }
            }
        }

        if (start is null && TimeOnlyLine().IsMatch(line) && GermanDates.TimeRange(line) is { } only)
        {
            start = new Sourced<string>(only.From, DocumentText.Range(i, i));
            finish ??= new Sourced<string>(only.Until, DocumentText.Range(i, i));
            return;
        }

        foreach (Match m in StartOrEnd().Matches(line))
        {
            var time = GermanDates.Time(m.Groups["h"].Value, m.Groups["min"].Success ? m.Groups["min"].Value : "00");
            if (time is null)
            {
                continue;
            }

            if (m.Groups["kind"].Value.StartsWith("Ende", StringComparison.OrdinalIgnoreCase)
                || m.Groups["kind"].Value.EndsWith("ende", StringComparison.OrdinalIgnoreCase)
                || m.Groups["kind"].Value.StartsWith("Schluss", StringComparison.OrdinalIgnoreCase))
            {
                finish ??= new Sourced<string>(time, DocumentText.Range(i, i));
            }
            else
            {
                start ??= new Sourced<string>(time, DocumentText.Range(i, i));
            }
        }
    }

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,3}) ?\. ?(?:(?:öffentliche|nicht ?öffentliche|ordentliche|konstituierende|außerordentliche|gemeinsame|Sonder)[rn]? )?(?:Plenar)?[Ss]itzung\b|\bSitzung Nr\. ?(?<n>\d{1,3})\b")]
    private static partial Regex SessionNumber();

    [GeneratedRegex(@"(?:\bam|\bdem|\bden|tag|woch|Sitzung\S*\s+(?:\S+\s+){0,6}vom|Sitzungstermin\s*:|Termin\s*:|Datum\s+der\s+Sitzung\s*:)[\s,]*(?:den|dem)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateIntro();

    [GeneratedRegex(@"(?:Datum|erschienen|Stand|Eingang|gedruckt|Ausdruck|Druck|versandt|Versand|Einladung|(?:Niederschrift|Protokoll|Schreiben|Beschluss|Antrag)\s+vom)\b[^\d]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotMeetingDate();

    [GeneratedRegex(@"^(?:(?:Uhrzeit|Zeit)\s*:\s*)?(?:von\s+)?[012]?\d(?:[:.][0-5]\d)?\s?(?:Uhr)?\s?(?:-|–|bis)\s?[012]?\d(?:[:.][0-5]\d)?\s?Uhr\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOnlyLine();

    [GeneratedRegex(@"\bSitzungsdauer\b|\bDauer\s+der\s+Sitzung\b|\bSitzungszeit\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?<kind>Beginn|Sitzungsbeginn|Anfang|Uhrzeit|Ende|Sitzungsende|Schluss)(?:\s+der\s+Sitzung)?\s*:?\s*(?:um\s+)?(?<h>[012]?\d)(?:[:.](?<min>[0-5]\d))?\s?(?:Uhr|h\b)", RegexOptions.IgnoreCase)]
    private static partial Regex StartOrEnd();

    [GeneratedRegex(@"^(?:Zu\s+TOP\b|TOP\s*\d|Tagesordnungspunkt\s+\d|Punkt\s+\d+\s+der\s+Tagesordnung|[AB]\s*[.)]\s*(?:Nicht\s?-?\s?)?[ÖOo]ffentlich|Beschluss\b|Abstimmung|\d{1,2}\.\d?\s+(?!(?:\p{L}+\s+)?(?:Plenar)?[Ss]itzung|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\p{Lu}|Ö\s*\d|\|\s*\d)")]
    private static partial Regex HeaderStop();
}
