using System.Globalization;
using System.Text.RegularExpressions;

namespace Ratsnetz.Documents.Extraction;

/// <summary>
/// Motions (Anträge): the head (target meeting, agenda item, paper, submitters, date), the title, the requested
/// points, the first words of the justification and who signed.
/// </summary>
internal static partial class MotionExtractor
{
    public static DocumentExtraction Extract(DocumentText doc)
    {
        var log = new ProvenanceLog();
        var start = MotionParts.RequestStart(doc);
        var headEnd = start < 0 ? Math.Min(doc.Count, 40) : start;
        var labels = LabelValues.Read(doc, headEnd);
        var target = MotionTarget.Find(doc, headEnd, labels);
        var justification = MotionParts.JustificationLine(doc, Math.Max(0, start));
        var request = start < 0 ? [] : MotionRequest.Read(doc, start, justification, out _);
        var signers = MotionSigners.Find(doc);
        var submitters = HeadPersons(doc, headEnd);
        if (submitters.Count == 0)
        {
            submitters = signers.Where(s => s.Function is not null).ToList();
        }

        return new DocumentExtraction
        {
            Type = "motion",
            Municipality = log.Take("municipality", MunicipalityFinder.Find(doc)),
            Title = log.Take("title", Title(doc, start)),
            Submitters = submitters,
            SubmitterGroup = log.Take("submitter_group", SubmitterGroup(doc, headEnd, labels)),
            SubmittedDate = log.Take("submitted_date", SubmittedDate(doc, headEnd, labels)),
            TargetBody = log.Take("target_body", target.Body),
            TargetMeetingDate = log.Take("target_meeting_date", target.Date),
            TargetSessionNumber = log.TakeValue("target_session_number", target.Session),
            AgendaNumber = log.Take("agenda_number", target.Item),
            AgendaTitle = log.Take("agenda_title", target.ItemTitle),
            Paper = log.Take("paper", target.Paper),
            Request = request.Count == 0 ? null : request,
            JustificationStart = log.Take("justification_start", MotionRequest.JustificationStart(doc, start, justification)),
            SignedBy = signers.Count == 0 ? null : signers.Select(s => s.Name).ToList(),
            Provenance = log.Entries,
        };
    }

    /// <summary>The nearest standalone line above the request that is not part of the head.</summary>
    private static Sourced<string>? Title(DocumentText doc, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 15; i--)
        {
            var line = doc.Lines[i];
            if (line.Length == 0 || MotionParts.IsHeadLine(line) || line.EndsWith('.') || line.EndsWith(':') || line.Length > 150
                || PersonLineParser.Parse(line, allowBare: false) is not null || Faction().IsMatch(line))
            {
                continue;
            }

            return line.Length >= 8 && char.IsUpper(line[0]) ? new Sourced<string>(line, DocumentText.Range(i, i)) : null;
        }

        return null;
    }

    private static List<ExtractedPerson> HeadPersons(DocumentText doc, int headEnd)
    {
        var result = new List<ExtractedPerson>();
        for (var i = 0; i < headEnd; i++)
        {
            if (doc.Lines[i].Length < 80 && PersonLineParser.Parse(doc.Lines[i], allowBare: false) is { Office: not null } p && p.Leftover is null)
            {
                result.Add(new ExtractedPerson { Name = p.Name, Salutation = p.Salutation, Group = p.Group, Function = p.Office });
            }
        }

        return result;
    }

    private static Sourced<string>? SubmitterGroup(DocumentText doc, int headEnd, Dictionary<string, Sourced<string>> labels)
    {
        for (var i = 0; i < Math.Min(headEnd + 1, doc.Count); i++)
        {
            var line = doc.Lines[i];
            if (line.Length <= 60 && Faction().Match(line) is { Success: true } f && f.Length == line.Length)
            {
                return new Sourced<string>(line, DocumentText.Range(i, i));
            }

            if (Applicant().Match(line) is { Success: true } a)
            {
                return new Sourced<string>(a.Groups["g"].Value, DocumentText.Range(i, i));
            }
        }

        return labels.TryGetValue("antrag", out var v) && v.Value.Length <= 40 ? v : null;
    }

    private static Sourced<string>? SubmittedDate(DocumentText doc, int headEnd, Dictionary<string, Sourced<string>> labels)
    {
        foreach (var key in (string[])["eingang", "datum"])
        {
            if (labels.TryGetValue(key, out var v) && GermanDates.FirstDate(v.Value) is { } d)
            {
                return v with { Value = d };
            }
        }

        for (var i = 0; i < doc.Count; i++)
        {
            var line = doc.Lines[i];
            if (((i < headEnd && Submitted().IsMatch(line)) || PlaceDate().IsMatch(line)) && GermanDates.FirstDate(line) is { } d)
            {
                return new Sourced<string>(d, DocumentText.Range(i, i));
            }
        }

        return null;
    }

    public static int? ParseInt(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\d/ ]*-)?\p{L}*[Ff]raktion(?!svorsitz)\b(?:\s+(?:der\s+|im\s+)?\p{Lu}[\p{L}\d/ ]*)?$|^Fraktion\s+\S.*$")]
    private static partial Regex Faction();

    [GeneratedRegex(@"^Die\s+(?<g>\S*[Ff]raktion\S*(?:\s+\p{Lu}\p{L}+)?)\s+(?:beantragt|stellt)")]
    private static partial Regex Applicant();

    [GeneratedRegex(@"^(?:vom|eingegangen\s+am|Datum)\b")]
    private static partial Regex Submitted();

    [GeneratedRegex(@"^\p{Lu}[\p{L}\-]+(?:\s\p{L}+)?,\s*(?:den\s+)?\d{1,2}\s?[.,]")]
    private static partial Regex PlaceDate();
}
